from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.user_chat_privacy_settings_chat_privacy_mode import (
    UserChatPrivacySettingsChatPrivacyMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserChatPrivacySettings")


@_attrs_define
class UserChatPrivacySettings:
    """Serializer for user chat privacy settings.

    Attributes:
        chat_privacy_mode (UserChatPrivacySettingsChatPrivacyMode | Unset): User's global chat privacy preference  *
            `normal` - Normal * `anonymized` - Anonymized * `disabled` - Disabled
    """

    chat_privacy_mode: UserChatPrivacySettingsChatPrivacyMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_privacy_mode: str | Unset = UNSET
        if not isinstance(self.chat_privacy_mode, Unset):
            chat_privacy_mode = self.chat_privacy_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_privacy_mode is not UNSET:
            field_dict["chat_privacy_mode"] = chat_privacy_mode

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.chat_privacy_mode, Unset):
            files.append(
                (
                    "chat_privacy_mode",
                    (None, str(self.chat_privacy_mode.value).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _chat_privacy_mode = d.pop("chat_privacy_mode", UNSET)
        chat_privacy_mode: UserChatPrivacySettingsChatPrivacyMode | Unset
        if isinstance(_chat_privacy_mode, Unset):
            chat_privacy_mode = UNSET
        else:
            chat_privacy_mode = UserChatPrivacySettingsChatPrivacyMode(_chat_privacy_mode)

        user_chat_privacy_settings = cls(
            chat_privacy_mode=chat_privacy_mode,
        )

        user_chat_privacy_settings.additional_properties = d
        return user_chat_privacy_settings

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
