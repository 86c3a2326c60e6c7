from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorMemorySettingsResponse")


@_attrs_define
class MentorMemorySettingsResponse:
    """
    Attributes:
        item_type (None | str):
        item_identifier (None | str):
        learner_advance_correct_rate (float | None | Unset):
        learner_advance_question_count (int | None | Unset):
    """

    item_type: None | str
    item_identifier: None | str
    learner_advance_correct_rate: float | None | Unset = UNSET
    learner_advance_question_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type: None | str = self.item_type

        item_identifier: None | str = self.item_identifier

        learner_advance_correct_rate: float | None | Unset = self.learner_advance_correct_rate

        learner_advance_question_count: int | None | Unset = self.learner_advance_question_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_type": item_type,
                "item_identifier": item_identifier,
            }
        )
        if learner_advance_correct_rate is not UNSET:
            field_dict["learner_advance_correct_rate"] = learner_advance_correct_rate
        if learner_advance_question_count is not UNSET:
            field_dict["learner_advance_question_count"] = learner_advance_question_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_type = d.pop("item_type")

        item_identifier = d.pop("item_identifier")

        learner_advance_correct_rate = d.pop("learner_advance_correct_rate", UNSET)

        learner_advance_question_count = d.pop("learner_advance_question_count", UNSET)

        mentor_memory_settings_response = cls(
            item_type=item_type,
            item_identifier=item_identifier,
            learner_advance_correct_rate=learner_advance_correct_rate,
            learner_advance_question_count=learner_advance_question_count,
        )

        mentor_memory_settings_response.additional_properties = d
        return mentor_memory_settings_response

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
