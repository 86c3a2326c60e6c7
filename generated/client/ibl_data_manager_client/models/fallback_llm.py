from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fallback_llm_scope import FallbackLLMScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_model_registry_minimal import LLMModelRegistryMinimal
    from ..models.llm_provider_minimal import LLMProviderMinimal


T = TypeVar("T", bound="FallbackLLM")


@_attrs_define
class FallbackLLM:
    """Serializer for FallbackLLM configuration.

    Attributes:
        id (int):
        source_provider (int): The provider whose models this fallback applies to
        source_provider_detail (LLMProviderMinimal): Minimal serializer for LLMProvider in fallback configs.
        source_model (int | None): Specific model this fallback applies to (only for model scope)
        source_model_detail (LLMModelRegistryMinimal): Minimal serializer for LLMModelRegistry in fallback configs.
        fallback_provider (int): The provider to use as fallback
        fallback_provider_detail (LLMProviderMinimal): Minimal serializer for LLMProvider in fallback configs.
        fallback_model (int): The model to use as fallback
        fallback_model_detail (LLMModelRegistryMinimal): Minimal serializer for LLMModelRegistry in fallback configs.
        tenant (int | None): Tenant this config applies to. Null means global.
        tenant_key (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        scope (FallbackLLMScope | Unset): Whether this fallback applies to a specific model or entire provider  *
            `model` - Model Specific * `provider` - Provider Wide
        is_enabled (bool | Unset): Whether this fallback configuration is active
    """

    id: int
    source_provider: int
    source_provider_detail: LLMProviderMinimal
    source_model: int | None
    source_model_detail: LLMModelRegistryMinimal
    fallback_provider: int
    fallback_provider_detail: LLMProviderMinimal
    fallback_model: int
    fallback_model_detail: LLMModelRegistryMinimal
    tenant: int | None
    tenant_key: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    scope: FallbackLLMScope | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_provider = self.source_provider

        source_provider_detail = self.source_provider_detail.to_dict()

        source_model: int | None = self.source_model

        source_model_detail = self.source_model_detail.to_dict()

        fallback_provider = self.fallback_provider

        fallback_provider_detail = self.fallback_provider_detail.to_dict()

        fallback_model = self.fallback_model

        fallback_model_detail = self.fallback_model_detail.to_dict()

        tenant: int | None = self.tenant

        tenant_key = self.tenant_key

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_provider": source_provider,
                "source_provider_detail": source_provider_detail,
                "source_model": source_model,
                "source_model_detail": source_model_detail,
                "fallback_provider": fallback_provider,
                "fallback_provider_detail": fallback_provider_detail,
                "fallback_model": fallback_model,
                "fallback_model_detail": fallback_model_detail,
                "tenant": tenant,
                "tenant_key": tenant_key,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.llm_model_registry_minimal import LLMModelRegistryMinimal  # noqa: PLC0415
        from ..models.llm_provider_minimal import LLMProviderMinimal  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source_provider = d.pop("source_provider")

        source_provider_detail = LLMProviderMinimal.from_dict(d.pop("source_provider_detail"))

        source_model = d.pop("source_model")

        source_model_detail = LLMModelRegistryMinimal.from_dict(d.pop("source_model_detail"))

        fallback_provider = d.pop("fallback_provider")

        fallback_provider_detail = LLMProviderMinimal.from_dict(d.pop("fallback_provider_detail"))

        fallback_model = d.pop("fallback_model")

        fallback_model_detail = LLMModelRegistryMinimal.from_dict(d.pop("fallback_model_detail"))

        tenant = d.pop("tenant")

        tenant_key = d.pop("tenant_key")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _scope = d.pop("scope", UNSET)
        scope: FallbackLLMScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = FallbackLLMScope(_scope)

        is_enabled = d.pop("is_enabled", UNSET)

        fallback_llm = cls(
            id=id,
            source_provider=source_provider,
            source_provider_detail=source_provider_detail,
            source_model=source_model,
            source_model_detail=source_model_detail,
            fallback_provider=fallback_provider,
            fallback_provider_detail=fallback_provider_detail,
            fallback_model=fallback_model,
            fallback_model_detail=fallback_model_detail,
            tenant=tenant,
            tenant_key=tenant_key,
            created_at=created_at,
            updated_at=updated_at,
            scope=scope,
            is_enabled=is_enabled,
        )

        fallback_llm.additional_properties = d
        return fallback_llm

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
