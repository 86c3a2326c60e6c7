from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="StripeSubscriptionRenewalRequest")


@_attrs_define
class StripeSubscriptionRenewalRequest:
    """
    Attributes:
        checkout_session_uuid (str):
        return_url (str):
    """

    checkout_session_uuid: str
    return_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_session_uuid = self.checkout_session_uuid

        return_url = self.return_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkout_session_uuid": checkout_session_uuid,
                "return_url": return_url,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            (
                "checkout_session_uuid",
                (None, str(self.checkout_session_uuid).encode(), "text/plain"),
            )
        )

        files.append(("return_url", (None, str(self.return_url).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_session_uuid = d.pop("checkout_session_uuid")

        return_url = d.pop("return_url")

        stripe_subscription_renewal_request = cls(
            checkout_session_uuid=checkout_session_uuid,
            return_url=return_url,
        )

        stripe_subscription_renewal_request.additional_properties = d
        return stripe_subscription_renewal_request

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
