from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorInteractions")


@_attrs_define
class MentorInteractions:
    """
    Attributes:
        total_messages (int):
        latest_interaction (datetime.datetime | None | Unset):
        rating (float | None | Unset):
    """

    total_messages: int
    latest_interaction: datetime.datetime | None | Unset = UNSET
    rating: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_messages = self.total_messages

        latest_interaction: None | str | Unset
        if isinstance(self.latest_interaction, Unset):
            latest_interaction = UNSET
        elif isinstance(self.latest_interaction, datetime.datetime):
            latest_interaction = self.latest_interaction.isoformat()
        else:
            latest_interaction = self.latest_interaction

        rating: float | None | Unset = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_messages": total_messages,
            }
        )
        if latest_interaction is not UNSET:
            field_dict["latest_interaction"] = latest_interaction
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_messages = d.pop("total_messages")

        def _parse_latest_interaction(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_interaction_type_0 = datetime.datetime.fromisoformat(data)

                return latest_interaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        latest_interaction = _parse_latest_interaction(d.pop("latest_interaction", UNSET))

        rating = d.pop("rating", UNSET)

        mentor_interactions = cls(
            total_messages=total_messages,
            latest_interaction=latest_interaction,
            rating=rating,
        )

        mentor_interactions.additional_properties = d
        return mentor_interactions

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
