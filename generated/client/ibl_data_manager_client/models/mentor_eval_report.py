from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_rating import ConversationRating


T = TypeVar("T", bound="MentorEvalReport")


@_attrs_define
class MentorEvalReport:
    """
    Attributes:
        id (int):
        mentor_eval (str):
        mentor (str):
        conversation_ratings (list[ConversationRating]):
        overall_score (float):
        is_passed (bool):
        generated_at (datetime.datetime):
    """

    id: int
    mentor_eval: str
    mentor: str
    conversation_ratings: list[ConversationRating]
    overall_score: float
    is_passed: bool
    generated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor_eval = self.mentor_eval

        mentor = self.mentor

        conversation_ratings = []
        for conversation_ratings_item_data in self.conversation_ratings:
            conversation_ratings_item = conversation_ratings_item_data.to_dict()
            conversation_ratings.append(conversation_ratings_item)

        overall_score = self.overall_score

        is_passed = self.is_passed

        generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor_eval": mentor_eval,
                "mentor": mentor,
                "conversation_ratings": conversation_ratings,
                "overall_score": overall_score,
                "is_passed": is_passed,
                "generated_at": generated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_rating import ConversationRating  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        mentor_eval = d.pop("mentor_eval")

        mentor = d.pop("mentor")

        conversation_ratings = []
        _conversation_ratings = d.pop("conversation_ratings")
        for conversation_ratings_item_data in _conversation_ratings:
            conversation_ratings_item = ConversationRating.from_dict(conversation_ratings_item_data)

            conversation_ratings.append(conversation_ratings_item)

        overall_score = d.pop("overall_score")

        is_passed = d.pop("is_passed")

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        mentor_eval_report = cls(
            id=id,
            mentor_eval=mentor_eval,
            mentor=mentor,
            conversation_ratings=conversation_ratings,
            overall_score=overall_score,
            is_passed=is_passed,
            generated_at=generated_at,
        )

        mentor_eval_report.additional_properties = d
        return mentor_eval_report

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
