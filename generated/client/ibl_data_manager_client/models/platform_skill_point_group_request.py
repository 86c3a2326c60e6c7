from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_skill_point_group_request_point_data import (
        PlatformSkillPointGroupRequestPointData,
    )


T = TypeVar("T", bound="PlatformSkillPointGroupRequest")


@_attrs_define
class PlatformSkillPointGroupRequest:
    """Request serializer for PlatformSkillPointGroupManagementView POST endpoint.

    Attributes:
        platform_key (str): Platform key identifier
        group_id (int): ID of the user group to update
        point_data (PlatformSkillPointGroupRequestPointData): Dictionary mapping skill names to point values to apply to
            group
        overwrite (bool | Unset): If True, removes all skills not in point_data. If False, only updates specified
            skills. Default: True.
    """

    platform_key: str
    group_id: int
    point_data: PlatformSkillPointGroupRequestPointData
    overwrite: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        group_id = self.group_id

        point_data = self.point_data.to_dict()

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "group_id": group_id,
                "point_data": point_data,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(("group_id", (None, str(self.group_id).encode(), "text/plain")))

        files.append(
            (
                "point_data",
                (None, json.dumps(self.point_data.to_dict()).encode(), "application/json"),
            )
        )

        if not isinstance(self.overwrite, Unset):
            files.append(("overwrite", (None, str(self.overwrite).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_skill_point_group_request_point_data import (
            PlatformSkillPointGroupRequestPointData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        group_id = d.pop("group_id")

        point_data = PlatformSkillPointGroupRequestPointData.from_dict(d.pop("point_data"))

        overwrite = d.pop("overwrite", UNSET)

        platform_skill_point_group_request = cls(
            platform_key=platform_key,
            group_id=group_id,
            point_data=point_data,
            overwrite=overwrite,
        )

        platform_skill_point_group_request.additional_properties = d
        return platform_skill_point_group_request

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
