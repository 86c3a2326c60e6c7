from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalCredentialMapping")


@_attrs_define
class ExternalCredentialMapping:
    """Serializer for ExternalCredentialMapping model.  Serializes external credential mappings
    including credential, platform, provider, external_template_id, and metadata.

        Attributes:
            id (int):
            credential_id (str):
            credential_name (str):
            platform_key (str):
            platform_name (str):
            provider (int | None): The credential provider
            provider_name (str): The credential provider name (references CredentialProvider.name)
            provider_name_display (str): Get display name from provider if available, otherwise use provider_name.
            created (datetime.datetime):
            updated (datetime.datetime):
            external_template_id (None | str | Unset): The template ID in the external system (e.g., Accredible template ID)
            group_id (None | str | Unset): The group ID in the external system (e.g., Accredible group ID). If not set, will
                fall back to the provider config's group_id.
            metadata (Any | Unset): Additional metadata stored as JSON (for general mapping information, not sync status)
    """

    id: int
    credential_id: str
    credential_name: str
    platform_key: str
    platform_name: str
    provider: int | None
    provider_name: str
    provider_name_display: str
    created: datetime.datetime
    updated: datetime.datetime
    external_template_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        credential_id = self.credential_id

        credential_name = self.credential_name

        platform_key = self.platform_key

        platform_name = self.platform_name

        provider: int | None = self.provider

        provider_name = self.provider_name

        provider_name_display = self.provider_name_display

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        external_template_id: None | str | Unset = self.external_template_id

        group_id: None | str | Unset = self.group_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "credential_id": credential_id,
                "credential_name": credential_name,
                "platform_key": platform_key,
                "platform_name": platform_name,
                "provider": provider,
                "provider_name": provider_name,
                "provider_name_display": provider_name_display,
                "created": created,
                "updated": updated,
            }
        )
        if external_template_id is not UNSET:
            field_dict["external_template_id"] = external_template_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        credential_id = d.pop("credential_id")

        credential_name = d.pop("credential_name")

        platform_key = d.pop("platform_key")

        platform_name = d.pop("platform_name")

        provider = d.pop("provider")

        provider_name = d.pop("provider_name")

        provider_name_display = d.pop("provider_name_display")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        external_template_id = d.pop("external_template_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        metadata = d.pop("metadata", UNSET)

        external_credential_mapping = cls(
            id=id,
            credential_id=credential_id,
            credential_name=credential_name,
            platform_key=platform_key,
            platform_name=platform_name,
            provider=provider,
            provider_name=provider_name,
            provider_name_display=provider_name_display,
            created=created,
            updated=updated,
            external_template_id=external_template_id,
            group_id=group_id,
            metadata=metadata,
        )

        external_credential_mapping.additional_properties = d
        return external_credential_mapping

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
