from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.fallback_llm_update_scope import FallbackLLMUpdateScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="FallbackLLMUpdate")


@_attrs_define
class FallbackLLMUpdate:
    """Serializer for updating FallbackLLM configuration.

    Attributes:
        source_provider (int): The provider whose models this fallback applies to
        fallback_provider (int): The provider to use as fallback
        fallback_model (int): The model to use as fallback
        scope (FallbackLLMUpdateScope | Unset): Whether this fallback applies to a specific model or entire provider  *
            `model` - Model Specific * `provider` - Provider Wide
        source_model (int | None | Unset): Specific model this fallback applies to (only for model scope)
        is_enabled (bool | Unset): Whether this fallback configuration is active
    """

    source_provider: int
    fallback_provider: int
    fallback_model: int
    scope: FallbackLLMUpdateScope | Unset = UNSET
    source_model: int | None | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_provider = self.source_provider

        fallback_provider = self.fallback_provider

        fallback_model = self.fallback_model

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        source_model: int | None | Unset = self.source_model

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_provider": source_provider,
                "fallback_provider": fallback_provider,
                "fallback_model": fallback_model,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if source_model is not UNSET:
            field_dict["source_model"] = source_model
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("source_provider", (None, str(self.source_provider).encode(), "text/plain")))

        files.append(
            ("fallback_provider", (None, str(self.fallback_provider).encode(), "text/plain"))
        )

        files.append(("fallback_model", (None, str(self.fallback_model).encode(), "text/plain")))

        if not isinstance(self.scope, Unset):
            files.append(("scope", (None, str(self.scope.value).encode(), "text/plain")))

        if not isinstance(self.source_model, Unset):
            if isinstance(self.source_model, int):
                files.append(
                    ("source_model", (None, str(self.source_model).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("source_model", (None, str(self.source_model).encode(), "text/plain"))
                )

        if not isinstance(self.is_enabled, Unset):
            files.append(("is_enabled", (None, str(self.is_enabled).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_provider = d.pop("source_provider")

        fallback_provider = d.pop("fallback_provider")

        fallback_model = d.pop("fallback_model")

        _scope = d.pop("scope", UNSET)
        scope: FallbackLLMUpdateScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = FallbackLLMUpdateScope(_scope)

        source_model = d.pop("source_model", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        fallback_llm_update = cls(
            source_provider=source_provider,
            fallback_provider=fallback_provider,
            fallback_model=fallback_model,
            scope=scope,
            source_model=source_model,
            is_enabled=is_enabled,
        )

        fallback_llm_update.additional_properties = d
        return fallback_llm_update

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
