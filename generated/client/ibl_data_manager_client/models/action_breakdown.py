from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionBreakdown")


@_attrs_define
class ActionBreakdown:
    """Action/trace name cost breakdown.

    Attributes:
        action (str):
        cost (str):
        sessions (int):
        trace_count (int):
        unique_users (int | Unset):
    """

    action: str
    cost: str
    sessions: int
    trace_count: int
    unique_users: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        cost = self.cost

        sessions = self.sessions

        trace_count = self.trace_count

        unique_users = self.unique_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "cost": cost,
                "sessions": sessions,
                "trace_count": trace_count,
            }
        )
        if unique_users is not UNSET:
            field_dict["unique_users"] = unique_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        cost = d.pop("cost")

        sessions = d.pop("sessions")

        trace_count = d.pop("trace_count")

        unique_users = d.pop("unique_users", UNSET)

        action_breakdown = cls(
            action=action,
            cost=cost,
            sessions=sessions,
            trace_count=trace_count,
            unique_users=unique_users,
        )

        action_breakdown.additional_properties = d
        return action_breakdown

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
