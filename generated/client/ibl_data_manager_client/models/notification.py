from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_status import NotificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """
    Attributes:
        id (UUID):
        username (None | str):
        title (str):
        body (str):
        channel (None | str):
        short_message (str):
        updated_at (datetime.datetime):
        status (NotificationStatus | Unset):
        context (Any | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: UUID
    username: None | str
    title: str
    body: str
    channel: None | str
    short_message: str
    updated_at: datetime.datetime
    status: NotificationStatus | Unset = UNSET
    context: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        username: None | str = self.username

        title = self.title

        body = self.body

        channel: None | str = self.channel

        short_message = self.short_message

        updated_at = self.updated_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        context = self.context

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "title": title,
                "body": body,
                "channel": channel,
                "short_message": short_message,
                "updated_at": updated_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if context is not UNSET:
            field_dict["context"] = context
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        username = d.pop("username")

        title = d.pop("title")

        body = d.pop("body")

        channel = d.pop("channel")

        short_message = d.pop("short_message")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _status = d.pop("status", UNSET)
        status: NotificationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NotificationStatus(_status)

        context = d.pop("context", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        notification = cls(
            id=id,
            username=username,
            title=title,
            body=body,
            channel=channel,
            short_message=short_message,
            updated_at=updated_at,
            status=status,
            context=context,
            created_at=created_at,
        )

        notification.additional_properties = d
        return notification

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
