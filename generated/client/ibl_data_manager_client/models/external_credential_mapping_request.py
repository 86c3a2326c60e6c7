from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalCredentialMappingRequest")


@_attrs_define
class ExternalCredentialMappingRequest:
    """Serializer for ExternalCredentialMapping model.  Serializes external credential mappings
    including credential, platform, provider, external_template_id, and metadata.

        Attributes:
            provider_name (str): The credential provider name (references CredentialProvider.name)
            external_template_id (None | str | Unset): The template ID in the external system (e.g., Accredible template ID)
            group_id (None | str | Unset): The group ID in the external system (e.g., Accredible group ID). If not set, will
                fall back to the provider config's group_id.
            metadata (Any | Unset): Additional metadata stored as JSON (for general mapping information, not sync status)
    """

    provider_name: str
    external_template_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_name = self.provider_name

        external_template_id: None | str | Unset = self.external_template_id

        group_id: None | str | Unset = self.group_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_name": provider_name,
            }
        )
        if external_template_id is not UNSET:
            field_dict["external_template_id"] = external_template_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("provider_name", (None, str(self.provider_name).encode(), "text/plain")))

        if not isinstance(self.external_template_id, Unset):
            if isinstance(self.external_template_id, str):
                files.append(
                    (
                        "external_template_id",
                        (None, str(self.external_template_id).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "external_template_id",
                        (None, str(self.external_template_id).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.group_id, Unset):
            if isinstance(self.group_id, str):
                files.append(("group_id", (None, str(self.group_id).encode(), "text/plain")))
            else:
                files.append(("group_id", (None, str(self.group_id).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_name = d.pop("provider_name")

        external_template_id = d.pop("external_template_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        metadata = d.pop("metadata", UNSET)

        external_credential_mapping_request = cls(
            provider_name=provider_name,
            external_template_id=external_template_id,
            group_id=group_id,
            metadata=metadata,
        )

        external_credential_mapping_request.additional_properties = d
        return external_credential_mapping_request

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
