from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseEnrollmentSearchResponse")


@_attrs_define
class CourseEnrollmentSearchResponse:
    """Serializer for course enrollment search results.

    Attributes:
        user_id (int): User ID associated with the enrollment
        username (str): Username associated with the enrollment
        email (str): Email of the user
        course_id (str): Course ID associated with the enrollment
        active (bool): Whether the enrollment is active
        created (datetime.datetime): Date when enrollment began/activated
        started (datetime.datetime | None): Date when enrollment started
        ended (datetime.datetime | None): Date when enrollment ended/deactivated
        expired (datetime.datetime | None): Date when enrollment expires
        metadata (Any): Enrollment specific metadata
        name (None | str): Full name of the user
        course_name (str): Name of the course
    """

    user_id: int
    username: str
    email: str
    course_id: str
    active: bool
    created: datetime.datetime
    started: datetime.datetime | None
    ended: datetime.datetime | None
    expired: datetime.datetime | None
    metadata: Any
    name: None | str
    course_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        course_id = self.course_id

        active = self.active

        created = self.created.isoformat()

        started: None | str
        if isinstance(self.started, datetime.datetime):
            started = self.started.isoformat()
        else:
            started = self.started

        ended: None | str
        if isinstance(self.ended, datetime.datetime):
            ended = self.ended.isoformat()
        else:
            ended = self.ended

        expired: None | str
        if isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        metadata = self.metadata

        name: None | str = self.name

        course_name = self.course_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "course_id": course_id,
                "active": active,
                "created": created,
                "started": started,
                "ended": ended,
                "expired": expired,
                "metadata": metadata,
                "name": name,
                "course_name": course_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        course_id = d.pop("course_id")

        active = d.pop("active")

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

        def _parse_ended(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_type_0 = datetime.datetime.fromisoformat(data)

                return ended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended = _parse_ended(d.pop("ended"))

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

        metadata = d.pop("metadata")

        name = d.pop("name")

        course_name = d.pop("course_name")

        course_enrollment_search_response = cls(
            user_id=user_id,
            username=username,
            email=email,
            course_id=course_id,
            active=active,
            created=created,
            started=started,
            ended=ended,
            expired=expired,
            metadata=metadata,
            name=name,
            course_name=course_name,
        )

        course_enrollment_search_response.additional_properties = d
        return course_enrollment_search_response

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
