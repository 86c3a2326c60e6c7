from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_invitation_redemption_metadata import (
        PlatformInvitationRedemptionMetadata,
    )


T = TypeVar("T", bound="PlatformInvitationRedemption")


@_attrs_define
class PlatformInvitationRedemption:
    """Request serializer for PlatformInvitationRedemptionView POST endpoint

    Attributes:
        platform_key (str): The platform key for the invitation
        source (str): The source identifier for the invitation
        email (str | Unset): The email to associate with the invitation
        username (str | Unset): The username to associate with the invitation
        metadata (PlatformInvitationRedemptionMetadata | Unset): Additional metadata for the invitation
    """

    platform_key: str
    source: str
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    metadata: PlatformInvitationRedemptionMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        source = self.source

        email = self.email

        username = self.username

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "source": source,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(("source", (None, str(self.source).encode(), "text/plain")))

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(
                (
                    "metadata",
                    (None, json.dumps(self.metadata.to_dict()).encode(), "application/json"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_invitation_redemption_metadata import (
            PlatformInvitationRedemptionMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        source = d.pop("source")

        email = d.pop("email", UNSET)

        username = d.pop("username", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PlatformInvitationRedemptionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PlatformInvitationRedemptionMetadata.from_dict(_metadata)

        platform_invitation_redemption = cls(
            platform_key=platform_key,
            source=source,
            email=email,
            username=username,
            metadata=metadata,
        )

        platform_invitation_redemption.additional_properties = d
        return platform_invitation_redemption

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
