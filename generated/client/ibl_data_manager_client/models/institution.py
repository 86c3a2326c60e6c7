from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.institution_type_enum import InstitutionTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Institution")


@_attrs_define
class Institution:
    """
    Attributes:
        id (int):
        name (str):
        updated_at (datetime.datetime):
        institution_type (InstitutionTypeEnum | Unset): * `university` - University * `college` - College * `institute`
            - Institute * `academy` - Academy * `other` - Other
        location (None | str | Unset):
        website (None | str | Unset):
        accreditation (None | str | Unset):
        established_year (int | None | Unset):
        data (Any | Unset): Metadata
        metadata (Any | Unset): Metadata
        created_at (datetime.datetime | Unset):
    """

    id: int
    name: str
    updated_at: datetime.datetime
    institution_type: InstitutionTypeEnum | Unset = UNSET
    location: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    accreditation: None | str | Unset = UNSET
    established_year: int | None | Unset = UNSET
    data: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        institution_type: str | Unset = UNSET
        if not isinstance(self.institution_type, Unset):
            institution_type = self.institution_type.value

        location: None | str | Unset = self.location

        website: None | str | Unset = self.website

        accreditation: None | str | Unset = self.accreditation

        established_year: int | None | Unset = self.established_year

        data = self.data

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if institution_type is not UNSET:
            field_dict["institution_type"] = institution_type
        if location is not UNSET:
            field_dict["location"] = location
        if website is not UNSET:
            field_dict["website"] = website
        if accreditation is not UNSET:
            field_dict["accreditation"] = accreditation
        if established_year is not UNSET:
            field_dict["established_year"] = established_year
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _institution_type = d.pop("institution_type", UNSET)
        institution_type: InstitutionTypeEnum | Unset
        if isinstance(_institution_type, Unset):
            institution_type = UNSET
        else:
            institution_type = InstitutionTypeEnum(_institution_type)

        location = d.pop("location", UNSET)

        website = d.pop("website", UNSET)

        accreditation = d.pop("accreditation", UNSET)

        established_year = d.pop("established_year", UNSET)

        data = d.pop("data", UNSET)

        metadata = d.pop("metadata", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        institution = cls(
            id=id,
            name=name,
            updated_at=updated_at,
            institution_type=institution_type,
            location=location,
            website=website,
            accreditation=accreditation,
            established_year=established_year,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        institution.additional_properties = d
        return institution

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
