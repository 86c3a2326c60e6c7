from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialProviderConfig")


@_attrs_define
class CredentialProviderConfig:
    """Serializer for CredentialProviderConfig model.  Serializes provider configuration
    including platform, provider name, config JSON, enabled status, and timestamps.

        Attributes:
            id (int):
            platform_key (str):
            platform_name (str):
            provider_name (str): The credential provider name (references CredentialProvider.name)
            provider_name_display (str): Get display name from provider if available, otherwise use provider_name.
            created (datetime.datetime):
            updated (datetime.datetime):
            config (Any | Unset): Provider-specific configuration in JSON format
            enabled (bool | Unset): Whether this provider integration is enabled for the platform
    """

    id: int
    platform_key: str
    platform_name: str
    provider_name: str
    provider_name_display: str
    created: datetime.datetime
    updated: datetime.datetime
    config: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform_key = self.platform_key

        platform_name = self.platform_name

        provider_name = self.provider_name

        provider_name_display = self.provider_name_display

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        config = self.config

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform_key": platform_key,
                "platform_name": platform_name,
                "provider_name": provider_name,
                "provider_name_display": provider_name_display,
                "created": created,
                "updated": updated,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        platform_key = d.pop("platform_key")

        platform_name = d.pop("platform_name")

        provider_name = d.pop("provider_name")

        provider_name_display = d.pop("provider_name_display")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        config = d.pop("config", UNSET)

        enabled = d.pop("enabled", UNSET)

        credential_provider_config = cls(
            id=id,
            platform_key=platform_key,
            platform_name=platform_name,
            provider_name=provider_name,
            provider_name_display=provider_name_display,
            created=created,
            updated=updated,
            config=config,
            enabled=enabled,
        )

        credential_provider_config.additional_properties = d
        return credential_provider_config

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
