from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_type_commission import ItemTypeCommission


T = TypeVar("T", bound="StripeConnectStatus")


@_attrs_define
class StripeConnectStatus:
    """Serializer for Connect account status.

    Attributes:
        has_account (bool):
        onboarding_complete (bool):
        account_id (str | Unset):
        charges_enabled (bool | Unset):
        payouts_enabled (bool | Unset):
        details_submitted (bool | Unset):
        commission_percent (ItemTypeCommission | Unset): Commission percentages keyed by item type.
        is_ready_for_payments (bool | Unset):
    """

    has_account: bool
    onboarding_complete: bool
    account_id: str | Unset = UNSET
    charges_enabled: bool | Unset = UNSET
    payouts_enabled: bool | Unset = UNSET
    details_submitted: bool | Unset = UNSET
    commission_percent: ItemTypeCommission | Unset = UNSET
    is_ready_for_payments: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_account = self.has_account

        onboarding_complete = self.onboarding_complete

        account_id = self.account_id

        charges_enabled = self.charges_enabled

        payouts_enabled = self.payouts_enabled

        details_submitted = self.details_submitted

        commission_percent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.commission_percent, Unset):
            commission_percent = self.commission_percent.to_dict()

        is_ready_for_payments = self.is_ready_for_payments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_account": has_account,
                "onboarding_complete": onboarding_complete,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if charges_enabled is not UNSET:
            field_dict["charges_enabled"] = charges_enabled
        if payouts_enabled is not UNSET:
            field_dict["payouts_enabled"] = payouts_enabled
        if details_submitted is not UNSET:
            field_dict["details_submitted"] = details_submitted
        if commission_percent is not UNSET:
            field_dict["commission_percent"] = commission_percent
        if is_ready_for_payments is not UNSET:
            field_dict["is_ready_for_payments"] = is_ready_for_payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_type_commission import ItemTypeCommission  # noqa: PLC0415

        d = dict(src_dict)
        has_account = d.pop("has_account")

        onboarding_complete = d.pop("onboarding_complete")

        account_id = d.pop("account_id", UNSET)

        charges_enabled = d.pop("charges_enabled", UNSET)

        payouts_enabled = d.pop("payouts_enabled", UNSET)

        details_submitted = d.pop("details_submitted", UNSET)

        _commission_percent = d.pop("commission_percent", UNSET)
        commission_percent: ItemTypeCommission | Unset
        if isinstance(_commission_percent, Unset):
            commission_percent = UNSET
        else:
            commission_percent = ItemTypeCommission.from_dict(_commission_percent)

        is_ready_for_payments = d.pop("is_ready_for_payments", UNSET)

        stripe_connect_status = cls(
            has_account=has_account,
            onboarding_complete=onboarding_complete,
            account_id=account_id,
            charges_enabled=charges_enabled,
            payouts_enabled=payouts_enabled,
            details_submitted=details_submitted,
            commission_percent=commission_percent,
            is_ready_for_payments=is_ready_for_payments,
        )

        stripe_connect_status.additional_properties = d
        return stripe_connect_status

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
