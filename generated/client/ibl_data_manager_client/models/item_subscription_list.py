from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_subscription_list_item_type import ItemSubscriptionListItemType
from ..models.item_subscription_list_status import ItemSubscriptionListStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_price import ItemPrice


T = TypeVar("T", bound="ItemSubscriptionList")


@_attrs_define
class ItemSubscriptionList:
    """
    Attributes:
        unique_id (UUID):
        user_id (int):
        username (str):
        email (str):
        item_type (ItemSubscriptionListItemType): Type of item being subscribed to  * `mentor` - Mentor * `course` -
            Course * `program` - Program * `pathway` - Pathway
        item_id (str): Identifier for the item
        item_name (str):
        price (ItemPrice):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        status (ItemSubscriptionListStatus | Unset): Current subscription status  * `active` - Active * `free` - Free
            Tier * `grandfathered` - Grandfathered * `trialing` - Trialing * `past_due` - Past Due * `canceled` - Canceled *
            `incomplete` - Incomplete
    """

    unique_id: UUID
    user_id: int
    username: str
    email: str
    item_type: ItemSubscriptionListItemType
    item_id: str
    item_name: str
    price: ItemPrice
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: ItemSubscriptionListStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_id = str(self.unique_id)

        user_id = self.user_id

        username = self.username

        email = self.email

        item_type = self.item_type.value

        item_id = self.item_id

        item_name = self.item_name

        price = self.price.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unique_id": unique_id,
                "user_id": user_id,
                "username": username,
                "email": email,
                "item_type": item_type,
                "item_id": item_id,
                "item_name": item_name,
                "price": price,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_price import ItemPrice  # noqa: PLC0415

        d = dict(src_dict)
        unique_id = UUID(d.pop("unique_id"))

        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        item_type = ItemSubscriptionListItemType(d.pop("item_type"))

        item_id = d.pop("item_id")

        item_name = d.pop("item_name")

        price = ItemPrice.from_dict(d.pop("price"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _status = d.pop("status", UNSET)
        status: ItemSubscriptionListStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ItemSubscriptionListStatus(_status)

        item_subscription_list = cls(
            unique_id=unique_id,
            user_id=user_id,
            username=username,
            email=email,
            item_type=item_type,
            item_id=item_id,
            item_name=item_name,
            price=price,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
        )

        item_subscription_list.additional_properties = d
        return item_subscription_list

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
