from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMModelForTenantRequest")


@_attrs_define
class LLMModelForTenantRequest:
    """
    Attributes:
        llm_provider (str):
        llm_name (str):
        tenant (int | None | Unset):
    """

    llm_provider: str
    llm_name: str
    tenant: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_provider = self.llm_provider

        llm_name = self.llm_name

        tenant: int | None | Unset = self.tenant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm_provider": llm_provider,
                "llm_name": llm_name,
            }
        )
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("llm_provider", (None, str(self.llm_provider).encode(), "text/plain")))

        files.append(("llm_name", (None, str(self.llm_name).encode(), "text/plain")))

        if not isinstance(self.tenant, Unset):
            if isinstance(self.tenant, int):
                files.append(("tenant", (None, str(self.tenant).encode(), "text/plain")))
            else:
                files.append(("tenant", (None, str(self.tenant).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        llm_provider = d.pop("llm_provider")

        llm_name = d.pop("llm_name")

        tenant = d.pop("tenant", UNSET)

        llm_model_for_tenant_request = cls(
            llm_provider=llm_provider,
            llm_name=llm_name,
            tenant=tenant,
        )

        llm_model_for_tenant_request.additional_properties = d
        return llm_model_for_tenant_request

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
