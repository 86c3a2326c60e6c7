from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_license_group_assignment_create_metadata import (
        CourseLicenseGroupAssignmentCreateMetadata,
    )


T = TypeVar("T", bound="CourseLicenseGroupAssignmentCreate")


@_attrs_define
class CourseLicenseGroupAssignmentCreate:
    """Request serializer for CourseLicenseGroupAssignmentView POST endpoint

    Attributes:
        license_id (int): The ID of the course license
        group_id (int): The group ID to assign the license to
        platform_key (str | Unset): The unique identifier for the platform
        platform_org (str | Unset): The organization identifier for the platform
        active (bool | Unset): Whether the assignment is active Default: True.
        fulfilled (bool | Unset): Whether the assignment has been fulfilled Default: False.
        metadata (CourseLicenseGroupAssignmentCreateMetadata | Unset): Additional metadata for the assignment
    """

    license_id: int
    group_id: int
    platform_key: str | Unset = UNSET
    platform_org: str | Unset = UNSET
    active: bool | Unset = True
    fulfilled: bool | Unset = False
    metadata: CourseLicenseGroupAssignmentCreateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_id = self.license_id

        group_id = self.group_id

        platform_key = self.platform_key

        platform_org = self.platform_org

        active = self.active

        fulfilled = self.fulfilled

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "license_id": license_id,
                "group_id": group_id,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if active is not UNSET:
            field_dict["active"] = active
        if fulfilled is not UNSET:
            field_dict["fulfilled"] = fulfilled
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("license_id", (None, str(self.license_id).encode(), "text/plain")))

        files.append(("group_id", (None, str(self.group_id).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.platform_org, Unset):
            files.append(("platform_org", (None, str(self.platform_org).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        if not isinstance(self.fulfilled, Unset):
            files.append(("fulfilled", (None, str(self.fulfilled).encode(), "text/plain")))

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
        from ..models.course_license_group_assignment_create_metadata import (
            CourseLicenseGroupAssignmentCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        license_id = d.pop("license_id")

        group_id = d.pop("group_id")

        platform_key = d.pop("platform_key", UNSET)

        platform_org = d.pop("platform_org", UNSET)

        active = d.pop("active", UNSET)

        fulfilled = d.pop("fulfilled", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseLicenseGroupAssignmentCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CourseLicenseGroupAssignmentCreateMetadata.from_dict(_metadata)

        course_license_group_assignment_create = cls(
            license_id=license_id,
            group_id=group_id,
            platform_key=platform_key,
            platform_org=platform_org,
            active=active,
            fulfilled=fulfilled,
            metadata=metadata,
        )

        course_license_group_assignment_create.additional_properties = d
        return course_license_group_assignment_create

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
