from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_license_detail_metadata import CourseLicenseDetailMetadata


T = TypeVar("T", bound="CourseLicenseDetail")


@_attrs_define
class CourseLicenseDetail:
    """Response serializer for course license details

    Attributes:
        id (int): The unique identifier for the license
        created (datetime.datetime): When the license was created
        started (datetime.datetime): When the license becomes active
        expired (datetime.datetime | None): When the license expires
        name (str): The display name of the license
        count (int): The number of seats purchased
        active (bool): Whether the license is active
        metadata (CourseLicenseDetailMetadata): Additional license metadata
        source (str): The source identifier for the license
        external_id (None | str): External identifier for the license
        platform_key (str): The platform key associated with the license
        course_id (str): The course ID associated with the license
        usage_count (int | Unset): The number of seats purchased Default: 0.
    """

    id: int
    created: datetime.datetime
    started: datetime.datetime
    expired: datetime.datetime | None
    name: str
    count: int
    active: bool
    metadata: CourseLicenseDetailMetadata
    source: str
    external_id: None | str
    platform_key: str
    course_id: str
    usage_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        started = self.started.isoformat()

        expired: None | str
        if isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        name = self.name

        count = self.count

        active = self.active

        metadata = self.metadata.to_dict()

        source = self.source

        external_id: None | str = self.external_id

        platform_key = self.platform_key

        course_id = self.course_id

        usage_count = self.usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "started": started,
                "expired": expired,
                "name": name,
                "count": count,
                "active": active,
                "metadata": metadata,
                "source": source,
                "external_id": external_id,
                "platform_key": platform_key,
                "course_id": course_id,
            }
        )
        if usage_count is not UNSET:
            field_dict["usage_count"] = usage_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_license_detail_metadata import CourseLicenseDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        started = datetime.datetime.fromisoformat(d.pop("started"))

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

        name = d.pop("name")

        count = d.pop("count")

        active = d.pop("active")

        metadata = CourseLicenseDetailMetadata.from_dict(d.pop("metadata"))

        source = d.pop("source")

        external_id = d.pop("external_id")

        platform_key = d.pop("platform_key")

        course_id = d.pop("course_id")

        usage_count = d.pop("usage_count", UNSET)

        course_license_detail = cls(
            id=id,
            created=created,
            started=started,
            expired=expired,
            name=name,
            count=count,
            active=active,
            metadata=metadata,
            source=source,
            external_id=external_id,
            platform_key=platform_key,
            course_id=course_id,
            usage_count=usage_count,
        )

        course_license_detail.additional_properties = d
        return course_license_detail

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
