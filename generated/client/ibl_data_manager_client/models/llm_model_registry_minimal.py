from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LLMModelRegistryMinimal")


@_attrs_define
class LLMModelRegistryMinimal:
    """Minimal serializer for LLMModelRegistry in fallback configs.

    Attributes:
        id (int):
        llm_name (str): Model identifier (e.g., 'gpt-4o', 'gemini-2.5-pro')
        display_name (str): Human-readable model name
        provider_name (str):
    """

    id: int
    llm_name: str
    display_name: str
    provider_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        llm_name = self.llm_name

        display_name = self.display_name

        provider_name = self.provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "llm_name": llm_name,
                "display_name": display_name,
                "provider_name": provider_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        llm_name = d.pop("llm_name")

        display_name = d.pop("display_name")

        provider_name = d.pop("provider_name")

        llm_model_registry_minimal = cls(
            id=id,
            llm_name=llm_name,
            display_name=display_name,
            provider_name=provider_name,
        )

        llm_model_registry_minimal.additional_properties = d
        return llm_model_registry_minimal

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
