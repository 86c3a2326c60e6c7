from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.slack_webhook_event import SlackWebhookEvent


T = TypeVar("T", bound="SlackWebhook")


@_attrs_define
class SlackWebhook:
    """
    Attributes:
        type_ (str):
        event (SlackWebhookEvent):
        command (str):
        response_url (str):
    """

    type_: str
    event: SlackWebhookEvent
    command: str
    response_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event = self.event.to_dict()

        command = self.command

        response_url = self.response_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "event": event,
                "command": command,
                "response_url": response_url,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        files.append(
            ("event", (None, json.dumps(self.event.to_dict()).encode(), "application/json"))
        )

        files.append(("command", (None, str(self.command).encode(), "text/plain")))

        files.append(("response_url", (None, str(self.response_url).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slack_webhook_event import SlackWebhookEvent  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        event = SlackWebhookEvent.from_dict(d.pop("event"))

        command = d.pop("command")

        response_url = d.pop("response_url")

        slack_webhook = cls(
            type_=type_,
            event=event,
            command=command,
            response_url=response_url,
        )

        slack_webhook.additional_properties = d
        return slack_webhook

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
