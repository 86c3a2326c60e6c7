from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_count_status import NotificationCountStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationCount")


@_attrs_define
class NotificationCount:
    """
    Attributes:
        status (NotificationCountStatus | Unset): Filter count by notification status  * `READ` - Read * `UNREAD` -
            Unread * `CANCELLED` - Cancelled
        channel (str | Unset): Filter count by delivery channel
    """

    status: NotificationCountStatus | Unset = UNSET
    channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: NotificationCountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NotificationCountStatus(_status)

        channel = d.pop("channel", UNSET)

        notification_count = cls(
            status=status,
            channel=channel,
        )

        notification_count.additional_properties = d
        return notification_count

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
