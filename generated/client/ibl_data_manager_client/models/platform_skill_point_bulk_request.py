from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_skill_point_bulk_request_skill_point_data_item import (
        PlatformSkillPointBulkRequestSkillPointDataItem,
    )


T = TypeVar("T", bound="PlatformSkillPointBulkRequest")


@_attrs_define
class PlatformSkillPointBulkRequest:
    """Request serializer for PlatformSkillPointBulkManagementView POST endpoint.

    Attributes:
        skill_point_data (list[PlatformSkillPointBulkRequestSkillPointDataItem]): List of skill point data objects to
            create/update
        platform_key (str | Unset): Platform key identifier (required for platform admin access)
    """

    skill_point_data: list[PlatformSkillPointBulkRequestSkillPointDataItem]
    platform_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_point_data = []
        for skill_point_data_item_data in self.skill_point_data:
            skill_point_data_item = skill_point_data_item_data.to_dict()
            skill_point_data.append(skill_point_data_item)

        platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill_point_data": skill_point_data,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for skill_point_data_item_element in self.skill_point_data:
            files.append(
                (
                    "skill_point_data",
                    (
                        None,
                        json.dumps(skill_point_data_item_element.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_skill_point_bulk_request_skill_point_data_item import (
            PlatformSkillPointBulkRequestSkillPointDataItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        skill_point_data = []
        _skill_point_data = d.pop("skill_point_data")
        for skill_point_data_item_data in _skill_point_data:
            skill_point_data_item = PlatformSkillPointBulkRequestSkillPointDataItem.from_dict(
                skill_point_data_item_data
            )

            skill_point_data.append(skill_point_data_item)

        platform_key = d.pop("platform_key", UNSET)

        platform_skill_point_bulk_request = cls(
            skill_point_data=skill_point_data,
            platform_key=platform_key,
        )

        platform_skill_point_bulk_request.additional_properties = d
        return platform_skill_point_bulk_request

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
