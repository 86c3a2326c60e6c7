from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.platform_configuration_set_response_results_item import (
        PlatformConfigurationSetResponseResultsItem,
    )


T = TypeVar("T", bound="PlatformConfigurationSetResponse")


@_attrs_define
class PlatformConfigurationSetResponse:
    """Response serializer for setting platform configurations

    Attributes:
        platform_key (str):
        results (list[PlatformConfigurationSetResponseResultsItem]): Results for each configuration item
        total_set (int): Total number of configurations set
    """

    platform_key: str
    results: list[PlatformConfigurationSetResponseResultsItem]
    total_set: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total_set = self.total_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "results": results,
                "total_set": total_set,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_configuration_set_response_results_item import (
            PlatformConfigurationSetResponseResultsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PlatformConfigurationSetResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        total_set = d.pop("total_set")

        platform_configuration_set_response = cls(
            platform_key=platform_key,
            results=results,
            total_set=total_set,
        )

        platform_configuration_set_response.additional_properties = d
        return platform_configuration_set_response

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
