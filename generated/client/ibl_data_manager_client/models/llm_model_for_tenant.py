from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMModelForTenant")


@_attrs_define
class LLMModelForTenant:
    """
    Attributes:
        id (int):
        llm_provider (str):
        llm_name (str):
        tenant (int | None | Unset):
    """

    id: int
    llm_provider: str
    llm_name: str
    tenant: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        llm_provider = self.llm_provider

        llm_name = self.llm_name

        tenant: int | None | Unset = self.tenant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "llm_provider": llm_provider,
                "llm_name": llm_name,
            }
        )
        if tenant is not UNSET:
            field_dict["tenant"] = tenant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        llm_provider = d.pop("llm_provider")

        llm_name = d.pop("llm_name")

        tenant = d.pop("tenant", UNSET)

        llm_model_for_tenant = cls(
            id=id,
            llm_provider=llm_provider,
            llm_name=llm_name,
            tenant=tenant,
        )

        llm_model_for_tenant.additional_properties = d
        return llm_model_for_tenant

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
