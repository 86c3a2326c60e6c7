from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.file_type_enum import FileTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedAgentSkillResource")


@_attrs_define
class PatchedAgentSkillResource:
    """
    Attributes:
        skill (int | Unset):
        file_type (FileTypeEnum | Unset): * `script` - Script * `reference` - Reference * `asset` - Asset
        filename (str | Unset):
        content (str | Unset): Text content for script/reference resources.
        file (None | str | Unset): Binary file for asset resources.
    """

    skill: int | Unset = UNSET
    file_type: FileTypeEnum | Unset = UNSET
    filename: str | Unset = UNSET
    content: str | Unset = UNSET
    file: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill

        file_type: str | Unset = UNSET
        if not isinstance(self.file_type, Unset):
            file_type = self.file_type.value

        filename = self.filename

        content = self.content

        file: None | str | Unset = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skill is not UNSET:
            field_dict["skill"] = skill
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if filename is not UNSET:
            field_dict["filename"] = filename
        if content is not UNSET:
            field_dict["content"] = content
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.skill, Unset):
            files.append(("skill", (None, str(self.skill).encode(), "text/plain")))

        if not isinstance(self.file_type, Unset):
            files.append(("file_type", (None, str(self.file_type.value).encode(), "text/plain")))

        if not isinstance(self.filename, Unset):
            files.append(("filename", (None, str(self.filename).encode(), "text/plain")))

        if not isinstance(self.content, Unset):
            files.append(("content", (None, str(self.content).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            if isinstance(self.file, str):
                files.append(("file", (None, str(self.file).encode(), "text/plain")))
            else:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill = d.pop("skill", UNSET)

        _file_type = d.pop("file_type", UNSET)
        file_type: FileTypeEnum | Unset
        if isinstance(_file_type, Unset):
            file_type = UNSET
        else:
            file_type = FileTypeEnum(_file_type)

        filename = d.pop("filename", UNSET)

        content = d.pop("content", UNSET)

        file = d.pop("file", UNSET)

        patched_agent_skill_resource = cls(
            skill=skill,
            file_type=file_type,
            filename=filename,
            content=content,
            file=file,
        )

        patched_agent_skill_resource.additional_properties = d
        return patched_agent_skill_resource

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
