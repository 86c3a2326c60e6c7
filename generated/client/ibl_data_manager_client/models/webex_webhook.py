from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.webex_webhook_data import WebexWebhookData


T = TypeVar("T", bound="WebexWebhook")


@_attrs_define
class WebexWebhook:
    """
    Attributes:
        data (WebexWebhookData):
        resource (str):
    """

    data: WebexWebhookData
    resource: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "resource": resource,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("data", (None, json.dumps(self.data.to_dict()).encode(), "application/json")))

        files.append(("resource", (None, str(self.resource).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webex_webhook_data import WebexWebhookData  # noqa: PLC0415

        d = dict(src_dict)
        data = WebexWebhookData.from_dict(d.pop("data"))

        resource = d.pop("resource")

        webex_webhook = cls(
            data=data,
            resource=resource,
        )

        webex_webhook.additional_properties = d
        return webex_webhook

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
