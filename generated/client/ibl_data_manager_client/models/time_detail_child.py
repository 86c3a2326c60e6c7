from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeDetailChild")


@_attrs_define
class TimeDetailChild:
    """
    Attributes:
        average_time (float): Average time spent
        display_name (str): Subsection Display name
        id (str): Subsection HTML id
        block_id (str): Subsection block id
        total_time (int | Unset): Total time spent
        total_users (int | Unset): Total users who accessed the subsection
    """

    average_time: float
    display_name: str
    id: str
    block_id: str
    total_time: int | Unset = UNSET
    total_users: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_time = self.average_time

        display_name = self.display_name

        id = self.id

        block_id = self.block_id

        total_time = self.total_time

        total_users = self.total_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_time": average_time,
                "display_name": display_name,
                "id": id,
                "block_id": block_id,
            }
        )
        if total_time is not UNSET:
            field_dict["total_time"] = total_time
        if total_users is not UNSET:
            field_dict["total_users"] = total_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_time = d.pop("average_time")

        display_name = d.pop("display_name")

        id = d.pop("id")

        block_id = d.pop("block_id")

        total_time = d.pop("total_time", UNSET)

        total_users = d.pop("total_users", UNSET)

        time_detail_child = cls(
            average_time=average_time,
            display_name=display_name,
            id=id,
            block_id=block_id,
            total_time=total_time,
            total_users=total_users,
        )

        time_detail_child.additional_properties = d
        return time_detail_child

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
