from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.stripe_checkout_session_request_mode import StripeCheckoutSessionRequestMode
from ..models.stripe_checkout_session_request_period import StripeCheckoutSessionRequestPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeCheckoutSessionRequest")


@_attrs_define
class StripeCheckoutSessionRequest:
    """Serializer for Stripe checkout session creation requests.

    Attributes:
        tenant (str): Tenant type to create after successful checkout
        success_url (str): URL to redirect after successful payment
        cancel_url (str): URL to redirect if checkout cancelled
        sku (str | Unset): Product SKU
        product (str | Unset): Alternative to SKU
        mode (StripeCheckoutSessionRequestMode | Unset): Checkout mode  * `subscription` - subscription * `payment` -
            payment * `setup` - setup
        period (StripeCheckoutSessionRequestPeriod | Unset): Billing period  * `weekly` - weekly * `monthly` - monthly *
            `yearly` - yearly
        metered (bool | Unset): Whether to use metered billing Default: False.
        quantity (int | Unset): Subscription quantity Default: 1.
        coupon (str | Unset): Coupon code to apply
        is_free_trial (bool | Unset): Enable free trial Default: False.
        trial_days (int | Unset): Trial period in days
        skip_card (bool | Unset): Skip card collection for trial Default: False.
    """

    tenant: str
    success_url: str
    cancel_url: str
    sku: str | Unset = UNSET
    product: str | Unset = UNSET
    mode: StripeCheckoutSessionRequestMode | Unset = UNSET
    period: StripeCheckoutSessionRequestPeriod | Unset = UNSET
    metered: bool | Unset = False
    quantity: int | Unset = 1
    coupon: str | Unset = UNSET
    is_free_trial: bool | Unset = False
    trial_days: int | Unset = UNSET
    skip_card: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant = self.tenant

        success_url = self.success_url

        cancel_url = self.cancel_url

        sku = self.sku

        product = self.product

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        metered = self.metered

        quantity = self.quantity

        coupon = self.coupon

        is_free_trial = self.is_free_trial

        trial_days = self.trial_days

        skip_card = self.skip_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenant": tenant,
                "success_url": success_url,
                "cancel_url": cancel_url,
            }
        )
        if sku is not UNSET:
            field_dict["sku"] = sku
        if product is not UNSET:
            field_dict["product"] = product
        if mode is not UNSET:
            field_dict["mode"] = mode
        if period is not UNSET:
            field_dict["period"] = period
        if metered is not UNSET:
            field_dict["metered"] = metered
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if is_free_trial is not UNSET:
            field_dict["is_free_trial"] = is_free_trial
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days
        if skip_card is not UNSET:
            field_dict["skip_card"] = skip_card

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("tenant", (None, str(self.tenant).encode(), "text/plain")))

        files.append(("success_url", (None, str(self.success_url).encode(), "text/plain")))

        files.append(("cancel_url", (None, str(self.cancel_url).encode(), "text/plain")))

        if not isinstance(self.sku, Unset):
            files.append(("sku", (None, str(self.sku).encode(), "text/plain")))

        if not isinstance(self.product, Unset):
            files.append(("product", (None, str(self.product).encode(), "text/plain")))

        if not isinstance(self.mode, Unset):
            files.append(("mode", (None, str(self.mode.value).encode(), "text/plain")))

        if not isinstance(self.period, Unset):
            files.append(("period", (None, str(self.period.value).encode(), "text/plain")))

        if not isinstance(self.metered, Unset):
            files.append(("metered", (None, str(self.metered).encode(), "text/plain")))

        if not isinstance(self.quantity, Unset):
            files.append(("quantity", (None, str(self.quantity).encode(), "text/plain")))

        if not isinstance(self.coupon, Unset):
            files.append(("coupon", (None, str(self.coupon).encode(), "text/plain")))

        if not isinstance(self.is_free_trial, Unset):
            files.append(("is_free_trial", (None, str(self.is_free_trial).encode(), "text/plain")))

        if not isinstance(self.trial_days, Unset):
            files.append(("trial_days", (None, str(self.trial_days).encode(), "text/plain")))

        if not isinstance(self.skip_card, Unset):
            files.append(("skip_card", (None, str(self.skip_card).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant = d.pop("tenant")

        success_url = d.pop("success_url")

        cancel_url = d.pop("cancel_url")

        sku = d.pop("sku", UNSET)

        product = d.pop("product", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: StripeCheckoutSessionRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = StripeCheckoutSessionRequestMode(_mode)

        _period = d.pop("period", UNSET)
        period: StripeCheckoutSessionRequestPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = StripeCheckoutSessionRequestPeriod(_period)

        metered = d.pop("metered", UNSET)

        quantity = d.pop("quantity", UNSET)

        coupon = d.pop("coupon", UNSET)

        is_free_trial = d.pop("is_free_trial", UNSET)

        trial_days = d.pop("trial_days", UNSET)

        skip_card = d.pop("skip_card", UNSET)

        stripe_checkout_session_request = cls(
            tenant=tenant,
            success_url=success_url,
            cancel_url=cancel_url,
            sku=sku,
            product=product,
            mode=mode,
            period=period,
            metered=metered,
            quantity=quantity,
            coupon=coupon,
            is_free_trial=is_free_trial,
            trial_days=trial_days,
            skip_card=skip_card,
        )

        stripe_checkout_session_request.additional_properties = d
        return stripe_checkout_session_request

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
