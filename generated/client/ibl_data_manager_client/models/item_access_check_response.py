from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_access_check_response_item_type import ItemAccessCheckResponseItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_subscription import ItemSubscription


T = TypeVar("T", bound="ItemAccessCheckResponse")


@_attrs_define
class ItemAccessCheckResponse:
    """Response for the generic item access check endpoint.  Mirrors
    :class:`PaymentCheckResult` but only exposes the fields relevant to API consumers.

        Attributes:
            has_access (bool): True if the user can access the item.
            item_type (ItemAccessCheckResponseItemType): Item type that was checked (e.g. 'mentor').  * `mentor` - mentor *
                `course` - course * `program` - program * `pathway` - pathway
            item_id (str): ID of the item that was checked.
            reason (str): Machine-readable reason for the access decision (e.g. 'active', 'no_paywall', 'no_subscription').
            requires_payment (bool): True if the user must pay to gain access.
            pricing_available (bool): True if pricing tiers are available for purchase.
            pricing (Any | Unset): Pricing details when access is denied (item name, tiers, amounts).
            subscription (ItemSubscription | None | Unset):
    """

    has_access: bool
    item_type: ItemAccessCheckResponseItemType
    item_id: str
    reason: str
    requires_payment: bool
    pricing_available: bool
    pricing: Any | Unset = UNSET
    subscription: ItemSubscription | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_subscription import ItemSubscription  # noqa: PLC0415

        has_access = self.has_access

        item_type = self.item_type.value

        item_id = self.item_id

        reason = self.reason

        requires_payment = self.requires_payment

        pricing_available = self.pricing_available

        pricing = self.pricing

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, ItemSubscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_access": has_access,
                "item_type": item_type,
                "item_id": item_id,
                "reason": reason,
                "requires_payment": requires_payment,
                "pricing_available": pricing_available,
            }
        )
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_subscription import ItemSubscription  # noqa: PLC0415

        d = dict(src_dict)
        has_access = d.pop("has_access")

        item_type = ItemAccessCheckResponseItemType(d.pop("item_type"))

        item_id = d.pop("item_id")

        reason = d.pop("reason")

        requires_payment = d.pop("requires_payment")

        pricing_available = d.pop("pricing_available")

        pricing = d.pop("pricing", UNSET)

        def _parse_subscription(data: object) -> ItemSubscription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_0 = ItemSubscription.from_dict(data)

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemSubscription | None | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        item_access_check_response = cls(
            has_access=has_access,
            item_type=item_type,
            item_id=item_id,
            reason=reason,
            requires_payment=requires_payment,
            pricing_available=pricing_available,
            pricing=pricing,
            subscription=subscription,
        )

        item_access_check_response.additional_properties = d
        return item_access_check_response

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
