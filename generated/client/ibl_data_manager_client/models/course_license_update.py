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
    from ..models.course_license_update_metadata import CourseLicenseUpdateMetadata


T = TypeVar("T", bound="CourseLicenseUpdate")


@_attrs_define
class CourseLicenseUpdate:
    """Request serializer for CourseLicenseUpdateView POST endpoint

    Attributes:
        license_id (int | Unset): The ID of the license to update (required if external_id not provided)
        external_id (str | Unset): External identifier of the license to update (required if license_id not provided)
        platform_key (str | Unset): The platform key (not updatable)
        platform_org (str | Unset): The platform organization (not updatable)
        course_id (str | Unset): The course ID (not updatable)
        name (str | Unset): Updated display name for the license
        count (int | Unset): Updated number of seats purchased
        started (datetime.datetime | Unset): Updated date when license should begin
        expired (datetime.datetime | None | Unset): Updated date when license should expire
        active (bool | Unset): Updated active status
        metadata (CourseLicenseUpdateMetadata | Unset): Updated additional license metadata
        source (str | Unset): Updated source identifier
        transaction_id (str | Unset): Transaction identifier for tracking
        change_type (str | Unset): Type of change being made Default: 'update'.
    """

    license_id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    platform_org: str | Unset = UNSET
    course_id: str | Unset = UNSET
    name: str | Unset = UNSET
    count: int | Unset = UNSET
    started: datetime.datetime | Unset = UNSET
    expired: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET
    metadata: CourseLicenseUpdateMetadata | Unset = UNSET
    source: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    change_type: str | Unset = "update"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_id = self.license_id

        external_id = self.external_id

        platform_key = self.platform_key

        platform_org = self.platform_org

        course_id = self.course_id

        name = self.name

        count = self.count

        started: str | Unset = UNSET
        if not isinstance(self.started, Unset):
            started = self.started.isoformat()

        expired: None | str | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        elif isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        active = self.active

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        source = self.source

        transaction_id = self.transaction_id

        change_type = self.change_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if license_id is not UNSET:
            field_dict["license_id"] = license_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if course_id is not UNSET:
            field_dict["course_id"] = course_id
        if name is not UNSET:
            field_dict["name"] = name
        if count is not UNSET:
            field_dict["count"] = count
        if started is not UNSET:
            field_dict["started"] = started
        if expired is not UNSET:
            field_dict["expired"] = expired
        if active is not UNSET:
            field_dict["active"] = active
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if change_type is not UNSET:
            field_dict["change_type"] = change_type

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.license_id, Unset):
            files.append(("license_id", (None, str(self.license_id).encode(), "text/plain")))

        if not isinstance(self.external_id, Unset):
            files.append(("external_id", (None, str(self.external_id).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.platform_org, Unset):
            files.append(("platform_org", (None, str(self.platform_org).encode(), "text/plain")))

        if not isinstance(self.course_id, Unset):
            files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.count, Unset):
            files.append(("count", (None, str(self.count).encode(), "text/plain")))

        if not isinstance(self.started, Unset):
            files.append(("started", (None, self.started.isoformat().encode(), "text/plain")))

        if not isinstance(self.expired, Unset):
            if isinstance(self.expired, datetime.datetime):
                files.append(("expired", (None, self.expired.isoformat().encode(), "text/plain")))
            else:
                files.append(("expired", (None, str(self.expired).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(
                (
                    "metadata",
                    (None, json.dumps(self.metadata.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.source, Unset):
            files.append(("source", (None, str(self.source).encode(), "text/plain")))

        if not isinstance(self.transaction_id, Unset):
            files.append(
                ("transaction_id", (None, str(self.transaction_id).encode(), "text/plain"))
            )

        if not isinstance(self.change_type, Unset):
            files.append(("change_type", (None, str(self.change_type).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_license_update_metadata import CourseLicenseUpdateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        license_id = d.pop("license_id", UNSET)

        external_id = d.pop("external_id", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        platform_org = d.pop("platform_org", UNSET)

        course_id = d.pop("course_id", UNSET)

        name = d.pop("name", UNSET)

        count = d.pop("count", UNSET)

        _started = d.pop("started", UNSET)
        started: datetime.datetime | Unset
        if isinstance(_started, Unset):
            started = UNSET
        else:
            started = datetime.datetime.fromisoformat(_started)

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

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseLicenseUpdateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CourseLicenseUpdateMetadata.from_dict(_metadata)

        source = d.pop("source", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        change_type = d.pop("change_type", UNSET)

        course_license_update = cls(
            license_id=license_id,
            external_id=external_id,
            platform_key=platform_key,
            platform_org=platform_org,
            course_id=course_id,
            name=name,
            count=count,
            started=started,
            expired=expired,
            active=active,
            metadata=metadata,
            source=source,
            transaction_id=transaction_id,
            change_type=change_type,
        )

        course_license_update.additional_properties = d
        return course_license_update

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
