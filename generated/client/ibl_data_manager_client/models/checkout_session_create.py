from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutSessionCreate")


@_attrs_define
class CheckoutSessionCreate:
    """
    Attributes:
        price_id (UUID):
        success_url (None | str | Unset):
        cancel_url (None | str | Unset):
        email (None | str | Unset):
    """

    price_id: UUID
    success_url: None | str | Unset = UNSET
    cancel_url: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_id = str(self.price_id)

        success_url: None | str | Unset = self.success_url

        cancel_url: None | str | Unset = self.cancel_url

        email: None | str | Unset = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_id": price_id,
            }
        )
        if success_url is not UNSET:
            field_dict["success_url"] = success_url
        if cancel_url is not UNSET:
            field_dict["cancel_url"] = cancel_url
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("price_id", (None, str(self.price_id), "text/plain")))

        if not isinstance(self.success_url, Unset):
            if isinstance(self.success_url, str):
                files.append(("success_url", (None, str(self.success_url).encode(), "text/plain")))
            else:
                files.append(("success_url", (None, str(self.success_url).encode(), "text/plain")))

        if not isinstance(self.cancel_url, Unset):
            if isinstance(self.cancel_url, str):
                files.append(("cancel_url", (None, str(self.cancel_url).encode(), "text/plain")))
            else:
                files.append(("cancel_url", (None, str(self.cancel_url).encode(), "text/plain")))

        if not isinstance(self.email, Unset):
            if isinstance(self.email, str):
                files.append(("email", (None, str(self.email).encode(), "text/plain")))
            else:
                files.append(("email", (None, str(self.email).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price_id = UUID(d.pop("price_id"))

        success_url = d.pop("success_url", UNSET)

        cancel_url = d.pop("cancel_url", UNSET)

        email = d.pop("email", UNSET)

        checkout_session_create = cls(
            price_id=price_id,
            success_url=success_url,
            cancel_url=cancel_url,
            email=email,
        )

        checkout_session_create.additional_properties = d
        return checkout_session_create

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
