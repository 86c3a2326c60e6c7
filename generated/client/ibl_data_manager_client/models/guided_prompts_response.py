from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guided_prompt import GuidedPrompt


T = TypeVar("T", bound="GuidedPromptsResponse")


@_attrs_define
class GuidedPromptsResponse:
    """
    Attributes:
        ai_prompts (list[str]):
        results (list[GuidedPrompt]):
    """

    ai_prompts: list[str]
    results: list[GuidedPrompt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_prompts = self.ai_prompts

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ai_prompts": ai_prompts,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guided_prompt import GuidedPrompt  # noqa: PLC0415

        d = dict(src_dict)
        ai_prompts = cast(list[str], d.pop("ai_prompts"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = GuidedPrompt.from_dict(results_item_data)

            results.append(results_item)

        guided_prompts_response = cls(
            ai_prompts=ai_prompts,
            results=results,
        )

        guided_prompts_response.additional_properties = d
        return guided_prompts_response

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
