from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditAccountInfo")


@_attrs_define
class CreditAccountInfo:
    """Credit account information API response (GET).  Display balance (has_credits,
    account_id, available_credits) and auto-recharge preferences.

        Attributes:
            has_credits (bool): True if the account has any credits (or infinite credits).
            account_id (UUID): The unique identifier of the credit account.
            available_credits (str): The current available credit balance in USD.
            auto_recharge_threshold_usd (str): The balance threshold below which auto-recharge is triggered.
            auto_recharge_amount_usd (str): The amount in USD to recharge when the threshold is reached.
            auto_recharge_enabled (bool): True if auto-recharge is currently enabled for this account.
            auto_recharge_last_triggered_at (datetime.datetime | None): The timestamp when auto-recharge was last
                successfully triggered.
            platform_key (str): The platform key associated with this account (if applicable).
            pricing_table (Any): Stripe pricing table details for topping up credits.
            free_trial (bool): True if the account is on the free trial plan (no paid plan purchased yet).
            current_plan (None | str): Current plan identifier, e.g. 'free_trial' or Stripe product SKU.
            previous_plan (None | str): Previous plan before the last purchase.
            can_use_auto_recharge (bool): True if the current plan is not free_trial (paid plans can use auto-recharge).
            has_payment_method (bool): True if the user has a payment method on file (can use manual top-up and auto-
                recharge).
            message (str): Message explaining why credits are insufficient (only present when has_credits is False).
    """

    has_credits: bool
    account_id: UUID
    available_credits: str
    auto_recharge_threshold_usd: str
    auto_recharge_amount_usd: str
    auto_recharge_enabled: bool
    auto_recharge_last_triggered_at: datetime.datetime | None
    platform_key: str
    pricing_table: Any
    free_trial: bool
    current_plan: None | str
    previous_plan: None | str
    can_use_auto_recharge: bool
    has_payment_method: bool
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_credits = self.has_credits

        account_id = str(self.account_id)

        available_credits = self.available_credits

        auto_recharge_threshold_usd = self.auto_recharge_threshold_usd

        auto_recharge_amount_usd = self.auto_recharge_amount_usd

        auto_recharge_enabled = self.auto_recharge_enabled

        auto_recharge_last_triggered_at: None | str
        if isinstance(self.auto_recharge_last_triggered_at, datetime.datetime):
            auto_recharge_last_triggered_at = self.auto_recharge_last_triggered_at.isoformat()
        else:
            auto_recharge_last_triggered_at = self.auto_recharge_last_triggered_at

        platform_key = self.platform_key

        pricing_table = self.pricing_table

        free_trial = self.free_trial

        current_plan: None | str = self.current_plan

        previous_plan: None | str = self.previous_plan

        can_use_auto_recharge = self.can_use_auto_recharge

        has_payment_method = self.has_payment_method

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_credits": has_credits,
                "account_id": account_id,
                "available_credits": available_credits,
                "auto_recharge_threshold_usd": auto_recharge_threshold_usd,
                "auto_recharge_amount_usd": auto_recharge_amount_usd,
                "auto_recharge_enabled": auto_recharge_enabled,
                "auto_recharge_last_triggered_at": auto_recharge_last_triggered_at,
                "platform_key": platform_key,
                "pricing_table": pricing_table,
                "free_trial": free_trial,
                "current_plan": current_plan,
                "previous_plan": previous_plan,
                "can_use_auto_recharge": can_use_auto_recharge,
                "has_payment_method": has_payment_method,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_credits = d.pop("has_credits")

        account_id = UUID(d.pop("account_id"))

        available_credits = d.pop("available_credits")

        auto_recharge_threshold_usd = d.pop("auto_recharge_threshold_usd")

        auto_recharge_amount_usd = d.pop("auto_recharge_amount_usd")

        auto_recharge_enabled = d.pop("auto_recharge_enabled")

        def _parse_auto_recharge_last_triggered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auto_recharge_last_triggered_at_type_0 = datetime.datetime.fromisoformat(data)

                return auto_recharge_last_triggered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        auto_recharge_last_triggered_at = _parse_auto_recharge_last_triggered_at(
            d.pop("auto_recharge_last_triggered_at")
        )

        platform_key = d.pop("platform_key")

        pricing_table = d.pop("pricing_table")

        free_trial = d.pop("free_trial")

        current_plan = d.pop("current_plan")

        previous_plan = d.pop("previous_plan")

        can_use_auto_recharge = d.pop("can_use_auto_recharge")

        has_payment_method = d.pop("has_payment_method")

        message = d.pop("message")

        credit_account_info = cls(
            has_credits=has_credits,
            account_id=account_id,
            available_credits=available_credits,
            auto_recharge_threshold_usd=auto_recharge_threshold_usd,
            auto_recharge_amount_usd=auto_recharge_amount_usd,
            auto_recharge_enabled=auto_recharge_enabled,
            auto_recharge_last_triggered_at=auto_recharge_last_triggered_at,
            platform_key=platform_key,
            pricing_table=pricing_table,
            free_trial=free_trial,
            current_plan=current_plan,
            previous_plan=previous_plan,
            can_use_auto_recharge=can_use_auto_recharge,
            has_payment_method=has_payment_method,
            message=message,
        )

        credit_account_info.additional_properties = d
        return credit_account_info

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
