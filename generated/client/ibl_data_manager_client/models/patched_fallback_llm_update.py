from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_fallback_llm_update_scope import PatchedFallbackLLMUpdateScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedFallbackLLMUpdate")


@_attrs_define
class PatchedFallbackLLMUpdate:
    """Serializer for updating FallbackLLM configuration.

    Attributes:
        scope (PatchedFallbackLLMUpdateScope | Unset): Whether this fallback applies to a specific model or entire
            provider  * `model` - Model Specific * `provider` - Provider Wide
        source_provider (int | Unset): The provider whose models this fallback applies to
        source_model (int | None | Unset): Specific model this fallback applies to (only for model scope)
        fallback_provider (int | Unset): The provider to use as fallback
        fallback_model (int | Unset): The model to use as fallback
        is_enabled (bool | Unset): Whether this fallback configuration is active
    """

    scope: PatchedFallbackLLMUpdateScope | Unset = UNSET
    source_provider: int | Unset = UNSET
    source_model: int | None | Unset = UNSET
    fallback_provider: int | Unset = UNSET
    fallback_model: int | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        source_provider = self.source_provider

        source_model: int | None | Unset = self.source_model

        fallback_provider = self.fallback_provider

        fallback_model = self.fallback_model

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope
        if source_provider is not UNSET:
            field_dict["source_provider"] = source_provider
        if source_model is not UNSET:
            field_dict["source_model"] = source_model
        if fallback_provider is not UNSET:
            field_dict["fallback_provider"] = fallback_provider
        if fallback_model is not UNSET:
            field_dict["fallback_model"] = fallback_model
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.scope, Unset):
            files.append(("scope", (None, str(self.scope.value).encode(), "text/plain")))

        if not isinstance(self.source_provider, Unset):
            files.append(
                ("source_provider", (None, str(self.source_provider).encode(), "text/plain"))
            )

        if not isinstance(self.source_model, Unset):
            if isinstance(self.source_model, int):
                files.append(
                    ("source_model", (None, str(self.source_model).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("source_model", (None, str(self.source_model).encode(), "text/plain"))
                )

        if not isinstance(self.fallback_provider, Unset):
            files.append(
                ("fallback_provider", (None, str(self.fallback_provider).encode(), "text/plain"))
            )

        if not isinstance(self.fallback_model, Unset):
            files.append(
                ("fallback_model", (None, str(self.fallback_model).encode(), "text/plain"))
            )

        if not isinstance(self.is_enabled, Unset):
            files.append(("is_enabled", (None, str(self.is_enabled).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scope = d.pop("scope", UNSET)
        scope: PatchedFallbackLLMUpdateScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = PatchedFallbackLLMUpdateScope(_scope)

        source_provider = d.pop("source_provider", UNSET)

        source_model = d.pop("source_model", UNSET)

        fallback_provider = d.pop("fallback_provider", UNSET)

        fallback_model = d.pop("fallback_model", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        patched_fallback_llm_update = cls(
            scope=scope,
            source_provider=source_provider,
            source_model=source_model,
            fallback_provider=fallback_provider,
            fallback_model=fallback_model,
            is_enabled=is_enabled,
        )

        patched_fallback_llm_update.additional_properties = d
        return patched_fallback_llm_update

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
