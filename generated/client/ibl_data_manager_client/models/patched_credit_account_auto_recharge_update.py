from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedCreditAccountAutoRechargeUpdate")


@_attrs_define
class PatchedCreditAccountAutoRechargeUpdate:
    """Partial update for CreditAccount auto-recharge fields.

    Attributes:
        auto_recharge_threshold_usd (str | Unset): Set the balance threshold for auto-recharge (must be non-negative).
        auto_recharge_amount_usd (str | Unset): Set the amount to recharge (min $0.50).
        auto_recharge_enabled (bool | Unset): Enable or disable auto-recharge.
        auto_recharge_spending_limit_usd (str | Unset): Cap on auto-recharge + manual top-up per 30-day period (user
            USD). 0 = unlimited. When > 0, backend sets recharge amount to 20% of limit (min $0.50).
    """

    auto_recharge_threshold_usd: str | Unset = UNSET
    auto_recharge_amount_usd: str | Unset = UNSET
    auto_recharge_enabled: bool | Unset = UNSET
    auto_recharge_spending_limit_usd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_recharge_threshold_usd = self.auto_recharge_threshold_usd

        auto_recharge_amount_usd = self.auto_recharge_amount_usd

        auto_recharge_enabled = self.auto_recharge_enabled

        auto_recharge_spending_limit_usd = self.auto_recharge_spending_limit_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_recharge_threshold_usd is not UNSET:
            field_dict["auto_recharge_threshold_usd"] = auto_recharge_threshold_usd
        if auto_recharge_amount_usd is not UNSET:
            field_dict["auto_recharge_amount_usd"] = auto_recharge_amount_usd
        if auto_recharge_enabled is not UNSET:
            field_dict["auto_recharge_enabled"] = auto_recharge_enabled
        if auto_recharge_spending_limit_usd is not UNSET:
            field_dict["auto_recharge_spending_limit_usd"] = auto_recharge_spending_limit_usd

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.auto_recharge_threshold_usd, Unset):
            files.append(
                (
                    "auto_recharge_threshold_usd",
                    (None, str(self.auto_recharge_threshold_usd).encode(), "text/plain"),
                )
            )

        if not isinstance(self.auto_recharge_amount_usd, Unset):
            files.append(
                (
                    "auto_recharge_amount_usd",
                    (None, str(self.auto_recharge_amount_usd).encode(), "text/plain"),
                )
            )

        if not isinstance(self.auto_recharge_enabled, Unset):
            files.append(
                (
                    "auto_recharge_enabled",
                    (None, str(self.auto_recharge_enabled).encode(), "text/plain"),
                )
            )

        if not isinstance(self.auto_recharge_spending_limit_usd, Unset):
            files.append(
                (
                    "auto_recharge_spending_limit_usd",
                    (None, str(self.auto_recharge_spending_limit_usd).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_recharge_threshold_usd = d.pop("auto_recharge_threshold_usd", UNSET)

        auto_recharge_amount_usd = d.pop("auto_recharge_amount_usd", UNSET)

        auto_recharge_enabled = d.pop("auto_recharge_enabled", UNSET)

        auto_recharge_spending_limit_usd = d.pop("auto_recharge_spending_limit_usd", UNSET)

        patched_credit_account_auto_recharge_update = cls(
            auto_recharge_threshold_usd=auto_recharge_threshold_usd,
            auto_recharge_amount_usd=auto_recharge_amount_usd,
            auto_recharge_enabled=auto_recharge_enabled,
            auto_recharge_spending_limit_usd=auto_recharge_spending_limit_usd,
        )

        patched_credit_account_auto_recharge_update.additional_properties = d
        return patched_credit_account_auto_recharge_update

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
