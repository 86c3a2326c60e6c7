from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserTrendByPeriod")


@_attrs_define
class UserTrendByPeriod:
    """
    Attributes:
        periods (list[datetime.datetime]):
        new_users (list[int]):
        veteran_users (list[int]):
    """

    periods: list[datetime.datetime]
    new_users: list[int]
    veteran_users: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.isoformat()
            periods.append(periods_item)

        new_users = self.new_users

        veteran_users = self.veteran_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periods": periods,
                "new_users": new_users,
                "veteran_users": veteran_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        periods = []
        _periods = d.pop("periods")
        for periods_item_data in _periods:
            periods_item = datetime.datetime.fromisoformat(periods_item_data)

            periods.append(periods_item)

        new_users = cast(list[int], d.pop("new_users"))

        veteran_users = cast(list[int], d.pop("veteran_users"))

        user_trend_by_period = cls(
            periods=periods,
            new_users=new_users,
            veteran_users=veteran_users,
        )

        user_trend_by_period.additional_properties = d
        return user_trend_by_period

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
