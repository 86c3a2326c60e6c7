from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.request_data_variable import RequestDataVariable


T = TypeVar("T", bound="ReuestDataVariableList")


@_attrs_define
class ReuestDataVariableList:
    """
    Attributes:
        data_variables (list[RequestDataVariable]):
    """

    data_variables: list[RequestDataVariable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_variables = []
        for data_variables_item_data in self.data_variables:
            data_variables_item = data_variables_item_data.to_dict()
            data_variables.append(data_variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_variables": data_variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_data_variable import RequestDataVariable  # noqa: PLC0415

        d = dict(src_dict)
        data_variables = []
        _data_variables = d.pop("data_variables")
        for data_variables_item_data in _data_variables:
            data_variables_item = RequestDataVariable.from_dict(data_variables_item_data)

            data_variables.append(data_variables_item)

        reuest_data_variable_list = cls(
            data_variables=data_variables,
        )

        reuest_data_variable_list.additional_properties = d
        return reuest_data_variable_list

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
