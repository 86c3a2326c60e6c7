from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_license_group_assignment_create_metadata import (
        ProgramLicenseGroupAssignmentCreateMetadata,
    )


T = TypeVar("T", bound="ProgramLicenseGroupAssignmentCreate")


@_attrs_define
class ProgramLicenseGroupAssignmentCreate:
    """Request serializer for ProgramLicenseGroupAssignmentView POST endpoint.  This serializer
    validates the request data for creating or updating a program license group assignment.
    Group assignments will automatically create individual assignments for all users in the
    group.  Fields:     license_id: The ID of the program license to assign     group_id:
    The ID of the user group to assign the license to     platform_key: The unique
    identifier for the platform (for permission validation)     platform_org: The
    organization identifier for the platform (for permission validation)     active: Whether
    the group assignment should be active     fulfilled: Whether the group assignment should
    be marked as fulfilled     redirect_to: URL to redirect to after fulfillment
    metadata: Additional metadata for the group assignment  Notes:     - All users in the
    group will receive individual license assignments     - The license must have enough
    available seats for all users in the group     - If the license doesn't have enough
    seats, the operation will fail     - Users who already have a direct assignment to this
    license will not be affected

        Attributes:
            license_id (int): The ID of the program license to assign
            group_id (int): The ID of the user group to assign the license to
            platform_key (str | Unset): The unique identifier for the platform (for permission validation)
            platform_org (str | Unset): The organization identifier for the platform (for permission validation)
            active (bool | Unset): Whether the group assignment should be active Default: True.
            fulfilled (bool | Unset): Whether the group assignment should be marked as fulfilled Default: False.
            redirect_to (None | str | Unset): URL to redirect to after fulfillment
            metadata (ProgramLicenseGroupAssignmentCreateMetadata | Unset): Additional metadata for the group assignment
    """

    license_id: int
    group_id: int
    platform_key: str | Unset = UNSET
    platform_org: str | Unset = UNSET
    active: bool | Unset = True
    fulfilled: bool | Unset = False
    redirect_to: None | str | Unset = UNSET
    metadata: ProgramLicenseGroupAssignmentCreateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_id = self.license_id

        group_id = self.group_id

        platform_key = self.platform_key

        platform_org = self.platform_org

        active = self.active

        fulfilled = self.fulfilled

        redirect_to: None | str | Unset = self.redirect_to

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
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to
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

        if not isinstance(self.redirect_to, Unset):
            if isinstance(self.redirect_to, str):
                files.append(("redirect_to", (None, str(self.redirect_to).encode(), "text/plain")))
            else:
                files.append(("redirect_to", (None, str(self.redirect_to).encode(), "text/plain")))

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
        from ..models.program_license_group_assignment_create_metadata import (
            ProgramLicenseGroupAssignmentCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        license_id = d.pop("license_id")

        group_id = d.pop("group_id")

        platform_key = d.pop("platform_key", UNSET)

        platform_org = d.pop("platform_org", UNSET)

        active = d.pop("active", UNSET)

        fulfilled = d.pop("fulfilled", UNSET)

        redirect_to = d.pop("redirect_to", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProgramLicenseGroupAssignmentCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ProgramLicenseGroupAssignmentCreateMetadata.from_dict(_metadata)

        program_license_group_assignment_create = cls(
            license_id=license_id,
            group_id=group_id,
            platform_key=platform_key,
            platform_org=platform_org,
            active=active,
            fulfilled=fulfilled,
            redirect_to=redirect_to,
            metadata=metadata,
        )

        program_license_group_assignment_create.additional_properties = d
        return program_license_group_assignment_create

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
