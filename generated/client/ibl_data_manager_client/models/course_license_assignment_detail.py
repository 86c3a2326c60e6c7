from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_license_assignment_detail_metadata import (
        CourseLicenseAssignmentDetailMetadata,
    )


T = TypeVar("T", bound="CourseLicenseAssignmentDetail")


@_attrs_define
class CourseLicenseAssignmentDetail:
    """Response serializer for course license assignment details

    Attributes:
        id (int): The unique identifier for the assignment
        user_id (int): The ID of the user assigned the license
        username (str): The username of the user assigned the license
        email (None | str): The email address of the user assigned the license
        active (bool): Whether the assignment is active
        metadata (CourseLicenseAssignmentDetailMetadata): Additional metadata for the assignment
        license_id (int): The ID of the course license
        license_name (str): The name of the course license
        course_id (str): The course ID associated with the license
        fulfilled (bool | Unset): Whether the assignment has been fulfilled
        redirect_to (None | str | Unset): URL to redirect to after fulfillment
    """

    id: int
    user_id: int
    username: str
    email: None | str
    active: bool
    metadata: CourseLicenseAssignmentDetailMetadata
    license_id: int
    license_name: str
    course_id: str
    fulfilled: bool | Unset = UNSET
    redirect_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        username = self.username

        email: None | str = self.email

        active = self.active

        metadata = self.metadata.to_dict()

        license_id = self.license_id

        license_name = self.license_name

        course_id = self.course_id

        fulfilled = self.fulfilled

        redirect_to: None | str | Unset = self.redirect_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "email": email,
                "active": active,
                "metadata": metadata,
                "license_id": license_id,
                "license_name": license_name,
                "course_id": course_id,
            }
        )
        if fulfilled is not UNSET:
            field_dict["fulfilled"] = fulfilled
        if redirect_to is not UNSET:
            field_dict["redirect_to"] = redirect_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_license_assignment_detail_metadata import (
            CourseLicenseAssignmentDetailMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        active = d.pop("active")

        metadata = CourseLicenseAssignmentDetailMetadata.from_dict(d.pop("metadata"))

        license_id = d.pop("license_id")

        license_name = d.pop("license_name")

        course_id = d.pop("course_id")

        fulfilled = d.pop("fulfilled", UNSET)

        redirect_to = d.pop("redirect_to", UNSET)

        course_license_assignment_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            email=email,
            active=active,
            metadata=metadata,
            license_id=license_id,
            license_name=license_name,
            course_id=course_id,
            fulfilled=fulfilled,
            redirect_to=redirect_to,
        )

        course_license_assignment_detail.additional_properties = d
        return course_license_assignment_detail

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
