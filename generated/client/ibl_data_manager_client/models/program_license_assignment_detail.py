from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_license_assignment_detail_metadata import (
        ProgramLicenseAssignmentDetailMetadata,
    )


T = TypeVar("T", bound="ProgramLicenseAssignmentDetail")


@_attrs_define
class ProgramLicenseAssignmentDetail:
    """Response serializer for program license assignment details.  This serializer represents
    a program license assignment with all its attributes, including user information,
    license details, and assignment status.  Fields:     id: The unique identifier for the
    assignment     user_id: The ID of the user assigned the license (may be null for
    email-only assignments)     username: The username of the user assigned the license (may
    be null for email-only assignments)     name: The full name of the user assigned the
    license (may be null for email-only assignments)     email: The email address of the
    user assigned the license (may be null for user-only assignments)     active: Whether
    the assignment is active and valid     fulfilled: Whether the assignment has been
    processed/fulfilled     direct: Whether the assignment was directly assigned to the user
    (vs. via a group)     redirect_to: URL to redirect to after fulfillment     metadata:
    Additional metadata for the assignment     created: When the assignment was created
    modified: When the assignment was last modified     license_id: The ID of the program
    license     license_name: The name of the program license     program_key: The program
    key associated with the license

        Attributes:
            id (int): The unique identifier for the assignment
            user_id (int | None): The ID of the user assigned the license
            username (None | str): The username of the user assigned the license
            name (None | str): The full name of the user assigned the license
            email (None | str): The email address of the user assigned the license
            active (bool): Whether the assignment is active and valid
            fulfilled (bool): Whether the assignment has been processed/fulfilled
            metadata (None | ProgramLicenseAssignmentDetailMetadata):
            license_id (int): The ID of the program license
            license_name (str): The name of the program license
            program_key (str): The program key associated with the license
            direct (bool | Unset): Whether the assignment was directly assigned to the user (vs. via a group)
            redirect_to (str | Unset): URL to redirect to after fulfillment
            created (datetime.datetime | Unset): When the assignment was created
            modified (datetime.datetime | Unset): When the assignment was last modified
    """

    id: int
    user_id: int | None
    username: None | str
    name: None | str
    email: None | str
    active: bool
    fulfilled: bool
    metadata: None | ProgramLicenseAssignmentDetailMetadata
    license_id: int
    license_name: str
    program_key: str
    direct: bool | Unset = UNSET
    redirect_to: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    modified: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.program_license_assignment_detail_metadata import (
            ProgramLicenseAssignmentDetailMetadata,  # noqa: PLC0415
        )

        id = self.id

        user_id: int | None = self.user_id

        username: None | str = self.username

        name: None | str = self.name

        email: None | str = self.email

        active = self.active

        fulfilled = self.fulfilled

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ProgramLicenseAssignmentDetailMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        license_id = self.license_id

        license_name = self.license_name

        program_key = self.program_key

        direct = self.direct

        redirect_to = self.redirect_to

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "name": name,
                "email": email,
                "active": active,
                "fulfilled": fulfilled,
                "metadata": metadata,
                "license_id": license_id,
                "license_name": license_name,
                "program_key": program_key,
            }
        )
        if direct is not UNSET:
            field_dict["direct"] = direct
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_license_assignment_detail_metadata import (
            ProgramLicenseAssignmentDetailMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        username = d.pop("username")

        name = d.pop("name")

        email = d.pop("email")

        active = d.pop("active")

        fulfilled = d.pop("fulfilled")

        def _parse_metadata(data: object) -> None | ProgramLicenseAssignmentDetailMetadata:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ProgramLicenseAssignmentDetailMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgramLicenseAssignmentDetailMetadata, data)

        metadata = _parse_metadata(d.pop("metadata"))

        license_id = d.pop("license_id")

        license_name = d.pop("license_name")

        program_key = d.pop("program_key")

        direct = d.pop("direct", UNSET)

        redirect_to = d.pop("redirect_to", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        program_license_assignment_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            name=name,
            email=email,
            active=active,
            fulfilled=fulfilled,
            metadata=metadata,
            license_id=license_id,
            license_name=license_name,
            program_key=program_key,
            direct=direct,
            redirect_to=redirect_to,
            created=created,
            modified=modified,
        )

        program_license_assignment_detail.additional_properties = d
        return program_license_assignment_detail

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
