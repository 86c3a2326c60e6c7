from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedDiscordConfig")


@_attrs_define
class PatchedDiscordConfig:
    """
    Attributes:
        client_id (str | Unset):
        token (str | Unset):
        client_secret (str | Unset):
    """

    client_id: str | Unset = UNSET
    token: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        token = self.token

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if token is not UNSET:
            field_dict["token"] = token
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.client_id, Unset):
            files.append(("client_id", (None, str(self.client_id).encode(), "text/plain")))

        if not isinstance(self.token, Unset):
            files.append(("token", (None, str(self.token).encode(), "text/plain")))

        if not isinstance(self.client_secret, Unset):
            files.append(("client_secret", (None, str(self.client_secret).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        token = d.pop("token", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        patched_discord_config = cls(
            client_id=client_id,
            token=token,
            client_secret=client_secret,
        )

        patched_discord_config.additional_properties = d
        return patched_discord_config

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
