from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.institution_type_enum import InstitutionTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstitutionRequest")


@_attrs_define
class InstitutionRequest:
    """
    Attributes:
        name (str):
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

    name: str
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
        name = self.name

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
                "name": name,
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.institution_type, Unset):
            files.append(
                (
                    "institution_type",
                    (None, str(self.institution_type.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.location, Unset):
            if isinstance(self.location, str):
                files.append(("location", (None, str(self.location).encode(), "text/plain")))
            else:
                files.append(("location", (None, str(self.location).encode(), "text/plain")))

        if not isinstance(self.website, Unset):
            if isinstance(self.website, str):
                files.append(("website", (None, str(self.website).encode(), "text/plain")))
            else:
                files.append(("website", (None, str(self.website).encode(), "text/plain")))

        if not isinstance(self.accreditation, Unset):
            if isinstance(self.accreditation, str):
                files.append(
                    ("accreditation", (None, str(self.accreditation).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("accreditation", (None, str(self.accreditation).encode(), "text/plain"))
                )

        if not isinstance(self.established_year, Unset):
            if isinstance(self.established_year, int):
                files.append(
                    ("established_year", (None, str(self.established_year).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("established_year", (None, str(self.established_year).encode(), "text/plain"))
                )

        if not isinstance(self.data, Unset):
            files.append(("data", (None, str(self.data).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.created_at, Unset):
            files.append(("created_at", (None, self.created_at.isoformat().encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

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

        institution_request = cls(
            name=name,
            institution_type=institution_type,
            location=location,
            website=website,
            accreditation=accreditation,
            established_year=established_year,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        institution_request.additional_properties = d
        return institution_request

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
