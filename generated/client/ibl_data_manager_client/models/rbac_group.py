from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform import Platform
    from ..models.rbac_user import RbacUser


T = TypeVar("T", bound="RbacGroup")


@_attrs_define
class RbacGroup:
    """
    Attributes:
        id (int):
        unique_id (str): The unique identifier for the group
        platform (Platform): Serializer for platforms.
        owner (RbacUser): Serializer for users.
        users (list[RbacUser]):
        is_internal (bool): When True, this group is internal to the system and cannot be viewed or modified by tenants
            via API endpoints.
        name (str | Unset): Optional name of the group
        description (str | Unset): Optional group description
    """

    id: int
    unique_id: str
    platform: Platform
    owner: RbacUser
    users: list[RbacUser]
    is_internal: bool
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unique_id = self.unique_id

        platform = self.platform.to_dict()

        owner = self.owner.to_dict()

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        is_internal = self.is_internal

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "unique_id": unique_id,
                "platform": platform,
                "owner": owner,
                "users": users,
                "is_internal": is_internal,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform import Platform  # noqa: PLC0415
        from ..models.rbac_user import RbacUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        unique_id = d.pop("unique_id")

        platform = Platform.from_dict(d.pop("platform"))

        owner = RbacUser.from_dict(d.pop("owner"))

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = RbacUser.from_dict(users_item_data)

            users.append(users_item)

        is_internal = d.pop("is_internal")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        rbac_group = cls(
            id=id,
            unique_id=unique_id,
            platform=platform,
            owner=owner,
            users=users,
            is_internal=is_internal,
            name=name,
            description=description,
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
