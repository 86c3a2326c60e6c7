from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_invitation_create_metadata import PlatformInvitationCreateMetadata


T = TypeVar("T", bound="PlatformInvitationCreate")


@_attrs_define
class PlatformInvitationCreate:
    """Request serializer for PlatformInvitationView POST endpoint  Supports new CSV format
    fields: - company_name (optional): Company name for the invited user - first_name (new):
    First name of the invited user - last_name (new): Last name of the invited user -
    user_group (new): Name of the UserGroup to assign the user to - user_group_owner_email
    (optional): Email of user who should own the group

        Attributes:
            platform_key (str): The platform to create an invitation for
            email (str | Unset): The email address to invite
            username (str | Unset): The username to invite
            active (bool | Unset): Whether the invitation is active Default: True.
            source (str | Unset): The source of the invitation
            redirect_to (str | Unset): URL to redirect to after accepting the invitation
            created (datetime.datetime | Unset): When the invitation was created
            expired (datetime.datetime | Unset): When the invitation expires
            metadata (PlatformInvitationCreateMetadata | Unset): Additional metadata for the invitation
            company_name (str | Unset): Company name for the invited user
            first_name (str | Unset): First name of the invited user
            last_name (str | Unset): Last name of the invited user
            user_group (str | Unset): Name of the UserGroup to assign the user to
            user_group_owner_email (str | Unset): Email of user who should own the group (falls back to uploader)
    """

    platform_key: str
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    active: bool | Unset = True
    source: str | Unset = UNSET
    redirect_to: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    expired: datetime.datetime | Unset = UNSET
    metadata: PlatformInvitationCreateMetadata | Unset = UNSET
    company_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    user_group: str | Unset = UNSET
    user_group_owner_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        email = self.email

        username = self.username

        active = self.active

        source = self.source

        redirect_to = self.redirect_to

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        expired: str | Unset = UNSET
        if not isinstance(self.expired, Unset):
            expired = self.expired.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        company_name = self.company_name

        first_name = self.first_name

        last_name = self.last_name

        user_group = self.user_group

        user_group_owner_email = self.user_group_owner_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if active is not UNSET:
            field_dict["active"] = active
        if source is not UNSET:
            field_dict["source"] = source
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to
        if created is not UNSET:
            field_dict["created"] = created
        if expired is not UNSET:
            field_dict["expired"] = expired
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if user_group is not UNSET:
            field_dict["user_group"] = user_group
        if user_group_owner_email is not UNSET:
            field_dict["user_group_owner_email"] = user_group_owner_email

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        if not isinstance(self.source, Unset):
            files.append(("source", (None, str(self.source).encode(), "text/plain")))

        if not isinstance(self.redirect_to, Unset):
            files.append(("redirect_to", (None, str(self.redirect_to).encode(), "text/plain")))

        if not isinstance(self.created, Unset):
            files.append(("created", (None, self.created.isoformat().encode(), "text/plain")))

        if not isinstance(self.expired, Unset):
            files.append(("expired", (None, self.expired.isoformat().encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(
                (
                    "metadata",
                    (None, json.dumps(self.metadata.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.company_name, Unset):
            files.append(("company_name", (None, str(self.company_name).encode(), "text/plain")))

        if not isinstance(self.first_name, Unset):
            files.append(("first_name", (None, str(self.first_name).encode(), "text/plain")))

        if not isinstance(self.last_name, Unset):
            files.append(("last_name", (None, str(self.last_name).encode(), "text/plain")))

        if not isinstance(self.user_group, Unset):
            files.append(("user_group", (None, str(self.user_group).encode(), "text/plain")))

        if not isinstance(self.user_group_owner_email, Unset):
            files.append(
                (
                    "user_group_owner_email",
                    (None, str(self.user_group_owner_email).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_invitation_create_metadata import PlatformInvitationCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        email = d.pop("email", UNSET)

        username = d.pop("username", UNSET)

        active = d.pop("active", UNSET)

        source = d.pop("source", UNSET)

        redirect_to = d.pop("redirect_to", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _expired = d.pop("expired", UNSET)
        expired: datetime.datetime | Unset
        if isinstance(_expired, Unset):
            expired = UNSET
        else:
            expired = datetime.datetime.fromisoformat(_expired)

        _metadata = d.pop("metadata", UNSET)
        metadata: PlatformInvitationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PlatformInvitationCreateMetadata.from_dict(_metadata)

        company_name = d.pop("company_name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        user_group = d.pop("user_group", UNSET)

        user_group_owner_email = d.pop("user_group_owner_email", UNSET)

        platform_invitation_create = cls(
            platform_key=platform_key,
            email=email,
            username=username,
            active=active,
            source=source,
            redirect_to=redirect_to,
            created=created,
            expired=expired,
            metadata=metadata,
            company_name=company_name,
            first_name=first_name,
            last_name=last_name,
            user_group=user_group,
            user_group_owner_email=user_group_owner_email,
        )

        platform_invitation_create.additional_properties = d
        return platform_invitation_create

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
