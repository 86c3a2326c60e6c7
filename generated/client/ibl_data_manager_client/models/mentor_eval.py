from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_eval_question import MentorEvalQuestion


T = TypeVar("T", bound="MentorEval")


@_attrs_define
class MentorEval:
    """
    Attributes:
        id (int):
        mentor (str):
        questions (list[MentorEvalQuestion]):
        eval_id (UUID | Unset):
        name (None | str | Unset):
        passing_score (int | Unset):
        evaluation_prompt (str | Unset):
        question_set (int | None | Unset):
    """

    id: int
    mentor: str
    questions: list[MentorEvalQuestion]
    eval_id: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    passing_score: int | Unset = UNSET
    evaluation_prompt: str | Unset = UNSET
    question_set: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = self.mentor

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        eval_id: str | Unset = UNSET
        if not isinstance(self.eval_id, Unset):
            eval_id = str(self.eval_id)

        name: None | str | Unset = self.name

        passing_score = self.passing_score

        evaluation_prompt = self.evaluation_prompt

        question_set: int | None | Unset = self.question_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "questions": questions,
            }
        )
        if eval_id is not UNSET:
            field_dict["eval_id"] = eval_id
        if name is not UNSET:
            field_dict["name"] = name
        if passing_score is not UNSET:
            field_dict["passing_score"] = passing_score
        if evaluation_prompt is not UNSET:
            field_dict["evaluation_prompt"] = evaluation_prompt
        if question_set is not UNSET:
            field_dict["question_set"] = question_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_eval_question import MentorEvalQuestion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        mentor = d.pop("mentor")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = MentorEvalQuestion.from_dict(questions_item_data)

            questions.append(questions_item)

        _eval_id = d.pop("eval_id", UNSET)
        eval_id: UUID | Unset
        if isinstance(_eval_id, Unset):
            eval_id = UNSET
        else:
            eval_id = UUID(_eval_id)

        name = d.pop("name", UNSET)

        passing_score = d.pop("passing_score", UNSET)

        evaluation_prompt = d.pop("evaluation_prompt", UNSET)

        question_set = d.pop("question_set", UNSET)

        mentor_eval = cls(
            id=id,
            mentor=mentor,
            questions=questions,
            eval_id=eval_id,
            name=name,
            passing_score=passing_score,
            evaluation_prompt=evaluation_prompt,
            question_set=question_set,
        )

        mentor_eval.additional_properties = d
        return mentor_eval

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
