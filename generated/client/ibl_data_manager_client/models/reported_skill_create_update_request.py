from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reported_skill_create_update_request_skills_item import (
        ReportedSkillCreateUpdateRequestSkillsItem,
    )


T = TypeVar("T", bound="ReportedSkillCreateUpdateRequest")


@_attrs_define
class ReportedSkillCreateUpdateRequest:
    """Serializer for reported skill creation/update request parameters.

    Attributes:
        skills (list[ReportedSkillCreateUpdateRequestSkillsItem]): List of skills (can be skill IDs or objects with
            name, platform_key, etc.)
        user_id (int | Unset): User ID
        username (str | Unset): Username
        data (Any | Unset): Additional data
    """

    skills: list[ReportedSkillCreateUpdateRequestSkillsItem]
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        user_id = self.user_id

        username = self.username

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skills": skills,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for skills_item_element in self.skills:
            files.append(
                (
                    "skills",
                    (None, json.dumps(skills_item_element.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.user_id, Unset):
            files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.data, Unset):
            files.append(("data", (None, str(self.data).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reported_skill_create_update_request_skills_item import (
            ReportedSkillCreateUpdateRequestSkillsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = ReportedSkillCreateUpdateRequestSkillsItem.from_dict(skills_item_data)

            skills.append(skills_item)

        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        data = d.pop("data", UNSET)

        reported_skill_create_update_request = cls(
            skills=skills,
            user_id=user_id,
            username=username,
            data=data,
        )

        reported_skill_create_update_request.additional_properties = d
        return reported_skill_create_update_request

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
