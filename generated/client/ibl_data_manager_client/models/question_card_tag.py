from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuestionCardTag")


@_attrs_define
class QuestionCardTag:
    """
    Attributes:
        id (int):
        name (str):
        difficulty (int):
        total_cards (int):
        correct_answers (int):
        correct_rate (float):
    """

    id: int
    name: str
    difficulty: int
    total_cards: int
    correct_answers: int
    correct_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        difficulty = self.difficulty

        total_cards = self.total_cards

        correct_answers = self.correct_answers

        correct_rate = self.correct_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "difficulty": difficulty,
                "total_cards": total_cards,
                "correct_answers": correct_answers,
                "correct_rate": correct_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        difficulty = d.pop("difficulty")

        total_cards = d.pop("total_cards")

        correct_answers = d.pop("correct_answers")

        correct_rate = d.pop("correct_rate")

        question_card_tag = cls(
            id=id,
            name=name,
            difficulty=difficulty,
            total_cards=total_cards,
            correct_answers=correct_answers,
            correct_rate=correct_rate,
        )

        question_card_tag.additional_properties = d
        return question_card_tag

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
