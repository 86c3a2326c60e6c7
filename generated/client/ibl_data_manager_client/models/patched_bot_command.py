from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedBotCommand")


@_attrs_define
class PatchedBotCommand:
    """
    Attributes:
        command (str | Unset):
        mentor (int | Unset):
        bot (int | Unset):
    """

    command: str | Unset = UNSET
    mentor: int | Unset = UNSET
    bot: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        mentor = self.mentor

        bot = self.bot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if bot is not UNSET:
            field_dict["bot"] = bot

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.command, Unset):
            files.append(("command", (None, str(self.command).encode(), "text/plain")))

        if not isinstance(self.mentor, Unset):
            files.append(("mentor", (None, str(self.mentor).encode(), "text/plain")))

        if not isinstance(self.bot, Unset):
            files.append(("bot", (None, str(self.bot).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command", UNSET)

        mentor = d.pop("mentor", UNSET)

        bot = d.pop("bot", UNSET)

        patched_bot_command = cls(
            command=command,
            mentor=mentor,
            bot=bot,
        )

        patched_bot_command.additional_properties = d
        return patched_bot_command

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
