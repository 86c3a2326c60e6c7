from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mentor_session import MentorSession


T = TypeVar("T", bound="MentorData")


@_attrs_define
class MentorData:
    """
    Attributes:
        mentor_unique_id (str):
        mentor_name (str):
        total_cost (float):
        mentor_sessions (list[MentorSession]):
    """

    mentor_unique_id: str
    mentor_name: str
    total_cost: float
    mentor_sessions: list[MentorSession]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_unique_id = self.mentor_unique_id

        mentor_name = self.mentor_name

        total_cost = self.total_cost

        mentor_sessions = []
        for mentor_sessions_item_data in self.mentor_sessions:
            mentor_sessions_item = mentor_sessions_item_data.to_dict()
            mentor_sessions.append(mentor_sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_unique_id": mentor_unique_id,
                "mentor_name": mentor_name,
                "total_cost": total_cost,
                "mentor_sessions": mentor_sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_session import MentorSession  # noqa: PLC0415

        d = dict(src_dict)
        mentor_unique_id = d.pop("mentor_unique_id")

        mentor_name = d.pop("mentor_name")

        total_cost = d.pop("total_cost")

        mentor_sessions = []
        _mentor_sessions = d.pop("mentor_sessions")
        for mentor_sessions_item_data in _mentor_sessions:
            mentor_sessions_item = MentorSession.from_dict(mentor_sessions_item_data)

            mentor_sessions.append(mentor_sessions_item)

        mentor_data = cls(
            mentor_unique_id=mentor_unique_id,
            mentor_name=mentor_name,
            total_cost=total_cost,
            mentor_sessions=mentor_sessions,
        )

        mentor_data.additional_properties = d
        return mentor_data

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
