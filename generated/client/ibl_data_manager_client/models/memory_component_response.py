from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemoryComponentResponse")


@_attrs_define
class MemoryComponentResponse:
    """
    Attributes:
        knowledge_gaps (list[str]):
        lessons_learned (list[str]):
        help_requests (list[str]):
    """

    knowledge_gaps: list[str]
    lessons_learned: list[str]
    help_requests: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_gaps = self.knowledge_gaps

        lessons_learned = self.lessons_learned

        help_requests = self.help_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "knowledge_gaps": knowledge_gaps,
                "lessons_learned": lessons_learned,
                "help_requests": help_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        knowledge_gaps = cast(list[str], d.pop("knowledge_gaps"))

        lessons_learned = cast(list[str], d.pop("lessons_learned"))

        help_requests = cast(list[str], d.pop("help_requests"))

        memory_component_response = cls(
            knowledge_gaps=knowledge_gaps,
            lessons_learned=lessons_learned,
            help_requests=help_requests,
        )

        memory_component_response.additional_properties = d
        return memory_component_response

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
