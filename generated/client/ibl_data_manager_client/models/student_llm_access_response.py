from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudentLLMAccessResponse")


@_attrs_define
class StudentLLMAccessResponse:
    """Serializer for student LLM access responses

    Attributes:
        platform_key (str): The platform key
        llm_resources (list[str]): List of LLM resource paths that students can access. Format:
            ['llms/openai/models/gpt-4', 'llms/openai/', 'llms/']
    """

    platform_key: str
    llm_resources: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        llm_resources = self.llm_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "llm_resources": llm_resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        llm_resources = cast(list[str], d.pop("llm_resources"))

        student_llm_access_response = cls(
            platform_key=platform_key,
            llm_resources=llm_resources,
        )

        student_llm_access_response.additional_properties = d
        return student_llm_access_response

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
