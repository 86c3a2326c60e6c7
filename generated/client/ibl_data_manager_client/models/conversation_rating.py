from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationRating")


@_attrs_define
class ConversationRating:
    """
    Attributes:
        id (int):
        full_conversation_text (str):
        rating_text (None | str | Unset):
        score (float | None | Unset):
    """

    id: int
    full_conversation_text: str
    rating_text: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_conversation_text = self.full_conversation_text

        rating_text: None | str | Unset = self.rating_text

        score: float | None | Unset = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "full_conversation_text": full_conversation_text,
            }
        )
        if rating_text is not UNSET:
            field_dict["rating_text"] = rating_text
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        full_conversation_text = d.pop("full_conversation_text")

        rating_text = d.pop("rating_text", UNSET)

        score = d.pop("score", UNSET)

        conversation_rating = cls(
            id=id,
            full_conversation_text=full_conversation_text,
            rating_text=rating_text,
            score=score,
        )

        conversation_rating.additional_properties = d
        return conversation_rating

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
