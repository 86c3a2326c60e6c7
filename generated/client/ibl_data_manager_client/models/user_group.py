from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rbac_platform import RbacPlatform
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup:
    """Serializer for UserGroups.

    Attributes:
        id (int):
        name (None | str): Group display name
        platform (RbacPlatform): Serializer for platforms.
        platform_key (str): The platform key
        owner (RbacUser): Serializer for users.
        description (None | str | Unset): Group description
        users_to_set (list[int] | Unset): List of user IDs to set in this group (replaces all existing users)
    """

    id: int
    name: None | str
    platform: RbacPlatform
    platform_key: str
    owner: RbacUser
    description: None | str | Unset = UNSET
    users_to_set: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str = self.name

        platform = self.platform.to_dict()

        platform_key = self.platform_key

        owner = self.owner.to_dict()

        description: None | str | Unset = self.description

        users_to_set: list[int] | Unset = UNSET
        if not isinstance(self.users_to_set, Unset):
            users_to_set = self.users_to_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
                "platform_key": platform_key,
                "owner": owner,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if users_to_set is not UNSET:
            field_dict["users_to_set"] = users_to_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rbac_platform import RbacPlatform  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        platform = RbacPlatform.from_dict(d.pop("platform"))

        platform_key = d.pop("platform_key")

        owner = RbacUser.from_dict(d.pop("owner"))

        description = d.pop("description", UNSET)

        users_to_set = cast(list[int], d.pop("users_to_set", UNSET))

        user_group = cls(
            id=id,
            name=name,
            platform=platform,
            platform_key=platform_key,
            owner=owner,
            description=description,
            users_to_set=users_to_set,
        )

        user_group.additional_properties = d
        return user_group

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
