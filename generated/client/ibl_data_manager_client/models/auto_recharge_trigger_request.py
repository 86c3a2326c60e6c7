from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoRechargeTriggerRequest")


@_attrs_define
class AutoRechargeTriggerRequest:
    """Request schema for POST auto-recharge/trigger/.

    Attributes:
        platform_key (str | Unset): The unique key of the platform. Defaults to 'main'.
        amount_usd (str | Unset): Optional. When set, perform manual top-up: charge this amount (user USD) and add
            credits. No threshold, spending limit, or cooldown. Omit to run normal auto-recharge once.
    """

    platform_key: str | Unset = UNSET
    amount_usd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        amount_usd = self.amount_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if amount_usd is not UNSET:
            field_dict["amount_usd"] = amount_usd

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.amount_usd, Unset):
            files.append(("amount_usd", (None, str(self.amount_usd).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key", UNSET)

        amount_usd = d.pop("amount_usd", UNSET)

        auto_recharge_trigger_request = cls(
            platform_key=platform_key,
            amount_usd=amount_usd,
        )

        auto_recharge_trigger_request.additional_properties = d
        return auto_recharge_trigger_request

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
