from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenProxyUser")


@_attrs_define
class TokenProxyUser:
    """Serializer for User model for TokenProxyOutputSerializerData

    Attributes:
        user_id (int): Edx User ID
        user_email (str): User's Edx Email
        user_nicename (str): Username
        user_display_name (str): User's display name
        user_fullname (str): Edx Full Name
    """

    user_id: int
    user_email: str
    user_nicename: str
    user_display_name: str
    user_fullname: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_email = self.user_email

        user_nicename = self.user_nicename

        user_display_name = self.user_display_name

        user_fullname = self.user_fullname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "user_email": user_email,
                "user_nicename": user_nicename,
                "user_display_name": user_display_name,
                "user_fullname": user_fullname,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        user_email = d.pop("user_email")

        user_nicename = d.pop("user_nicename")

        user_display_name = d.pop("user_display_name")

        user_fullname = d.pop("user_fullname")

        token_proxy_user = cls(
            user_id=user_id,
            user_email=user_email,
            user_nicename=user_nicename,
            user_display_name=user_display_name,
            user_fullname=user_fullname,
        )

        token_proxy_user.additional_properties = d
        return token_proxy_user

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
