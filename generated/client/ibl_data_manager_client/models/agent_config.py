from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentConfig")


@_attrs_define
class AgentConfig:
    """
    Attributes:
        id (int):
        mentor (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        identity (str | Unset): Agent persona — name, creature type, visual description, vibe (→ IDENTITY.md).
        soul (str | Unset): Behavioral guidelines — personality, communication style, values, boundaries (→ SOUL.md).
        user_context (str | Unset): User-specific preferences and environment details — SSH hosts, device names, TTS
            voices (→ USER.md).
        tools (str | Unset): Environment-specific reference notes for tool usage — device names, API aliases (→
            TOOLS.md). Does not control which skills load.
        agents (str | Unset): Multi-agent routing — agent IDs, workspaces, model assignments, channel bindings (→
            AGENTS.md).
        bootstrap (str | Unset): One-time first-run ritual — consumed and deleted by instance after use. Stored here for
            re-push on redeploy (→ BOOTSTRAP.md).
        heartbeat (str | Unset): Periodic awareness checklist content. Schedule settings (interval, activeHours) go in
            config field (→ HEARTBEAT.md).
        memory (str | Unset): Seed memory — long-term curated facts. Instance may modify its own copy over time (→
            MEMORY.md).
        model (str | Unset): LLM model identifier (e.g. anthropic/claude-sonnet-4-5-20250929).
        config (Any | Unset): Instance config patch sent via config.patch RPC — heartbeat schedule, session isolation,
            skill toggles, model fallbacks, etc.
    """

    id: int
    mentor: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    identity: str | Unset = UNSET
    soul: str | Unset = UNSET
    user_context: str | Unset = UNSET
    tools: str | Unset = UNSET
    agents: str | Unset = UNSET
    bootstrap: str | Unset = UNSET
    heartbeat: str | Unset = UNSET
    memory: str | Unset = UNSET
    model: str | Unset = UNSET
    config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = str(self.mentor)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        identity = self.identity

        soul = self.soul

        user_context = self.user_context

        tools = self.tools

        agents = self.agents

        bootstrap = self.bootstrap

        heartbeat = self.heartbeat

        memory = self.memory

        model = self.model

        config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if identity is not UNSET:
            field_dict["identity"] = identity
        if soul is not UNSET:
            field_dict["soul"] = soul
        if user_context is not UNSET:
            field_dict["user_context"] = user_context
        if tools is not UNSET:
            field_dict["tools"] = tools
        if agents is not UNSET:
            field_dict["agents"] = agents
        if bootstrap is not UNSET:
            field_dict["bootstrap"] = bootstrap
        if heartbeat is not UNSET:
            field_dict["heartbeat"] = heartbeat
        if memory is not UNSET:
            field_dict["memory"] = memory
        if model is not UNSET:
            field_dict["model"] = model
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        mentor = UUID(d.pop("mentor"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        identity = d.pop("identity", UNSET)

        soul = d.pop("soul", UNSET)

        user_context = d.pop("user_context", UNSET)

        tools = d.pop("tools", UNSET)

        agents = d.pop("agents", UNSET)

        bootstrap = d.pop("bootstrap", UNSET)

        heartbeat = d.pop("heartbeat", UNSET)

        memory = d.pop("memory", UNSET)

        model = d.pop("model", UNSET)

        config = d.pop("config", UNSET)

        agent_config = cls(
            id=id,
            mentor=mentor,
            created_at=created_at,
            updated_at=updated_at,
            identity=identity,
            soul=soul,
            user_context=user_context,
            tools=tools,
            agents=agents,
            bootstrap=bootstrap,
            heartbeat=heartbeat,
            memory=memory,
            model=model,
            config=config,
        )

        agent_config.additional_properties = d
        return agent_config

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
