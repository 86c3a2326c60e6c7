from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_time_child import SubTimeChild


T = TypeVar("T", bound="TimeChildData")


@_attrs_define
class TimeChildData:
    """
    Attributes:
        display_name (str): Display name
        id (str): block id
        children (list[SubTimeChild]):
        block_id (str | Unset): block id
        total_time (int | Unset): Total time spent
    """

    display_name: str
    id: str
    children: list[SubTimeChild]
    block_id: str | Unset = UNSET
    total_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        block_id = self.block_id

        total_time = self.total_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "id": id,
                "children": children,
            }
        )
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if total_time is not UNSET:
            field_dict["total_time"] = total_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_time_child import SubTimeChild  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        id = d.pop("id")

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = SubTimeChild.from_dict(children_item_data)

            children.append(children_item)

        block_id = d.pop("block_id", UNSET)

        total_time = d.pop("total_time", UNSET)

        time_child_data = cls(
            display_name=display_name,
            id=id,
            children=children,
            block_id=block_id,
            total_time=total_time,
        )

        time_child_data.additional_properties = d
        return time_child_data

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
