from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.memory_component_data import MemoryComponentData


T = TypeVar("T", bound="MemoryComponentMemoryDetail")


@_attrs_define
class MemoryComponentMemoryDetail:
    """
    Attributes:
        data (list[MemoryComponentData]):
        catalog_item (str):
        mentor_unique_id (str):
        student (str):
        inserted_at (str):
    """

    data: list[MemoryComponentData]
    catalog_item: str
    mentor_unique_id: str
    student: str
    inserted_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        catalog_item = self.catalog_item

        mentor_unique_id = self.mentor_unique_id

        student = self.student

        inserted_at = self.inserted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "catalog_item": catalog_item,
                "mentor_unique_id": mentor_unique_id,
                "student": student,
                "inserted_at": inserted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_component_data import MemoryComponentData  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = MemoryComponentData.from_dict(data_item_data)

            data.append(data_item)

        catalog_item = d.pop("catalog_item")

        mentor_unique_id = d.pop("mentor_unique_id")

        student = d.pop("student")

        inserted_at = d.pop("inserted_at")

        memory_component_memory_detail = cls(
            data=data,
            catalog_item=catalog_item,
            mentor_unique_id=mentor_unique_id,
            student=student,
            inserted_at=inserted_at,
        )

        memory_component_memory_detail.additional_properties = d
        return memory_component_memory_detail

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
