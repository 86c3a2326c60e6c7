from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_eval_question_request import MentorEvalQuestionRequest


T = TypeVar("T", bound="MentorEvalRequest")


@_attrs_define
class MentorEvalRequest:
    """
    Attributes:
        id (int | None | Unset):
        name (None | str | Unset):
        passing_score (int | None | Unset):
        questions (list[MentorEvalQuestionRequest] | None | Unset):
        evaluation_prompt (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    passing_score: int | None | Unset = UNSET
    questions: list[MentorEvalQuestionRequest] | None | Unset = UNSET
    evaluation_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset = self.id

        name: None | str | Unset = self.name

        passing_score: int | None | Unset = self.passing_score

        questions: list[dict[str, Any]] | None | Unset
        if isinstance(self.questions, Unset):
            questions = UNSET
        elif isinstance(self.questions, list):
            questions = []
            for questions_type_0_item_data in self.questions:
                questions_type_0_item = questions_type_0_item_data.to_dict()
                questions.append(questions_type_0_item)

        else:
            questions = self.questions

        evaluation_prompt: None | str | Unset = self.evaluation_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if passing_score is not UNSET:
            field_dict["passing_score"] = passing_score
        if questions is not UNSET:
            field_dict["questions"] = questions
        if evaluation_prompt is not UNSET:
            field_dict["evaluation_prompt"] = evaluation_prompt

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.id, Unset):
            if isinstance(self.id, int):
                files.append(("id", (None, str(self.id).encode(), "text/plain")))
            else:
                files.append(("id", (None, str(self.id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.passing_score, Unset):
            if isinstance(self.passing_score, int):
                files.append(
                    ("passing_score", (None, str(self.passing_score).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("passing_score", (None, str(self.passing_score).encode(), "text/plain"))
                )

        if not isinstance(self.questions, Unset):
            if isinstance(self.questions, list):
                for questions_type_0_item_element in self.questions:
                    files.append(
                        (
                            "questions",
                            (
                                None,
                                json.dumps(questions_type_0_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )
            else:
                files.append(("questions", (None, str(self.questions).encode(), "text/plain")))

        if not isinstance(self.evaluation_prompt, Unset):
            if isinstance(self.evaluation_prompt, str):
                files.append(
                    (
                        "evaluation_prompt",
                        (None, str(self.evaluation_prompt).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "evaluation_prompt",
                        (None, str(self.evaluation_prompt).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_eval_question_request import MentorEvalQuestionRequest  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        passing_score = d.pop("passing_score", UNSET)

        def _parse_questions(data: object) -> list[MentorEvalQuestionRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                questions_type_0 = []
                _questions_type_0 = data
                for questions_type_0_item_data in _questions_type_0:
                    questions_type_0_item = MentorEvalQuestionRequest.from_dict(
                        questions_type_0_item_data
                    )

                    questions_type_0.append(questions_type_0_item)

                return questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MentorEvalQuestionRequest] | None | Unset, data)

        questions = _parse_questions(d.pop("questions", UNSET))

        evaluation_prompt = d.pop("evaluation_prompt", UNSET)

        mentor_eval_request = cls(
            id=id,
            name=name,
            passing_score=passing_score,
            questions=questions,
            evaluation_prompt=evaluation_prompt,
        )

        mentor_eval_request.additional_properties = d
        return mentor_eval_request

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
