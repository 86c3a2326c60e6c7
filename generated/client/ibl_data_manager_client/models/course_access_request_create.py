from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseAccessRequestCreate")


@_attrs_define
class CourseAccessRequestCreate:
    """Request serializer for CourseLicenseAccessRequestUserView POST endpoint

    Attributes:
        course_id (str): The unique identifier for the course
        platform_key (str | Unset): The unique identifier for the platform
        platform_org (str | Unset): The organization identifier for the platform
    """

    course_id: str
    platform_key: str | Unset = UNSET
    platform_org: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        platform_key = self.platform_key

        platform_org = self.platform_org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.platform_org, Unset):
            files.append(("platform_org", (None, str(self.platform_org).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        platform_key = d.pop("platform_key", UNSET)

        platform_org = d.pop("platform_org", UNSET)

        course_access_request_create = cls(
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
        )

        course_access_request_create.additional_properties = d
        return course_access_request_create

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
