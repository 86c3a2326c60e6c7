from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorSkillAssignment")


@_attrs_define
class MentorSkillAssignment:
    """
    Attributes:
        id (int):
        mentor (UUID):
        skill (int):
        skill_name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        enabled (bool | Unset):
    """

    id: int
    mentor: UUID
    skill: int
    skill_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = str(self.mentor)

        skill = self.skill

        skill_name = self.skill_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "skill": skill,
                "skill_name": skill_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        mentor = UUID(d.pop("mentor"))

        skill = d.pop("skill")

        skill_name = d.pop("skill_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        enabled = d.pop("enabled", UNSET)

        mentor_skill_assignment = cls(
            id=id,
            mentor=mentor,
            skill=skill,
            skill_name=skill_name,
            created_at=created_at,
            updated_at=updated_at,
            enabled=enabled,
        )

        mentor_skill_assignment.additional_properties = d
        return mentor_skill_assignment

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
