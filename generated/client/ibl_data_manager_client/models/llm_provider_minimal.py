from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_provider_minimal_name import LLMProviderMinimalName

T = TypeVar("T", bound="LLMProviderMinimal")


@_attrs_define
class LLMProviderMinimal:
    """Minimal serializer for LLMProvider in fallback configs.

    Attributes:
        id (int):
        name (LLMProviderMinimalName): Provider identifier (e.g., 'openai', 'google')  * `openai` - OpenAI * `google` -
            Google * `anthropic` - Anthropic * `azure_openai` - Azure OpenAI * `groq` - Groq * `bedrock` - AWS Bedrock *
            `perplexity` - Perplexity * `nvidia` - NVIDIA * `sagemaker` - AWS SageMaker * `xai` - xAI * `deepseek` -
            DeepSeek * `fake` - Fake (Testing)
        display_name (str): Human-readable provider name
    """

    id: int
    name: LLMProviderMinimalName
    display_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name.value

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "display_name": display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = LLMProviderMinimalName(d.pop("name"))

        display_name = d.pop("display_name")

        llm_provider_minimal = cls(
            id=id,
            name=name,
            display_name=display_name,
        )

        llm_provider_minimal.additional_properties = d
        return llm_provider_minimal

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
