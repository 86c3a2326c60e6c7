from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedClawModelProvider")


@_attrs_define
class PatchedClawModelProvider:
    """
    Attributes:
        server (int | Unset):
        name (str | Unset): Provider identifier in the Claw config (e.g. 'minimax')
        base_url (str | Unset): Provider API endpoint (e.g. https://api.minimax.io/anthropic)
        api_type (str | Unset): Claw provider API type (e.g. 'openai-completions', 'anthropic-messages').
        credential_name (str | Unset): Name of the LLMCredential to resolve the API key from
        credential_key (str | Unset): Key within the LLMCredential value JSON to extract the API key
        model_catalog (Any | Unset): List of {"id": "...", "name": "..."} entries for the provider model catalog
        enabled (bool | Unset):
        models_mode (str | Unset): 'merge' adds to built-in models, 'replace' uses only configured providers.
    """

    server: int | Unset = UNSET
    name: str | Unset = UNSET
    base_url: str | Unset = UNSET
    api_type: str | Unset = UNSET
    credential_name: str | Unset = UNSET
    credential_key: str | Unset = UNSET
    model_catalog: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    models_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server

        name = self.name

        base_url = self.base_url

        api_type = self.api_type

        credential_name = self.credential_name

        credential_key = self.credential_key

        model_catalog = self.model_catalog

        enabled = self.enabled

        models_mode = self.models_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server is not UNSET:
            field_dict["server"] = server
        if name is not UNSET:
            field_dict["name"] = name
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if api_type is not UNSET:
            field_dict["api_type"] = api_type
        if credential_name is not UNSET:
            field_dict["credential_name"] = credential_name
        if credential_key is not UNSET:
            field_dict["credential_key"] = credential_key
        if model_catalog is not UNSET:
            field_dict["model_catalog"] = model_catalog
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if models_mode is not UNSET:
            field_dict["models_mode"] = models_mode

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.server, Unset):
            files.append(("server", (None, str(self.server).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.base_url, Unset):
            files.append(("base_url", (None, str(self.base_url).encode(), "text/plain")))

        if not isinstance(self.api_type, Unset):
            files.append(("api_type", (None, str(self.api_type).encode(), "text/plain")))

        if not isinstance(self.credential_name, Unset):
            files.append(
                ("credential_name", (None, str(self.credential_name).encode(), "text/plain"))
            )

        if not isinstance(self.credential_key, Unset):
            files.append(
                ("credential_key", (None, str(self.credential_key).encode(), "text/plain"))
            )

        if not isinstance(self.model_catalog, Unset):
            files.append(("model_catalog", (None, str(self.model_catalog).encode(), "text/plain")))

        if not isinstance(self.enabled, Unset):
            files.append(("enabled", (None, str(self.enabled).encode(), "text/plain")))

        if not isinstance(self.models_mode, Unset):
            files.append(("models_mode", (None, str(self.models_mode).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server = d.pop("server", UNSET)

        name = d.pop("name", UNSET)

        base_url = d.pop("base_url", UNSET)

        api_type = d.pop("api_type", UNSET)

        credential_name = d.pop("credential_name", UNSET)

        credential_key = d.pop("credential_key", UNSET)

        model_catalog = d.pop("model_catalog", UNSET)

        enabled = d.pop("enabled", UNSET)

        models_mode = d.pop("models_mode", UNSET)

        patched_claw_model_provider = cls(
            server=server,
            name=name,
            base_url=base_url,
            api_type=api_type,
            credential_name=credential_name,
            credential_key=credential_key,
            model_catalog=model_catalog,
            enabled=enabled,
            models_mode=models_mode,
        )

        patched_claw_model_provider.additional_properties = d
        return patched_claw_model_provider

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
