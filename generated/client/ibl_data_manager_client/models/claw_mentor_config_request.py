from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClawMentorConfigRequest")


@_attrs_define
class ClawMentorConfigRequest:
    """
    Attributes:
        mentor (UUID):
        server (int):
        agent_config (Any | Unset):
        enabled (bool | Unset):
        auto_push (bool | Unset): When True, saving the mentor's AgentConfig should trigger an async config push.
            Signal/hook not yet wired — currently a flag for future use.
    """

    mentor: UUID
    server: int
    agent_config: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    auto_push: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor = str(self.mentor)

        server = self.server

        agent_config = self.agent_config

        enabled = self.enabled

        auto_push = self.auto_push

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor": mentor,
                "server": server,
            }
        )
        if agent_config is not UNSET:
            field_dict["agent_config"] = agent_config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if auto_push is not UNSET:
            field_dict["auto_push"] = auto_push

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("mentor", (None, str(self.mentor), "text/plain")))

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
        mentor = UUID(d.pop("mentor"))

        server = d.pop("server")

        agent_config = d.pop("agent_config", UNSET)

        enabled = d.pop("enabled", UNSET)

        auto_push = d.pop("auto_push", UNSET)

        claw_mentor_config_request = cls(
            mentor=mentor,
            server=server,
            agent_config=agent_config,
            enabled=enabled,
            auto_push=auto_push,
        )

        claw_mentor_config_request.additional_properties = d
        return claw_mentor_config_request

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
