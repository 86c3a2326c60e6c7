from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rbac_platform import RbacPlatform
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="RbacGroup")


@_attrs_define
class RbacGroup:
    """Serializer for RBAC groups.

    Attributes:
        id (int):
        unique_id (str): The unique identifier for the group
        platform (RbacPlatform): Serializer for platforms.
        platform_key (str): The platform key
        owner (RbacUser): Serializer for users.
        users (list[RbacUser]):
        is_internal (bool): When True, this group is internal to the system and cannot be viewed or modified by tenants
            via API endpoints.
        name (str | Unset): Optional name of the group
        description (str | Unset): Optional group description
        users_to_add (list[int] | Unset): List of user IDs to add to this group
        users_to_remove (list[int] | Unset): List of user IDs to remove from this group
    """

    id: int
    unique_id: str
    platform: RbacPlatform
    platform_key: str
    owner: RbacUser
    users: list[RbacUser]
    is_internal: bool
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    users_to_add: list[int] | Unset = UNSET
    users_to_remove: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unique_id = self.unique_id

        platform = self.platform.to_dict()

        platform_key = self.platform_key

        owner = self.owner.to_dict()

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        is_internal = self.is_internal

        name = self.name

        description = self.description

        users_to_add: list[int] | Unset = UNSET
        if not isinstance(self.users_to_add, Unset):
            users_to_add = self.users_to_add

        users_to_remove: list[int] | Unset = UNSET
        if not isinstance(self.users_to_remove, Unset):
            users_to_remove = self.users_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "unique_id": unique_id,
                "platform": platform,
                "platform_key": platform_key,
                "owner": owner,
                "users": users,
                "is_internal": is_internal,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if users_to_add is not UNSET:
            field_dict["users_to_add"] = users_to_add
        if users_to_remove is not UNSET:
            field_dict["users_to_remove"] = users_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_platform import RbacPlatform  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        unique_id = d.pop("unique_id")

        platform = RbacPlatform.from_dict(d.pop("platform"))

        platform_key = d.pop("platform_key")

        owner = RbacUser.from_dict(d.pop("owner"))

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = RbacUser.from_dict(users_item_data)

            users.append(users_item)

        is_internal = d.pop("is_internal")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        users_to_add = cast(list[int], d.pop("users_to_add", UNSET))

        users_to_remove = cast(list[int], d.pop("users_to_remove", UNSET))

        rbac_group = cls(
            id=id,
            unique_id=unique_id,
            platform=platform,
            platform_key=platform_key,
            owner=owner,
            users=users,
            is_internal=is_internal,
            name=name,
            description=description,
            users_to_add=users_to_add,
            users_to_remove=users_to_remove,
        )

        rbac_group.additional_properties = d
        return rbac_group

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
