from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.program_invitation_detail_metadata import ProgramInvitationDetailMetadata


T = TypeVar("T", bound="ProgramInvitationDetail")


@_attrs_define
class ProgramInvitationDetail:
    """Response serializer for program invitation details

    Attributes:
        id (int): The unique identifier for the invitation
        user_id (int | None): The ID of the user associated with the invitation
        username (None | str): The username of the user associated with the invitation
        email (None | str): The email address associated with the invitation
        created (datetime.datetime): When the invitation was created
        started (datetime.datetime | None): When the invitation was started
        expired (datetime.datetime | None): When the invitation expires
        source (None | str): The source of the invitation
        redirect_to (None | str): URL to redirect to after accepting the invitation
        active (bool): Whether the invitation is active
        metadata (ProgramInvitationDetailMetadata): Additional metadata for the invitation
        program_key (str): The program key associated with the invitation
    """

    id: int
    user_id: int | None
    username: None | str
    email: None | str
    created: datetime.datetime
    started: datetime.datetime | None
    expired: datetime.datetime | None
    source: None | str
    redirect_to: None | str
    active: bool
    metadata: ProgramInvitationDetailMetadata
    program_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id: int | None = self.user_id

        username: None | str = self.username

        email: None | str = self.email

        created = self.created.isoformat()

        started: None | str
        if isinstance(self.started, datetime.datetime):
            started = self.started.isoformat()
        else:
            started = self.started

        expired: None | str
        if isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        source: None | str = self.source

        redirect_to: None | str = self.redirect_to

        active = self.active

        metadata = self.metadata.to_dict()

        program_key = self.program_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "email": email,
                "created": created,
                "started": started,
                "expired": expired,
                "source": source,
                "redirect_to": redirect_to,
                "active": active,
                "metadata": metadata,
                "program_key": program_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_invitation_detail_metadata import ProgramInvitationDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        def _parse_started(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_type_0 = datetime.datetime.fromisoformat(data)

                return started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started = _parse_started(d.pop("started"))

        def _parse_expired(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_type_0 = datetime.datetime.fromisoformat(data)

                return expired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expired = _parse_expired(d.pop("expired"))

        source = d.pop("source")

        redirect_to = d.pop("redirect_to")

        active = d.pop("active")

        metadata = ProgramInvitationDetailMetadata.from_dict(d.pop("metadata"))

        program_key = d.pop("program_key")

        program_invitation_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            email=email,
            created=created,
            started=started,
            expired=expired,
            source=source,
            redirect_to=redirect_to,
            active=active,
            metadata=metadata,
            program_key=program_key,
        )

        program_invitation_detail.additional_properties = d
        return program_invitation_detail

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
