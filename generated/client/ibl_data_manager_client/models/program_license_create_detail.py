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
    from ..models.program_license_create_detail_enrollment_config import (
        ProgramLicenseCreateDetailEnrollmentConfig,
    )
    from ..models.program_license_create_detail_metadata import ProgramLicenseCreateDetailMetadata


T = TypeVar("T", bound="ProgramLicenseCreateDetail")


@_attrs_define
class ProgramLicenseCreateDetail:
    """Request serializer for ProgramLicenseCreateView POST endpoint

    Attributes:
        program_key (str): The unique identifier for the program to license
        name (str): Display name for the license
        count (int): Number of seats purchased
        started (datetime.datetime): Date when license should begin
        platform_key (str | Unset): The unique identifier for the platform (required if platform_id not provided)
        platform_org (str | Unset): The organization identifier for the platform (required if platform_id not provided)
        platform_id (int | Unset): The ID of the platform (required if platform_key/org not provided)
        expired (datetime.datetime | None | Unset): Date when license should expire
        external_id (None | str | Unset): External identifier for the license
        active (bool | Unset): Whether the license should be active Default: True.
        metadata (ProgramLicenseCreateDetailMetadata | Unset): Additional license metadata
        enrollment_config (ProgramLicenseCreateDetailEnrollmentConfig | Unset): Enrollment configuration
        source (str | Unset): Source identifier Default: 'api'.
        transaction_id (str | Unset): Transaction identifier for tracking
    """

    program_key: str
    name: str
    count: int
    started: datetime.datetime
    platform_key: str | Unset = UNSET
    platform_org: str | Unset = UNSET
    platform_id: int | Unset = UNSET
    expired: datetime.datetime | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    active: bool | Unset = True
    metadata: ProgramLicenseCreateDetailMetadata | Unset = UNSET
    enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | Unset = UNSET
    source: str | Unset = "api"
    transaction_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_key = self.program_key

        name = self.name

        count = self.count

        started = self.started.isoformat()

        platform_key = self.platform_key

        platform_org = self.platform_org

        platform_id = self.platform_id

        expired: None | str | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        elif isinstance(self.expired, datetime.datetime):
            expired = self.expired.isoformat()
        else:
            expired = self.expired

        external_id: None | str | Unset = self.external_id

        active = self.active

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        enrollment_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enrollment_config, Unset):
            enrollment_config = self.enrollment_config.to_dict()

        source = self.source

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_key": program_key,
                "name": name,
                "count": count,
                "started": started,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if platform_id is not UNSET:
            field_dict["platform_id"] = platform_id
        if expired is not UNSET:
            field_dict["expired"] = expired
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if active is not UNSET:
            field_dict["active"] = active
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if enrollment_config is not UNSET:
            field_dict["enrollment_config"] = enrollment_config
        if source is not UNSET:
            field_dict["source"] = source
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("program_key", (None, str(self.program_key).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("count", (None, str(self.count).encode(), "text/plain")))

        files.append(("started", (None, self.started.isoformat().encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.platform_org, Unset):
            files.append(("platform_org", (None, str(self.platform_org).encode(), "text/plain")))

        if not isinstance(self.platform_id, Unset):
            files.append(("platform_id", (None, str(self.platform_id).encode(), "text/plain")))

        if not isinstance(self.expired, Unset):
            if isinstance(self.expired, datetime.datetime):
                files.append(("expired", (None, self.expired.isoformat().encode(), "text/plain")))
            else:
                files.append(("expired", (None, str(self.expired).encode(), "text/plain")))

        if not isinstance(self.external_id, Unset):
            if isinstance(self.external_id, str):
                files.append(("external_id", (None, str(self.external_id).encode(), "text/plain")))
            else:
                files.append(("external_id", (None, str(self.external_id).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

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

        if not isinstance(self.source, Unset):
            files.append(("source", (None, str(self.source).encode(), "text/plain")))

        if not isinstance(self.transaction_id, Unset):
            files.append(
                ("transaction_id", (None, str(self.transaction_id).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_license_create_detail_enrollment_config import (
            ProgramLicenseCreateDetailEnrollmentConfig,  # noqa: PLC0415
        )
        from ..models.program_license_create_detail_metadata import (
            ProgramLicenseCreateDetailMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        program_key = d.pop("program_key")

        name = d.pop("name")

        count = d.pop("count")

        started = datetime.datetime.fromisoformat(d.pop("started"))

        platform_key = d.pop("platform_key", UNSET)

        platform_org = d.pop("platform_org", UNSET)

        platform_id = d.pop("platform_id", UNSET)

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

        external_id = d.pop("external_id", UNSET)

        active = d.pop("active", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProgramLicenseCreateDetailMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ProgramLicenseCreateDetailMetadata.from_dict(_metadata)

        _enrollment_config = d.pop("enrollment_config", UNSET)
        enrollment_config: ProgramLicenseCreateDetailEnrollmentConfig | Unset
        if isinstance(_enrollment_config, Unset):
            enrollment_config = UNSET
        else:
            enrollment_config = ProgramLicenseCreateDetailEnrollmentConfig.from_dict(
                _enrollment_config
            )

        source = d.pop("source", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        program_license_create_detail = cls(
            program_key=program_key,
            name=name,
            count=count,
            started=started,
            platform_key=platform_key,
            platform_org=platform_org,
            platform_id=platform_id,
            expired=expired,
            external_id=external_id,
            active=active,
            metadata=metadata,
            enrollment_config=enrollment_config,
            source=source,
            transaction_id=transaction_id,
        )

        program_license_create_detail.additional_properties = d
        return program_license_create_detail

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
