from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhatsappConfig")


@_attrs_define
class WhatsappConfig:
    """
    Attributes:
        id (int):
        bot (int):
        phone_number_id (str):
        application_secret (str):
        webhook_verification_token (str):
        access_token (str): Access token to the bot. This can also be a temporary access token.
    """

    id: int
    bot: int
    phone_number_id: str
    application_secret: str
    webhook_verification_token: str
    access_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bot = self.bot

        phone_number_id = self.phone_number_id

        application_secret = self.application_secret

        webhook_verification_token = self.webhook_verification_token

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "bot": bot,
                "phone_number_id": phone_number_id,
                "application_secret": application_secret,
                "webhook_verification_token": webhook_verification_token,
                "access_token": access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        bot = d.pop("bot")

        phone_number_id = d.pop("phone_number_id")

        application_secret = d.pop("application_secret")

        webhook_verification_token = d.pop("webhook_verification_token")

        access_token = d.pop("access_token")

        whatsapp_config = cls(
            id=id,
            bot=bot,
            phone_number_id=phone_number_id,
            application_secret=application_secret,
            webhook_verification_token=webhook_verification_token,
            access_token=access_token,
        )

        whatsapp_config.additional_properties = d
        return whatsapp_config

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
