from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedClawMentorConfig")


@_attrs_define
class PatchedClawMentorConfig:
    """
    Attributes:
        mentor (UUID | Unset):
        server (int | Unset):
        agent_config (Any | Unset):
        enabled (bool | Unset):
        auto_push (bool | Unset): When True, saving the mentor's AgentConfig should trigger an async config push.
            Signal/hook not yet wired — currently a flag for future use.
    """

    mentor: UUID | Unset = UNSET
    server: int | Unset = UNSET
    agent_config: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    auto_push: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        server = self.server

        agent_config = self.agent_config

        enabled = self.enabled

        auto_push = self.auto_push

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if server is not UNSET:
            field_dict["server"] = server
        if agent_config is not UNSET:
            field_dict["agent_config"] = agent_config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if auto_push is not UNSET:
            field_dict["auto_push"] = auto_push

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.mentor, Unset):
            files.append(("mentor", (None, str(self.mentor), "text/plain")))

        if not isinstance(self.server, Unset):
            files.append(("server", (None, str(self.server).encode(), "text/plain")))

        if not isinstance(self.agent_config, Unset):
            files.append(("agent_config", (None, str(self.agent_config).encode(), "text/plain")))

        if not isinstance(self.enabled, Unset):
            files.append(("enabled", (None, str(self.enabled).encode(), "text/plain")))

        if not isinstance(self.auto_push, Unset):
            files.append(("auto_push", (None, str(self.auto_push).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = UUID(_mentor)

        server = d.pop("server", UNSET)

        agent_config = d.pop("agent_config", UNSET)

        enabled = d.pop("enabled", UNSET)

        auto_push = d.pop("auto_push", UNSET)

        patched_claw_mentor_config = cls(
            mentor=mentor,
            server=server,
            agent_config=agent_config,
            enabled=enabled,
            auto_push=auto_push,
        )

        patched_claw_mentor_config.additional_properties = d
        return patched_claw_mentor_config

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
