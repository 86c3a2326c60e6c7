from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type_enum import FileTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentSkillResource")


@_attrs_define
class AgentSkillResource:
    """
    Attributes:
        id (int):
        skill (int):
        file_type (FileTypeEnum): * `script` - Script * `reference` - Reference * `asset` - Asset
        filename (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        content (str | Unset): Text content for script/reference resources.
        file (None | str | Unset): Binary file for asset resources.
    """

    id: int
    skill: int
    file_type: FileTypeEnum
    filename: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    content: str | Unset = UNSET
    file: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        skill = self.skill

        file_type = self.file_type.value

        filename = self.filename

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        content = self.content

        file: None | str | Unset = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "skill": skill,
                "file_type": file_type,
                "filename": filename,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        skill = d.pop("skill")

        file_type = FileTypeEnum(d.pop("file_type"))

        filename = d.pop("filename")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        content = d.pop("content", UNSET)

        file = d.pop("file", UNSET)

        agent_skill_resource = cls(
            id=id,
            skill=skill,
            file_type=file_type,
            filename=filename,
            created_at=created_at,
            updated_at=updated_at,
            content=content,
            file=file,
        )

        agent_skill_resource.additional_properties = d
        return agent_skill_resource

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
