from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramEnrollmentRequest")


@_attrs_define
class ProgramEnrollmentRequest:
    """
    Attributes:
        user_id (int | Unset):
        username (str | Unset):
        program_id (str | Unset):
        program_key (str | Unset):
        platform_key (str | Unset):
        org (str | Unset):
        name (str | Unset):
        slug (str | Unset):
        created (datetime.datetime | None | Unset): Date when enrollment began/activated
        started (datetime.datetime | None | Unset): Date when enrollment started
        expired (datetime.datetime | None | Unset): Date when enrollment expires (null, if not expiring)
        active (bool | Unset): Whether the enrollment is active
    """

    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    program_id: str | Unset = UNSET
    program_key: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    org: str | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    started: datetime.datetime | None | Unset = UNSET
    expired: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        program_id = self.program_id

        program_key = self.program_key

        platform_key = self.platform_key

        org = self.org

        name = self.name

        slug = self.slug

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        started: None | str | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        elif isinstance(self.started, datetime.datetime):
            started = self.started.isoformat()
        else:
            started = self.started

        expired: None | str | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        elif isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if program_id is not UNSET:
            field_dict["program_id"] = program_id
        if program_key is not UNSET:
            field_dict["program_key"] = program_key
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if org is not UNSET:
            field_dict["org"] = org
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if created is not UNSET:
            field_dict["created"] = created
        if started is not UNSET:
            field_dict["started"] = started
        if expired is not UNSET:
            field_dict["expired"] = expired
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.user_id, Unset):
            files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.program_id, Unset):
            files.append(("program_id", (None, str(self.program_id).encode(), "text/plain")))

        if not isinstance(self.program_key, Unset):
            files.append(("program_key", (None, str(self.program_key).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.org, Unset):
            files.append(("org", (None, str(self.org).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.created, Unset):
            if isinstance(self.created, datetime.datetime):
                files.append(("created", (None, self.created.isoformat().encode(), "text/plain")))
            else:
                files.append(("created", (None, str(self.created).encode(), "text/plain")))

        if not isinstance(self.started, Unset):
            if isinstance(self.started, datetime.datetime):
                files.append(("started", (None, self.started.isoformat().encode(), "text/plain")))
            else:
                files.append(("started", (None, str(self.started).encode(), "text/plain")))

        if not isinstance(self.expired, Unset):
            if isinstance(self.expired, datetime.datetime):
                files.append(("expired", (None, self.expired.isoformat().encode(), "text/plain")))
            else:
                files.append(("expired", (None, str(self.expired).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        program_id = d.pop("program_id", UNSET)

        program_key = d.pop("program_key", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        org = d.pop("org", UNSET)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_started(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_type_0 = datetime.datetime.fromisoformat(data)

                return started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started = _parse_started(d.pop("started", UNSET))

        def _parse_expired(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_type_0 = datetime.datetime.fromisoformat(data)

                return expired_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expired = _parse_expired(d.pop("expired", UNSET))

        active = d.pop("active", UNSET)

        program_enrollment_request = cls(
            user_id=user_id,
            username=username,
            program_id=program_id,
            program_key=program_key,
            platform_key=platform_key,
            org=org,
            name=name,
            slug=slug,
            created=created,
            started=started,
            expired=expired,
            active=active,
        )

        program_enrollment_request.additional_properties = d
        return program_enrollment_request

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
