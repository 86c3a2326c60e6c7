from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.program_type_enum import ProgramTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramRequest")


@_attrs_define
class ProgramRequest:
    """
    Attributes:
        institution_id (int):
        name (str):
        program_type (ProgramTypeEnum): * `bachelors` - Bachelor's Degree * `masters` - Master's Degree * `phd` - PhD *
            `diploma` - Diploma * `certificate` - Certificate * `ungraded` - Ungraded * `other` - Other
        duration (int): Duration in months
        description (None | str | Unset):
        data (Any | Unset): Metadata
        metadata (Any | Unset): Metadata
        created_at (datetime.datetime | Unset):
    """

    institution_id: int
    name: str
    program_type: ProgramTypeEnum
    duration: int
    description: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        institution_id = self.institution_id

        name = self.name

        program_type = self.program_type.value

        duration = self.duration

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
                "institution_id": institution_id,
                "name": name,
                "program_type": program_type,
                "duration": duration,
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("institution_id", (None, str(self.institution_id).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("program_type", (None, str(self.program_type.value).encode(), "text/plain")))

        files.append(("duration", (None, str(self.duration).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str):
                files.append(("description", (None, str(self.description).encode(), "text/plain")))
            else:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

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
        institution_id = d.pop("institution_id")

        name = d.pop("name")

        program_type = ProgramTypeEnum(d.pop("program_type"))

        duration = d.pop("duration")

        description = d.pop("description", UNSET)

        data = d.pop("data", UNSET)

        metadata = d.pop("metadata", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        program_request = cls(
            institution_id=institution_id,
            name=name,
            program_type=program_type,
            duration=duration,
            description=description,
            data=data,
            metadata=metadata,
            created_at=created_at,
        )

        program_request.additional_properties = d
        return program_request

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
