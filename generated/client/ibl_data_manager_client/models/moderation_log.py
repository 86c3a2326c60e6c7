from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_system_enum import TargetSystemEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationLog")


@_attrs_define
class ModerationLog:
    """
    Attributes:
        id (int):
        email (str):
        platform_key (str):
        mentor (int):
        prompt (str):
        reason (str):
        date_created (datetime.datetime):
        username (str | Unset):
        target_system (TargetSystemEnum | Unset): * `Safety System` - Safety System * `Moderation System` - Moderation
            System
    """

    id: int
    email: str
    platform_key: str
    mentor: int
    prompt: str
    reason: str
    date_created: datetime.datetime
    username: str | Unset = UNSET
    target_system: TargetSystemEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        platform_key = self.platform_key

        mentor = self.mentor

        prompt = self.prompt

        reason = self.reason

        date_created = self.date_created.isoformat()

        username = self.username

        target_system: str | Unset = UNSET
        if not isinstance(self.target_system, Unset):
            target_system = self.target_system.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "platform_key": platform_key,
                "mentor": mentor,
                "prompt": prompt,
                "reason": reason,
                "date_created": date_created,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if target_system is not UNSET:
            field_dict["target_system"] = target_system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        platform_key = d.pop("platform_key")

        mentor = d.pop("mentor")

        prompt = d.pop("prompt")

        reason = d.pop("reason")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        username = d.pop("username", UNSET)

        _target_system = d.pop("target_system", UNSET)
        target_system: TargetSystemEnum | Unset
        if isinstance(_target_system, Unset):
            target_system = UNSET
        else:
            target_system = TargetSystemEnum(_target_system)

        moderation_log = cls(
            id=id,
            email=email,
            platform_key=platform_key,
            mentor=mentor,
            prompt=prompt,
            reason=reason,
            date_created=date_created,
            username=username,
            target_system=target_system,
        )

        moderation_log.additional_properties = d
        return moderation_log

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
