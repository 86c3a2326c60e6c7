from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClawModelProvider")


@_attrs_define
class ClawModelProvider:
    """
    Attributes:
        id (int):
        server (int):
        server_name (str):
        name (str): Provider identifier in the Claw config (e.g. 'minimax')
        base_url (str): Provider API endpoint (e.g. https://api.minimax.io/anthropic)
        api_type (str): Claw provider API type (e.g. 'openai-completions', 'anthropic-messages').
        credential_name (str): Name of the LLMCredential to resolve the API key from
        last_provider_push (datetime.datetime | None):
        last_provider_push_status (None | str):
        credential_resolved (bool): Check if the referenced LLMCredential exists for this platform.
        credential_key (str | Unset): Key within the LLMCredential value JSON to extract the API key
        model_catalog (Any | Unset): List of {"id": "...", "name": "..."} entries for the provider model catalog
        enabled (bool | Unset):
        models_mode (str | Unset): 'merge' adds to built-in models, 'replace' uses only configured providers.
    """

    id: int
    server: int
    server_name: str
    name: str
    base_url: str
    api_type: str
    credential_name: str
    last_provider_push: datetime.datetime | None
    last_provider_push_status: None | str
    credential_resolved: bool
    credential_key: str | Unset = UNSET
    model_catalog: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    models_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        server = self.server

        server_name = self.server_name

        name = self.name

        base_url = self.base_url

        api_type = self.api_type

        credential_name = self.credential_name

        last_provider_push: None | str
        if isinstance(self.last_provider_push, datetime.datetime):
            last_provider_push = self.last_provider_push.isoformat()
        else:
            last_provider_push = self.last_provider_push

        last_provider_push_status: None | str = self.last_provider_push_status

        credential_resolved = self.credential_resolved

        credential_key = self.credential_key

        model_catalog = self.model_catalog

        enabled = self.enabled

        models_mode = self.models_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "server": server,
                "server_name": server_name,
                "name": name,
                "base_url": base_url,
                "api_type": api_type,
                "credential_name": credential_name,
                "last_provider_push": last_provider_push,
                "last_provider_push_status": last_provider_push_status,
                "credential_resolved": credential_resolved,
            }
        )
        if credential_key is not UNSET:
            field_dict["credential_key"] = credential_key
        if model_catalog is not UNSET:
            field_dict["model_catalog"] = model_catalog
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if models_mode is not UNSET:
            field_dict["models_mode"] = models_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        server = d.pop("server")

        server_name = d.pop("server_name")

        name = d.pop("name")

        base_url = d.pop("base_url")

        api_type = d.pop("api_type")

        credential_name = d.pop("credential_name")

        def _parse_last_provider_push(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_provider_push_type_0 = datetime.datetime.fromisoformat(data)

                return last_provider_push_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_provider_push = _parse_last_provider_push(d.pop("last_provider_push"))

        last_provider_push_status = d.pop("last_provider_push_status")

        credential_resolved = d.pop("credential_resolved")

        credential_key = d.pop("credential_key", UNSET)

        model_catalog = d.pop("model_catalog", UNSET)

        enabled = d.pop("enabled", UNSET)

        models_mode = d.pop("models_mode", UNSET)

        claw_model_provider = cls(
            id=id,
            server=server,
            server_name=server_name,
            name=name,
            base_url=base_url,
            api_type=api_type,
            credential_name=credential_name,
            last_provider_push=last_provider_push,
            last_provider_push_status=last_provider_push_status,
            credential_resolved=credential_resolved,
            credential_key=credential_key,
            model_catalog=model_catalog,
            enabled=enabled,
            models_mode=models_mode,
        )

        claw_model_provider.additional_properties = d
        return claw_model_provider

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
