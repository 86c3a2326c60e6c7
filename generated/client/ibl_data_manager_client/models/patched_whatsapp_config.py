from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedWhatsappConfig")


@_attrs_define
class PatchedWhatsappConfig:
    """
    Attributes:
        phone_number_id (str | Unset):
        application_secret (str | Unset):
        webhook_verification_token (str | Unset):
        access_token (str | Unset): Access token to the bot. This can also be a temporary access token.
    """

    phone_number_id: str | Unset = UNSET
    application_secret: str | Unset = UNSET
    webhook_verification_token: str | Unset = UNSET
    access_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_id = self.phone_number_id

        application_secret = self.application_secret

        webhook_verification_token = self.webhook_verification_token

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if application_secret is not UNSET:
            field_dict["application_secret"] = application_secret
        if webhook_verification_token is not UNSET:
            field_dict["webhook_verification_token"] = webhook_verification_token
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.phone_number_id, Unset):
            files.append(
                ("phone_number_id", (None, str(self.phone_number_id).encode(), "text/plain"))
            )

        if not isinstance(self.application_secret, Unset):
            files.append(
                ("application_secret", (None, str(self.application_secret).encode(), "text/plain"))
            )

        if not isinstance(self.webhook_verification_token, Unset):
            files.append(
                (
                    "webhook_verification_token",
                    (None, str(self.webhook_verification_token).encode(), "text/plain"),
                )
            )

        if not isinstance(self.access_token, Unset):
            files.append(("access_token", (None, str(self.access_token).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number_id = d.pop("phone_number_id", UNSET)

        application_secret = d.pop("application_secret", UNSET)

        webhook_verification_token = d.pop("webhook_verification_token", UNSET)

        access_token = d.pop("access_token", UNSET)

        patched_whatsapp_config = cls(
            phone_number_id=phone_number_id,
            application_secret=application_secret,
            webhook_verification_token=webhook_verification_token,
            access_token=access_token,
        )

        patched_whatsapp_config.additional_properties = d
        return patched_whatsapp_config

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
