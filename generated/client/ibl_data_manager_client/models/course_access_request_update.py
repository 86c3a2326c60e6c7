from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseAccessRequestUpdate")


@_attrs_define
class CourseAccessRequestUpdate:
    """Request serializer for CourseLicenseAccessRequestManagementView POST endpoint

    Attributes:
        request_id (int): The ID of the access request to update
        platform_key (str | Unset): The unique identifier for the platform
        platform_org (str | Unset): The organization identifier for the platform
        approved (bool | Unset): Whether to approve the request
        active (bool | Unset): Whether the request should remain active
    """

    request_id: int
    platform_key: str | Unset = UNSET
    platform_org: str | Unset = UNSET
    approved: bool | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        platform_key = self.platform_key

        platform_org = self.platform_org

        approved = self.approved

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if approved is not UNSET:
            field_dict["approved"] = approved
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("request_id", (None, str(self.request_id).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.platform_org, Unset):
            files.append(("platform_org", (None, str(self.platform_org).encode(), "text/plain")))

        if not isinstance(self.approved, Unset):
            files.append(("approved", (None, str(self.approved).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        platform_key = d.pop("platform_key", UNSET)

        platform_org = d.pop("platform_org", UNSET)

        approved = d.pop("approved", UNSET)

        active = d.pop("active", UNSET)

        course_access_request_update = cls(
            request_id=request_id,
            platform_key=platform_key,
            platform_org=platform_org,
            approved=approved,
            active=active,
        )

        course_access_request_update.additional_properties = d
        return course_access_request_update

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
