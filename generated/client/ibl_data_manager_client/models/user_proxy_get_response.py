from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserProxyGetResponse")


@_attrs_define
class UserProxyGetResponse:
    """
    Attributes:
        user_id (int):
        username (str):
        email (str):
        active (bool):
        edx_data (Any):
        data (Any):
    """

    user_id: int
    username: str
    email: str
    active: bool
    edx_data: Any
    data: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        active = self.active

        edx_data = self.edx_data

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "active": active,
                "edx_data": edx_data,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        active = d.pop("active")

        edx_data = d.pop("edx_data")

        data = d.pop("data")

        user_proxy_get_response = cls(
            user_id=user_id,
            username=username,
            email=email,
            active=active,
            edx_data=edx_data,
            data=data,
        )

        user_proxy_get_response.additional_properties = d
        return user_proxy_get_response

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
