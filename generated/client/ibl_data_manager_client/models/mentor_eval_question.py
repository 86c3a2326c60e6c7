from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorEvalQuestion")


@_attrs_define
class MentorEvalQuestion:
    """
    Attributes:
        id (int):
        content (str):
        sample_answer (None | str | Unset):
    """

    id: int
    content: str
    sample_answer: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        sample_answer: None | str | Unset = self.sample_answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
            }
        )
        if sample_answer is not UNSET:
            field_dict["sample_answer"] = sample_answer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        content = d.pop("content")

        sample_answer = d.pop("sample_answer", UNSET)

        mentor_eval_question = cls(
            id=id,
            content=content,
            sample_answer=sample_answer,
        )

        mentor_eval_question.additional_properties = d
        return mentor_eval_question

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
