from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClawMentorConfig")


@_attrs_define
class ClawMentorConfig:
    """
    Attributes:
        id (int):
        mentor (UUID):
        server (int):
        server_name (str):
        last_config_push (datetime.datetime | None):
        last_config_push_status (None | str):
        last_push_warnings (Any): Security warnings from last config push (baseline verification).
        agent_config (Any | Unset):
        enabled (bool | Unset):
        auto_push (bool | Unset): When True, saving the mentor's AgentConfig should trigger an async config push.
            Signal/hook not yet wired — currently a flag for future use.
    """

    id: int
    mentor: UUID
    server: int
    server_name: str
    last_config_push: datetime.datetime | None
    last_config_push_status: None | str
    last_push_warnings: Any
    agent_config: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    auto_push: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = str(self.mentor)

        server = self.server

        server_name = self.server_name

        last_config_push: None | str
        if isinstance(self.last_config_push, datetime.datetime):
            last_config_push = self.last_config_push.isoformat()
        else:
            last_config_push = self.last_config_push

        last_config_push_status: None | str = self.last_config_push_status

        last_push_warnings = self.last_push_warnings

        agent_config = self.agent_config

        enabled = self.enabled

        auto_push = self.auto_push

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "server": server,
                "server_name": server_name,
                "last_config_push": last_config_push,
                "last_config_push_status": last_config_push_status,
                "last_push_warnings": last_push_warnings,
            }
        )
        if agent_config is not UNSET:
            field_dict["agent_config"] = agent_config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if auto_push is not UNSET:
            field_dict["auto_push"] = auto_push

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        mentor = UUID(d.pop("mentor"))

        server = d.pop("server")

        server_name = d.pop("server_name")

        def _parse_last_config_push(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_config_push_type_0 = datetime.datetime.fromisoformat(data)

                return last_config_push_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_config_push = _parse_last_config_push(d.pop("last_config_push"))

        last_config_push_status = d.pop("last_config_push_status")

        last_push_warnings = d.pop("last_push_warnings")

        agent_config = d.pop("agent_config", UNSET)

        enabled = d.pop("enabled", UNSET)

        auto_push = d.pop("auto_push", UNSET)

        claw_mentor_config = cls(
            id=id,
            mentor=mentor,
            server=server,
            server_name=server_name,
            last_config_push=last_config_push,
            last_config_push_status=last_config_push_status,
            last_push_warnings=last_push_warnings,
            agent_config=agent_config,
            enabled=enabled,
            auto_push=auto_push,
        )

        claw_mentor_config.additional_properties = d
        return claw_mentor_config

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
