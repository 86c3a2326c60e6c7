from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.configuration_item import ConfigurationItem


T = TypeVar("T", bound="PlatformConfigurationSet")


@_attrs_define
class PlatformConfigurationSet:
    """Serializer for setting platform configurations

    Attributes:
        platform_key (str): Platform key to set configurations for
        configurations (list[ConfigurationItem]): List of configurations to set
    """

    platform_key: str
    configurations: list[ConfigurationItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        configurations = []
        for configurations_item_data in self.configurations:
            configurations_item = configurations_item_data.to_dict()
            configurations.append(configurations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "configurations": configurations,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        for configurations_item_element in self.configurations:
            files.append(
                (
                    "configurations",
                    (
                        None,
                        json.dumps(configurations_item_element.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_item import ConfigurationItem  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        configurations = []
        _configurations = d.pop("configurations")
        for configurations_item_data in _configurations:
            configurations_item = ConfigurationItem.from_dict(configurations_item_data)

            configurations.append(configurations_item)

        platform_configuration_set = cls(
            platform_key=platform_key,
            configurations=configurations,
        )

        platform_configuration_set.additional_properties = d
        return platform_configuration_set

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
