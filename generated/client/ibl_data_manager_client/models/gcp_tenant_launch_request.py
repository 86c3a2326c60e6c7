from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="GCPTenantLaunchRequest")


@_attrs_define
class GCPTenantLaunchRequest:
    """
    Attributes:
        username (str):
        email (str):
        name (str): Organization name
        key (str): Unique key for the organization
        x_gcp_marketplace_token (str): GCP Marketplace token
        firstname (str | Unset):  Default: ''.
        lastname (str | Unset):  Default: ''.
        password (str | Unset):
        ignore_user_exists (bool | Unset):  Default: False.
        is_advertising (bool | Unset): Advertising mode allows a platform to set custom usd balance to allocate for its
            members Default: False.
        product_id (str | Unset): GCP product to subscribe to Default: ''.
    """

    username: str
    email: str
    name: str
    key: str
    x_gcp_marketplace_token: str
    firstname: str | Unset = ""
    lastname: str | Unset = ""
    password: str | Unset = UNSET
    ignore_user_exists: bool | Unset = False
    is_advertising: bool | Unset = False
    product_id: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        name = self.name

        key = self.key

        x_gcp_marketplace_token = self.x_gcp_marketplace_token

        firstname = self.firstname

        lastname = self.lastname

        password = self.password

        ignore_user_exists = self.ignore_user_exists

        is_advertising = self.is_advertising

        product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
                "name": name,
                "key": key,
                "x_gcp_marketplace_token": x_gcp_marketplace_token,
            }
        )
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if password is not UNSET:
            field_dict["password"] = password
        if ignore_user_exists is not UNSET:
            field_dict["ignore_user_exists"] = ignore_user_exists
        if is_advertising is not UNSET:
            field_dict["is_advertising"] = is_advertising
        if product_id is not UNSET:
            field_dict["product_id"] = product_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("username", (None, str(self.username).encode(), "text/plain")))

        files.append(("email", (None, str(self.email).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("key", (None, str(self.key).encode(), "text/plain")))

        files.append(
            (
                "x_gcp_marketplace_token",
                (None, str(self.x_gcp_marketplace_token).encode(), "text/plain"),
            )
        )

        if not isinstance(self.firstname, Unset):
            files.append(("firstname", (None, str(self.firstname).encode(), "text/plain")))

        if not isinstance(self.lastname, Unset):
            files.append(("lastname", (None, str(self.lastname).encode(), "text/plain")))

        if not isinstance(self.password, Unset):
            files.append(("password", (None, str(self.password).encode(), "text/plain")))

        if not isinstance(self.ignore_user_exists, Unset):
            files.append(
                ("ignore_user_exists", (None, str(self.ignore_user_exists).encode(), "text/plain"))
            )

        if not isinstance(self.is_advertising, Unset):
            files.append(
                ("is_advertising", (None, str(self.is_advertising).encode(), "text/plain"))
            )

        if not isinstance(self.product_id, Unset):
            files.append(("product_id", (None, str(self.product_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        email = d.pop("email")

        name = d.pop("name")

        key = d.pop("key")

        x_gcp_marketplace_token = d.pop("x_gcp_marketplace_token")

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        password = d.pop("password", UNSET)

        ignore_user_exists = d.pop("ignore_user_exists", UNSET)

        is_advertising = d.pop("is_advertising", UNSET)

        product_id = d.pop("product_id", UNSET)

        gcp_tenant_launch_request = cls(
            username=username,
            email=email,
            name=name,
            key=key,
            x_gcp_marketplace_token=x_gcp_marketplace_token,
            firstname=firstname,
            lastname=lastname,
            password=password,
            ignore_user_exists=ignore_user_exists,
            is_advertising=is_advertising,
            product_id=product_id,
        )

        gcp_tenant_launch_request.additional_properties = d
        return gcp_tenant_launch_request

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
