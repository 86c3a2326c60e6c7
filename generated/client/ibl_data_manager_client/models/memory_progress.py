from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemoryProgress")


@_attrs_define
class MemoryProgress:
    """
    Attributes:
        memory_type (str):
        all_units (int | None):
        all_unit_names (list[str] | None):
        current_unit (int | None):
        current_unit_name (None | str):
        item_name (None | str):
    """

    memory_type: str
    all_units: int | None
    all_unit_names: list[str] | None
    current_unit: int | None
    current_unit_name: None | str
    item_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_type = self.memory_type

        all_units: int | None = self.all_units

        all_unit_names: list[str] | None
        if isinstance(self.all_unit_names, list):
            all_unit_names = self.all_unit_names

        else:
            all_unit_names = self.all_unit_names

        current_unit: int | None = self.current_unit

        current_unit_name: None | str = self.current_unit_name

        item_name: None | str = self.item_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memory_type": memory_type,
                "all_units": all_units,
                "all_unit_names": all_unit_names,
                "current_unit": current_unit,
                "current_unit_name": current_unit_name,
                "item_name": item_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        memory_type = d.pop("memory_type")

        all_units = d.pop("all_units")

        def _parse_all_unit_names(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                all_unit_names_type_0 = cast(list[str], data)

                return all_unit_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        all_unit_names = _parse_all_unit_names(d.pop("all_unit_names"))

        current_unit = d.pop("current_unit")

        current_unit_name = d.pop("current_unit_name")

        item_name = d.pop("item_name")

        memory_progress = cls(
            memory_type=memory_type,
            all_units=all_units,
            all_unit_names=all_unit_names,
            current_unit=current_unit,
            current_unit_name=current_unit_name,
            item_name=item_name,
        )

        memory_progress.additional_properties = d
        return memory_progress

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
