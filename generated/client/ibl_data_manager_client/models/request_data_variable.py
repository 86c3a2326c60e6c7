from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestDataVariable")


@_attrs_define
class RequestDataVariable:
    """
    Attributes:
        variable_name (str): Variable Name
        data_set (Any): Data set to be used for prediction
        number_of_data_points (int): Number of Data Points
    """

    variable_name: str
    data_set: Any
    number_of_data_points: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        data_set = self.data_set

        number_of_data_points = self.number_of_data_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_name": variable_name,
                "data_set": data_set,
                "number_of_data_points": number_of_data_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_name = d.pop("variable_name")

        data_set = d.pop("data_set")

        number_of_data_points = d.pop("number_of_data_points")

        request_data_variable = cls(
            variable_name=variable_name,
            data_set=data_set,
            number_of_data_points=number_of_data_points,
        )

        request_data_variable.additional_properties = d
        return request_data_variable

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
