from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block_skill_point_info_request_point_data import (
        BlockSkillPointInfoRequestPointData,
    )


T = TypeVar("T", bound="BlockSkillPointInfoRequest")


@_attrs_define
class BlockSkillPointInfoRequest:
    """Request serializer for BlockSkillPointInfoView POST endpoint. Validates request body for
    updating block skill point information.

        Attributes:
            block_id (str): ID of the block to update skill point information for
            point_data (BlockSkillPointInfoRequestPointData): Dictionary mapping skill names to point values. Example:
                {'skill_name': 5}
            overwrite (bool | Unset): If True, removes all skills not in point_data. If False, only updates specified
                skills. Default: True.
    """

    block_id: str
    point_data: BlockSkillPointInfoRequestPointData
    overwrite: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_id = self.block_id

        point_data = self.point_data.to_dict()

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_id": block_id,
                "point_data": point_data,
            }
        )
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("block_id", (None, str(self.block_id).encode(), "text/plain")))

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
        from ..models.block_skill_point_info_request_point_data import (
            BlockSkillPointInfoRequestPointData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        block_id = d.pop("block_id")

        point_data = BlockSkillPointInfoRequestPointData.from_dict(d.pop("point_data"))

        overwrite = d.pop("overwrite", UNSET)

        block_skill_point_info_request = cls(
            block_id=block_id,
            point_data=point_data,
            overwrite=overwrite,
        )

        block_skill_point_info_request.additional_properties = d
        return block_skill_point_info_request

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
