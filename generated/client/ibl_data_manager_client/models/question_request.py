from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_question import InputQuestion


T = TypeVar("T", bound="QuestionRequest")


@_attrs_define
class QuestionRequest:
    """Serializer for incoming request data that includes initial questions and the username.
    Attributes:     username (str): Username of the requesting student or user.
    initial_questions (list[InputQuestionSerializer]): List of initial questions provided by
    the LMS.     question_count (int): Number of questions the mentor (llm) should generate

        Attributes:
            username (str):
            initial_questions (list[InputQuestion]):
            subject (str):
            question_count (int | Unset):  Default: 20.
    """

    username: str
    initial_questions: list[InputQuestion]
    subject: str
    question_count: int | Unset = 20
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        initial_questions = []
        for initial_questions_item_data in self.initial_questions:
            initial_questions_item = initial_questions_item_data.to_dict()
            initial_questions.append(initial_questions_item)

        subject = self.subject

        question_count = self.question_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "initial_questions": initial_questions,
                "subject": subject,
            }
        )
        if question_count is not UNSET:
            field_dict["question_count"] = question_count

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("username", (None, str(self.username).encode(), "text/plain")))

        for initial_questions_item_element in self.initial_questions:
            files.append(
                (
                    "initial_questions",
                    (
                        None,
                        json.dumps(initial_questions_item_element.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        files.append(("subject", (None, str(self.subject).encode(), "text/plain")))

        if not isinstance(self.question_count, Unset):
            files.append(
                ("question_count", (None, str(self.question_count).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.input_question import InputQuestion  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username")

        initial_questions = []
        _initial_questions = d.pop("initial_questions")
        for initial_questions_item_data in _initial_questions:
            initial_questions_item = InputQuestion.from_dict(initial_questions_item_data)

            initial_questions.append(initial_questions_item)

        subject = d.pop("subject")

        question_count = d.pop("question_count", UNSET)

        question_request = cls(
            username=username,
            initial_questions=initial_questions,
            subject=subject,
            question_count=question_count,
        )

        question_request.additional_properties = d
        return question_request

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
