from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_license_detail_assignments import ProgramLicenseDetailAssignments
    from ..models.program_license_detail_metadata import ProgramLicenseDetailMetadata


T = TypeVar("T", bound="ProgramLicenseDetail")


@_attrs_define
class ProgramLicenseDetail:
    """Response serializer for program license details.  This serializer represents a program
    license with all its attributes, including basic license information, program details,
    and usage statistics.  Fields:     id: The unique identifier for the license
    created: When the license was created     started: When the license becomes active
    expired: When the license expires (null if no expiration)     name: The display name of
    the license     count: The number of seats purchased     active: Whether the license is
    active     metadata: Additional license metadata     source: The source identifier for
    the license     external_id: External identifier for the license (null if none)
    platform_key: The platform key associated with the license     program_id: The program
    ID associated with the license     program_name: The name of the program associated with
    the license     usage_count: Number of assignments using this license     assignments:
    Assignment counts (if verbose mode is enabled)  Notes:     - The assignments field is
    only included when verbose=true in the request     - The expired field may be null if
    the license doesn't expire     - The external_id field may be null if not provided

        Attributes:
            id (int): The unique identifier for the license
            created (datetime.datetime): When the license was created
            started (datetime.datetime): When the license becomes active
            expired (datetime.datetime | None): When the license expires (null if no expiration)
            name (str): The display name of the license
            count (int): The number of seats purchased
            active (bool): Whether the license is active
            metadata (ProgramLicenseDetailMetadata): Additional license metadata
            source (str): The source identifier for the license
            external_id (None | str): External identifier for the license (null if none)
            platform_key (str): The platform key associated with the license
            usage_count (int): Number of assignments using this license
            program_id (str | Unset): The program ID associated with the license
            program_key (str | Unset): The program key associated with the license
            program_name (str | Unset): The name of the program associated with the license
            assignments (ProgramLicenseDetailAssignments | Unset): Assignment counts by status (only included in verbose
                mode)
    """

    id: int
    created: datetime.datetime
    started: datetime.datetime
    expired: datetime.datetime | None
    name: str
    count: int
    active: bool
    metadata: ProgramLicenseDetailMetadata
    source: str
    external_id: None | str
    platform_key: str
    usage_count: int
    program_id: str | Unset = UNSET
    program_key: str | Unset = UNSET
    program_name: str | Unset = UNSET
    assignments: ProgramLicenseDetailAssignments | Unset = UNSET
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

        usage_count = self.usage_count

        program_id = self.program_id

        program_key = self.program_key

        program_name = self.program_name

        assignments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = self.assignments.to_dict()

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
                "usage_count": usage_count,
            }
        )
        if program_id is not UNSET:
            field_dict["program_id"] = program_id
        if program_key is not UNSET:
            field_dict["program_key"] = program_key
        if program_name is not UNSET:
            field_dict["program_name"] = program_name
        if assignments is not UNSET:
            field_dict["assignments"] = assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_license_detail_assignments import ProgramLicenseDetailAssignments  # noqa: PLC0415
        from ..models.program_license_detail_metadata import ProgramLicenseDetailMetadata  # noqa: PLC0415

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

        metadata = ProgramLicenseDetailMetadata.from_dict(d.pop("metadata"))

        source = d.pop("source")

        external_id = d.pop("external_id")

        platform_key = d.pop("platform_key")

        usage_count = d.pop("usage_count")

        program_id = d.pop("program_id", UNSET)

        program_key = d.pop("program_key", UNSET)

        program_name = d.pop("program_name", UNSET)

        _assignments = d.pop("assignments", UNSET)
        assignments: ProgramLicenseDetailAssignments | Unset
        if isinstance(_assignments, Unset):
            assignments = UNSET
        else:
            assignments = ProgramLicenseDetailAssignments.from_dict(_assignments)

        program_license_detail = cls(
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
            usage_count=usage_count,
            program_id=program_id,
            program_key=program_key,
            program_name=program_name,
            assignments=assignments,
        )

        program_license_detail.additional_properties = d
        return program_license_detail

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
