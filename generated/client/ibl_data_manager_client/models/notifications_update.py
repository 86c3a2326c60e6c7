from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.notifications_update_status import NotificationsUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationsUpdate")


@_attrs_define
class NotificationsUpdate:
    """
    Attributes:
        status (NotificationsUpdateStatus): New status to set (e.g. read, unread)  * `READ` - Read * `UNREAD` - Unread *
            `CANCELLED` - Cancelled
        notification_id (str | Unset): Comma-separated list of notification UUIDs to update Default: ''.
    """

    status: NotificationsUpdateStatus
    notification_id: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        notification_id = self.notification_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if notification_id is not UNSET:
            field_dict["notification_id"] = notification_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("status", (None, str(self.status.value).encode(), "text/plain")))

        if not isinstance(self.notification_id, Unset):
            files.append(
                ("notification_id", (None, str(self.notification_id).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = NotificationsUpdateStatus(d.pop("status"))

        notification_id = d.pop("notification_id", UNSET)

        notifications_update = cls(
            status=status,
            notification_id=notification_id,
        )

        notifications_update.additional_properties = d
        return notifications_update

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
