from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.stripe_customer_portal_request_flow_type import StripeCustomerPortalRequestFlowType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeCustomerPortalRequest")


@_attrs_define
class StripeCustomerPortalRequest:
    """
    Attributes:
        return_url (str): URL to redirect to when the customer exits the portal (back button)
        subscription_id (str | Unset): Subscription ID required for subscription_update or subscription_cancel flows
        flow_type (StripeCustomerPortalRequestFlowType | Unset): Type of flow to present: 'payment_method_update' for
            adding/updating payment method, 'subscription_update' for updating subscription, 'subscription_cancel' for
            cancellation. If not provided, shows the default portal homepage.  * `payment_method_update` - Payment Method
            Update * `subscription_update` - Subscription Update * `subscription_cancel` - Subscription Cancel
        after_completion_url (None | str | Unset): URL to redirect after the flow is completed successfully. Only used
            when flow_type is set. Defaults to return_url if not provided.
    """

    return_url: str
    subscription_id: str | Unset = UNSET
    flow_type: StripeCustomerPortalRequestFlowType | Unset = UNSET
    after_completion_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_url = self.return_url

        subscription_id = self.subscription_id

        flow_type: str | Unset = UNSET
        if not isinstance(self.flow_type, Unset):
            flow_type = self.flow_type.value

        after_completion_url: None | str | Unset = self.after_completion_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return_url": return_url,
            }
        )
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if after_completion_url is not UNSET:
            field_dict["after_completion_url"] = after_completion_url

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("return_url", (None, str(self.return_url).encode(), "text/plain")))

        if not isinstance(self.subscription_id, Unset):
            files.append(
                ("subscription_id", (None, str(self.subscription_id).encode(), "text/plain"))
            )

        if not isinstance(self.flow_type, Unset):
            files.append(("flow_type", (None, str(self.flow_type.value).encode(), "text/plain")))

        if not isinstance(self.after_completion_url, Unset):
            if isinstance(self.after_completion_url, str):
                files.append(
                    (
                        "after_completion_url",
                        (None, str(self.after_completion_url).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "after_completion_url",
                        (None, str(self.after_completion_url).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_url = d.pop("return_url")

        subscription_id = d.pop("subscription_id", UNSET)

        _flow_type = d.pop("flow_type", UNSET)
        flow_type: StripeCustomerPortalRequestFlowType | Unset
        if isinstance(_flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = StripeCustomerPortalRequestFlowType(_flow_type)

        after_completion_url = d.pop("after_completion_url", UNSET)

        stripe_customer_portal_request = cls(
            return_url=return_url,
            subscription_id=subscription_id,
            flow_type=flow_type,
            after_completion_url=after_completion_url,
        )

        stripe_customer_portal_request.additional_properties = d
        return stripe_customer_portal_request

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
