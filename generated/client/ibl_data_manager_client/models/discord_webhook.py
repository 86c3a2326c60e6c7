from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="DiscordWebhook")


@_attrs_define
class DiscordWebhook:
    """
    Attributes:
        application_id (str):
        type_ (str):
        token (str):
        id (str):
    """

    application_id: str
    type_: str
    token: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        type_ = self.type_

        token = self.token

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "type": type_,
                "token": token,
                "id": id,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("application_id", (None, str(self.application_id).encode(), "text/plain")))

        files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        files.append(("token", (None, str(self.token).encode(), "text/plain")))

        files.append(("id", (None, str(self.id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        type_ = d.pop("type")

        token = d.pop("token")

        id = d.pop("id")

        discord_webhook = cls(
            application_id=application_id,
            type_=type_,
            token=token,
            id=id,
        )

        discord_webhook.additional_properties = d
        return discord_webhook

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
