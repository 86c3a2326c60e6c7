from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Answer")


@_attrs_define
class Answer:
    """Serializer for an individual answer choice for a question.  Attributes:     text (str):
    The text of the answer.     is_correct (Optional[bool]): Boolean indicating if this
    answer is correct.

        Attributes:
            text (str):
            is_correct (bool | Unset):  Default: False.
    """

    text: str
    is_correct: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        is_correct = self.is_correct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if is_correct is not UNSET:
            field_dict["is_correct"] = is_correct

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        is_correct = d.pop("is_correct", UNSET)

        answer = cls(
            text=text,
            is_correct=is_correct,
        )

        answer.additional_properties = d
        return answer

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
