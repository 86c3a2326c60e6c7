from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentSkillRequest")


@_attrs_define
class AgentSkillRequest:
    """
    Attributes:
        name (str):
        slug (str):
        description (str | Unset):
        version (str | Unset):
        instruction (str | Unset): SKILL.md body — the agent runbook for this skill.
        metadata (Any | Unset): SKILL.md frontmatter (requires, primaryEnv, emoji, etc.).
        enabled (bool | Unset):
    """

    name: str
    slug: str
    description: str | Unset = UNSET
    version: str | Unset = UNSET
    instruction: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        description = self.description

        version = self.version

        instruction = self.instruction

        metadata = self.metadata

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.version, Unset):
            files.append(("version", (None, str(self.version).encode(), "text/plain")))

        if not isinstance(self.instruction, Unset):
            files.append(("instruction", (None, str(self.instruction).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.enabled, Unset):
            files.append(("enabled", (None, str(self.enabled).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        description = d.pop("description", UNSET)

        version = d.pop("version", UNSET)

        instruction = d.pop("instruction", UNSET)

        metadata = d.pop("metadata", UNSET)

        enabled = d.pop("enabled", UNSET)

        agent_skill_request = cls(
            name=name,
            slug=slug,
            description=description,
            version=version,
            instruction=instruction,
            metadata=metadata,
            enabled=enabled,
        )

        agent_skill_request.additional_properties = d
        return agent_skill_request

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
