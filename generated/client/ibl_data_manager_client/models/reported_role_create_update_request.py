from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reported_role_create_update_request_roles_item import (
        ReportedRoleCreateUpdateRequestRolesItem,
    )


T = TypeVar("T", bound="ReportedRoleCreateUpdateRequest")


@_attrs_define
class ReportedRoleCreateUpdateRequest:
    """Serializer for reported role creation/update request parameters.

    Attributes:
        roles (list[ReportedRoleCreateUpdateRequestRolesItem]): List of roles (can be role IDs or objects with name,
            platform_key, etc.)
        user_id (int | Unset): User ID
        username (str | Unset): Username
        data (Any | Unset): Additional data
    """

    roles: list[ReportedRoleCreateUpdateRequestRolesItem]
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        user_id = self.user_id

        username = self.username

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for roles_item_element in self.roles:
            files.append(
                (
                    "roles",
                    (None, json.dumps(roles_item_element.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.user_id, Unset):
            files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.data, Unset):
            files.append(("data", (None, str(self.data).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reported_role_create_update_request_roles_item import (
            ReportedRoleCreateUpdateRequestRolesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = ReportedRoleCreateUpdateRequestRolesItem.from_dict(roles_item_data)

            roles.append(roles_item)

        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        data = d.pop("data", UNSET)

        reported_role_create_update_request = cls(
            roles=roles,
            user_id=user_id,
            username=username,
            data=data,
        )

        reported_role_create_update_request.additional_properties = d
        return reported_role_create_update_request

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
