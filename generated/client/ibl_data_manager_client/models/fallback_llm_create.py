from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.fallback_llm_create_fallback_provider_name import (
    FallbackLLMCreateFallbackProviderName,
)
from ..models.fallback_llm_create_scope import FallbackLLMCreateScope
from ..models.fallback_llm_create_source_provider_name import FallbackLLMCreateSourceProviderName
from ..types import UNSET, Unset

T = TypeVar("T", bound="FallbackLLMCreate")


@_attrs_define
class FallbackLLMCreate:
    """Serializer for creating FallbackLLM configuration.

    Attributes:
        source_provider_name (FallbackLLMCreateSourceProviderName): Source provider name (e.g., 'openai')
        fallback_provider_name (FallbackLLMCreateFallbackProviderName): Fallback provider name
        fallback_model_name (str): Fallback model name
        scope (FallbackLLMCreateScope | Unset): Whether this fallback applies to a specific model or entire provider  *
            `model` - Model Specific * `provider` - Provider Wide
        tenant_key (None | str | Unset): Tenant key. Leave empty for global configuration.
        source_model_name (None | str | Unset): Source model name (required for model scope)
        is_enabled (bool | Unset): Whether this fallback configuration is active
    """

    source_provider_name: FallbackLLMCreateSourceProviderName
    fallback_provider_name: FallbackLLMCreateFallbackProviderName
    fallback_model_name: str
    scope: FallbackLLMCreateScope | Unset = UNSET
    tenant_key: None | str | Unset = UNSET
    source_model_name: None | str | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_provider_name = self.source_provider_name.value

        fallback_provider_name = self.fallback_provider_name.value

        fallback_model_name = self.fallback_model_name

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        tenant_key: None | str | Unset = self.tenant_key

        source_model_name: None | str | Unset = self.source_model_name

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_provider_name": source_provider_name,
                "fallback_provider_name": fallback_provider_name,
                "fallback_model_name": fallback_model_name,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if tenant_key is not UNSET:
            field_dict["tenant_key"] = tenant_key
        if source_model_name is not UNSET:
            field_dict["source_model_name"] = source_model_name
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            (
                "source_provider_name",
                (None, str(self.source_provider_name.value).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "fallback_provider_name",
                (None, str(self.fallback_provider_name.value).encode(), "text/plain"),
            )
        )

        files.append(
            ("fallback_model_name", (None, str(self.fallback_model_name).encode(), "text/plain"))
        )

        if not isinstance(self.scope, Unset):
            files.append(("scope", (None, str(self.scope.value).encode(), "text/plain")))

        if not isinstance(self.tenant_key, Unset):
            if isinstance(self.tenant_key, str):
                files.append(("tenant_key", (None, str(self.tenant_key).encode(), "text/plain")))
            else:
                files.append(("tenant_key", (None, str(self.tenant_key).encode(), "text/plain")))

        if not isinstance(self.source_model_name, Unset):
            if isinstance(self.source_model_name, str):
                files.append(
                    (
                        "source_model_name",
                        (None, str(self.source_model_name).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "source_model_name",
                        (None, str(self.source_model_name).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.is_enabled, Unset):
            files.append(("is_enabled", (None, str(self.is_enabled).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_provider_name = FallbackLLMCreateSourceProviderName(d.pop("source_provider_name"))

        fallback_provider_name = FallbackLLMCreateFallbackProviderName(
            d.pop("fallback_provider_name")
        )

        fallback_model_name = d.pop("fallback_model_name")

        _scope = d.pop("scope", UNSET)
        scope: FallbackLLMCreateScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = FallbackLLMCreateScope(_scope)

        tenant_key = d.pop("tenant_key", UNSET)

        source_model_name = d.pop("source_model_name", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        fallback_llm_create = cls(
            source_provider_name=source_provider_name,
            fallback_provider_name=fallback_provider_name,
            fallback_model_name=fallback_model_name,
            scope=scope,
            tenant_key=tenant_key,
            source_model_name=source_model_name,
            is_enabled=is_enabled,
        )

        fallback_llm_create.additional_properties = d
        return fallback_llm_create

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
