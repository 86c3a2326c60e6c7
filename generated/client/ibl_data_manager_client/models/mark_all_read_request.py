from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarkAllReadRequest")


@_attrs_define
class MarkAllReadRequest:
    """Serializer for the request to mark notifications as read.

    Attributes:
        notification_ids (list[UUID] | Unset): Optional list of notification IDs to mark as read. If not provided, all
            unread notifications will be marked as read.
    """

    notification_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_ids: list[str] | Unset = UNSET
        if not isinstance(self.notification_ids, Unset):
            notification_ids = []
            for notification_ids_item_data in self.notification_ids:
                notification_ids_item = str(notification_ids_item_data)
                notification_ids.append(notification_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_ids is not UNSET:
            field_dict["notification_ids"] = notification_ids

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.notification_ids, Unset):
            for notification_ids_item_element in self.notification_ids:
                files.append(
                    ("notification_ids", (None, str(notification_ids_item_element), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _notification_ids = d.pop("notification_ids", UNSET)
        notification_ids: list[UUID] | Unset = UNSET
        if _notification_ids is not UNSET:
            notification_ids = []
            for notification_ids_item_data in _notification_ids:
                notification_ids_item = UUID(notification_ids_item_data)

                notification_ids.append(notification_ids_item)

        mark_all_read_request = cls(
            notification_ids=notification_ids,
        )

        mark_all_read_request.additional_properties = d
        return mark_all_read_request

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
