from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorBreakdown")


@_attrs_define
class MentorBreakdown:
    """Mentor cost breakdown.

    Attributes:
        mentor (str):
        cost (str):
        sessions (int):
        mentor_name (str | Unset):
    """

    mentor: str
    cost: str
    sessions: int
    mentor_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor = self.mentor

        cost = self.cost

        sessions = self.sessions

        mentor_name = self.mentor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor": mentor,
                "cost": cost,
                "sessions": sessions,
            }
        )
        if mentor_name is not UNSET:
            field_dict["mentor_name"] = mentor_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor = d.pop("mentor")

        cost = d.pop("cost")

        sessions = d.pop("sessions")

        mentor_name = d.pop("mentor_name", UNSET)

        mentor_breakdown = cls(
            mentor=mentor,
            cost=cost,
            sessions=sessions,
            mentor_name=mentor_name,
        )

        mentor_breakdown.additional_properties = d
        return mentor_breakdown

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
