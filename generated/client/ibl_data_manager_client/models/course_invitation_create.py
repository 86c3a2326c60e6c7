from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_invitation_create_enrollment_config import (
        CourseInvitationCreateEnrollmentConfig,
    )
    from ..models.course_invitation_create_metadata import CourseInvitationCreateMetadata


T = TypeVar("T", bound="CourseInvitationCreate")


@_attrs_define
class CourseInvitationCreate:
    """Request serializer for CourseInvitationView POST endpoint.  Supports CSV date fields for
    enrollment_config: - course_access_start_date: Maps to enrollment_config['started'] -
    course_access_expiration_date: Maps to enrollment_config['expired']

        Attributes:
            course_id (str): The course to create an invitation for
            email (str | Unset): The email address to invite
            username (str | Unset): The username to invite
            active (bool | Unset): Whether the invitation is active Default: True.
            source (str | Unset): The source of the invitation
            redirect_to (str | Unset): URL to redirect to after accepting the invitation
            created (datetime.datetime | Unset): When the invitation was created
            expired (datetime.datetime | Unset): When the invitation expires
            metadata (CourseInvitationCreateMetadata | Unset): Additional metadata for the invitation
            enrollment_config (CourseInvitationCreateEnrollmentConfig | Unset): Enrollment configuration (dates, etc.)
            course_access_start_date (datetime.datetime | None | Unset): Course access start date (maps to
                enrollment_config['started'])
            course_access_expiration_date (datetime.datetime | None | Unset): Course access expiration date (maps to
                enrollment_config['expired'])
    """

    course_id: str
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    active: bool | Unset = True
    source: str | Unset = UNSET
    redirect_to: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    expired: datetime.datetime | Unset = UNSET
    metadata: CourseInvitationCreateMetadata | Unset = UNSET
    enrollment_config: CourseInvitationCreateEnrollmentConfig | Unset = UNSET
    course_access_start_date: datetime.datetime | None | Unset = UNSET
    course_access_expiration_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

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

        enrollment_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enrollment_config, Unset):
            enrollment_config = self.enrollment_config.to_dict()

        course_access_start_date: None | str | Unset
        if isinstance(self.course_access_start_date, Unset):
            course_access_start_date = UNSET
        elif isinstance(self.course_access_start_date, datetime.datetime):
            course_access_start_date = self.course_access_start_date.isoformat()
        else:
            course_access_start_date = self.course_access_start_date

        course_access_expiration_date: None | str | Unset
        if isinstance(self.course_access_expiration_date, Unset):
            course_access_expiration_date = UNSET
        elif isinstance(self.course_access_expiration_date, datetime.datetime):
            course_access_expiration_date = self.course_access_expiration_date.isoformat()
        else:
            course_access_expiration_date = self.course_access_expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
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
        if enrollment_config is not UNSET:
            field_dict["enrollment_config"] = enrollment_config
        if course_access_start_date is not UNSET:
            field_dict["course_access_start_date"] = course_access_start_date
        if course_access_expiration_date is not UNSET:
            field_dict["course_access_expiration_date"] = course_access_expiration_date

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

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

        if not isinstance(self.enrollment_config, Unset):
            files.append(
                (
                    "enrollment_config",
                    (
                        None,
                        json.dumps(self.enrollment_config.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        if not isinstance(self.course_access_start_date, Unset):
            if isinstance(self.course_access_start_date, datetime.datetime):
                files.append(
                    (
                        "course_access_start_date",
                        (None, self.course_access_start_date.isoformat().encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "course_access_start_date",
                        (None, str(self.course_access_start_date).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.course_access_expiration_date, Unset):
            if isinstance(self.course_access_expiration_date, datetime.datetime):
                files.append(
                    (
                        "course_access_expiration_date",
                        (
                            None,
                            self.course_access_expiration_date.isoformat().encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "course_access_expiration_date",
                        (None, str(self.course_access_expiration_date).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_invitation_create_enrollment_config import (
            CourseInvitationCreateEnrollmentConfig,  # noqa: PLC0415
        )
        from ..models.course_invitation_create_metadata import CourseInvitationCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        course_id = d.pop("course_id")

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
        metadata: CourseInvitationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CourseInvitationCreateMetadata.from_dict(_metadata)

        _enrollment_config = d.pop("enrollment_config", UNSET)
        enrollment_config: CourseInvitationCreateEnrollmentConfig | Unset
        if isinstance(_enrollment_config, Unset):
            enrollment_config = UNSET
        else:
            enrollment_config = CourseInvitationCreateEnrollmentConfig.from_dict(_enrollment_config)

        def _parse_course_access_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_access_start_date_type_0 = datetime.datetime.fromisoformat(data)

                return course_access_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        course_access_start_date = _parse_course_access_start_date(
            d.pop("course_access_start_date", UNSET)
        )

        def _parse_course_access_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_access_expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return course_access_expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        course_access_expiration_date = _parse_course_access_expiration_date(
            d.pop("course_access_expiration_date", UNSET)
        )

        course_invitation_create = cls(
            course_id=course_id,
            email=email,
            username=username,
            active=active,
            source=source,
            redirect_to=redirect_to,
            created=created,
            expired=expired,
            metadata=metadata,
            enrollment_config=enrollment_config,
            course_access_start_date=course_access_start_date,
            course_access_expiration_date=course_access_expiration_date,
        )

        course_invitation_create.additional_properties = d
        return course_invitation_create

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
