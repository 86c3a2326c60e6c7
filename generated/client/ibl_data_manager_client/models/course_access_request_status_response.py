from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseAccessRequestStatusResponse")


@_attrs_define
class CourseAccessRequestStatusResponse:
    """Response serializer for CourseLicenseAccessRequestUserView GET endpoint

    Attributes:
        active (bool): Whether the access request is active
        approved (bool | None): Whether the access request has been approved (null if not reviewed)
        exists (bool): Whether an access request exists for this user and course
    """

    active: bool
    approved: bool | None
    exists: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        approved: bool | None = self.approved

        exists = self.exists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "approved": approved,
                "exists": exists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        approved = d.pop("approved")

        exists = d.pop("exists")

        course_access_request_status_response = cls(
            active=active,
            approved=approved,
            exists=exists,
        )

        course_access_request_status_response.additional_properties = d
        return course_access_request_status_response

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
