from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="UserProxyPostRequest")


@_attrs_define
class UserProxyPostRequest:
    """
    Attributes:
        user_id (int):
        username (str):
        email (str):
        edx_data (Any):
        data (Any):
    """

    user_id: int
    username: str
    email: str
    edx_data: Any
    data: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        edx_data = self.edx_data

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "edx_data": edx_data,
                "data": data,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        files.append(("username", (None, str(self.username).encode(), "text/plain")))

        files.append(("email", (None, str(self.email).encode(), "text/plain")))

        files.append(("edx_data", (None, str(self.edx_data).encode(), "text/plain")))

        files.append(("data", (None, str(self.data).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        edx_data = d.pop("edx_data")

        data = d.pop("data")

        user_proxy_post_request = cls(
            user_id=user_id,
            username=username,
            email=email,
            edx_data=edx_data,
            data=data,
        )

        user_proxy_post_request.additional_properties = d
        return user_proxy_post_request

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
