from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intial_question_answer import IntialQuestionAnswer


T = TypeVar("T", bound="InputQuestion")


@_attrs_define
class InputQuestion:
    """
    Attributes:
        text (str):
        possible_answers (list[IntialQuestionAnswer]):
        difficulty_level (int | Unset):
    """

    text: str
    possible_answers: list[IntialQuestionAnswer]
    difficulty_level: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        possible_answers = []
        for possible_answers_item_data in self.possible_answers:
            possible_answers_item = possible_answers_item_data.to_dict()
            possible_answers.append(possible_answers_item)

        difficulty_level = self.difficulty_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "possible_answers": possible_answers,
            }
        )
        if difficulty_level is not UNSET:
            field_dict["difficulty_level"] = difficulty_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intial_question_answer import IntialQuestionAnswer  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        possible_answers = []
        _possible_answers = d.pop("possible_answers")
        for possible_answers_item_data in _possible_answers:
            possible_answers_item = IntialQuestionAnswer.from_dict(possible_answers_item_data)

            possible_answers.append(possible_answers_item)

        difficulty_level = d.pop("difficulty_level", UNSET)

        input_question = cls(
            text=text,
            possible_answers=possible_answers,
            difficulty_level=difficulty_level,
        )

        input_question.additional_properties = d
        return input_question

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
