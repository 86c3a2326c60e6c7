from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pathway_create_update_request_path_item import PathwayCreateUpdateRequestPathItem


T = TypeVar("T", bound="PathwayCreateUpdateRequest")


@_attrs_define
class PathwayCreateUpdateRequest:
    """Serializer for pathway creation/update request body.

    Attributes:
        user_id (int): User ID of the pathway owner
        name (str): Pathway name
        path (list[PathwayCreateUpdateRequestPathItem]): List of items in the pathway with item_id and optional position
        pathway_id (str | Unset): Pathway ID
        pathway_uuid (str | Unset): Pathway UUID
        username (str | Unset): Username of the pathway owner
        slug (str | Unset): Pathway slug
        visible (bool | Unset): Whether the pathway is visible Default: True.
        platform_key (str | Unset): Platform key
        data (Any | Unset): Additional pathway data
    """

    user_id: int
    name: str
    path: list[PathwayCreateUpdateRequestPathItem]
    pathway_id: str | Unset = UNSET
    pathway_uuid: str | Unset = UNSET
    username: str | Unset = UNSET
    slug: str | Unset = UNSET
    visible: bool | Unset = True
    platform_key: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name = self.name

        path = []
        for path_item_data in self.path:
            path_item = path_item_data.to_dict()
            path.append(path_item)

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        username = self.username

        slug = self.slug

        visible = self.visible

        platform_key = self.platform_key

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "name": name,
                "path": path,
            }
        )
        if pathway_id is not UNSET:
            field_dict["pathway_id"] = pathway_id
        if pathway_uuid is not UNSET:
            field_dict["pathway_uuid"] = pathway_uuid
        if username is not UNSET:
            field_dict["username"] = username
        if slug is not UNSET:
            field_dict["slug"] = slug
        if visible is not UNSET:
            field_dict["visible"] = visible
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for path_item_element in self.path:
            files.append(
                (
                    "path",
                    (None, json.dumps(path_item_element.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.pathway_id, Unset):
            files.append(("pathway_id", (None, str(self.pathway_id).encode(), "text/plain")))

        if not isinstance(self.pathway_uuid, Unset):
            files.append(("pathway_uuid", (None, str(self.pathway_uuid).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.visible, Unset):
            files.append(("visible", (None, str(self.visible).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.data, Unset):
            files.append(("data", (None, str(self.data).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pathway_create_update_request_path_item import (
            PathwayCreateUpdateRequestPathItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        user_id = d.pop("user_id")

        name = d.pop("name")

        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = PathwayCreateUpdateRequestPathItem.from_dict(path_item_data)

            path.append(path_item)

        pathway_id = d.pop("pathway_id", UNSET)

        pathway_uuid = d.pop("pathway_uuid", UNSET)

        username = d.pop("username", UNSET)

        slug = d.pop("slug", UNSET)

        visible = d.pop("visible", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        data = d.pop("data", UNSET)

        pathway_create_update_request = cls(
            user_id=user_id,
            name=name,
            path=path,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            username=username,
            slug=slug,
            visible=visible,
            platform_key=platform_key,
            data=data,
        )

        pathway_create_update_request.additional_properties = d
        return pathway_create_update_request

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
