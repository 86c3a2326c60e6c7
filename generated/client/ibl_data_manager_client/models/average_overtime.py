from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.average_overtime_data import AverageOvertimeData


T = TypeVar("T", bound="AverageOvertime")


@_attrs_define
class AverageOvertime:
    """Returns     {         \"data\": {             \"2022-04-26\": 0,
    \"2022-04-27\": 0,             ...             \"2023-01-01\": 0         },
    \"average\": 0     }

        Attributes:
            data (AverageOvertimeData | Unset): Dates are keys and values are the value for the date in the key. e,g
                `{"2020-01-01": 30. ...}`
            average (float | Unset): average
    """

    data: AverageOvertimeData | Unset = UNSET
    average: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        average = self.average

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if average is not UNSET:
            field_dict["average"] = average

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.average_overtime_data import AverageOvertimeData  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: AverageOvertimeData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AverageOvertimeData.from_dict(_data)

        average = d.pop("average", UNSET)

        average_overtime = cls(
            data=data,
            average=average,
        )

        average_overtime.additional_properties = d
        return average_overtime

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
