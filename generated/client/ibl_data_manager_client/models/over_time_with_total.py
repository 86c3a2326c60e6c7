from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.over_time_with_total_data import OverTimeWithTotalData


T = TypeVar("T", bound="OverTimeWithTotal")


@_attrs_define
class OverTimeWithTotal:
    """Returns     {         \"data\": {             \"2022-04-26\": 0,
    \"2022-04-27\": 0,             ...             \"2023-01-01\": 0         },
    \"total\": 0     }

        Attributes:
            data (OverTimeWithTotalData | Unset): Dates are keys and values are the value for the date in the key. e,g
                `{"2020-01-01": 30. ...}`
            total (int | Unset): Total
    """

    data: OverTimeWithTotalData | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.over_time_with_total_data import OverTimeWithTotalData  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: OverTimeWithTotalData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = OverTimeWithTotalData.from_dict(_data)

        total = d.pop("total", UNSET)

        over_time_with_total = cls(
            data=data,
            total=total,
        )

        over_time_with_total.additional_properties = d
        return over_time_with_total

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
