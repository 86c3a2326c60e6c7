from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_type_enum import ProgramTypeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.institution import Institution


T = TypeVar("T", bound="Program")


@_attrs_define
class Program:
    """
    Attributes:
        id (int):
        institution (Institution):
        institution_id (int):
        name (str):
        program_type (ProgramTypeEnum): * `bachelors` - Bachelor's Degree * `masters` - Master's Degree * `phd` - PhD *
            `diploma` - Diploma * `certificate` - Certificate * `ungraded` - Ungraded * `other` - Other
        duration (int): Duration in months
        updated_at (datetime.datetime):
        description (None | str | Unset):
        data (Any | Unset): Metadata
        metadata (Any | Unset): Metadata
        created_at (datetime.datetime | Unset):
    """

    id: int
    institution: Institution
    institution_id: int
    name: str
    program_type: ProgramTypeEnum
    duration: int
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        institution = self.institution.to_dict()

        institution_id = self.institution_id

        name = self.name

        program_type = self.program_type.value

        duration = self.duration

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset = self.description

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
                "institution": institution,
                "institution_id": institution_id,
                "name": name,
                "program_type": program_type,
                "duration": duration,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.institution import Institution  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        institution = Institution.from_dict(d.pop("institution"))

        institution_id = d.pop("institution_id")

        name = d.pop("name")

        program_type = ProgramTypeEnum(d.pop("program_type"))

        duration = d.pop("duration")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        data = d.pop("data", UNSET)

        metadata = d.pop("metadata", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        program = cls(
            id=id,
            institution=institution,
            institution_id=institution_id,
            name=name,
            program_type=program_type,
            duration=duration,
            updated_at=updated_at,
            description=description,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        program.additional_properties = d
        return program

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
