from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_skill_point_request_point_data import PlatformSkillPointRequestPointData


T = TypeVar("T", bound="PlatformSkillPointRequest")


@_attrs_define
class PlatformSkillPointRequest:
    """Request serializer for PlatformSkillPointManagementView POST endpoint.

    Attributes:
        username (str): Username to update skill points for
        platform_key (str): Platform key identifier
        point_data (PlatformSkillPointRequestPointData): Dictionary mapping skill names to point values. Example:
            {'skill_name': 5}
        overwrite (bool | Unset): If True, removes all skills not in point_data. If False, only updates specified
            skills. Default: True.
    """

    username: str
    platform_key: str
    point_data: PlatformSkillPointRequestPointData
    overwrite: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        platform_key = self.platform_key

        point_data = self.point_data.to_dict()

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "platform_key": platform_key,
                "point_data": point_data,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("username", (None, str(self.username).encode(), "text/plain")))

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

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
        from ..models.platform_skill_point_request_point_data import (
            PlatformSkillPointRequestPointData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        username = d.pop("username")

        platform_key = d.pop("platform_key")

        point_data = PlatformSkillPointRequestPointData.from_dict(d.pop("point_data"))

        overwrite = d.pop("overwrite", UNSET)

        platform_skill_point_request = cls(
            username=username,
            platform_key=platform_key,
            point_data=point_data,
            overwrite=overwrite,
        )

        platform_skill_point_request.additional_properties = d
        return platform_skill_point_request

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
