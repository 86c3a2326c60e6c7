from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_create_update_request_course_list_item import (
        ProgramCreateUpdateRequestCourseListItem,
    )


T = TypeVar("T", bound="ProgramCreateUpdateRequest")


@_attrs_define
class ProgramCreateUpdateRequest:
    """Serializer for program creation/update request body.

    Attributes:
        program_id (str): Program ID
        name (str): Program name
        course_list (list[ProgramCreateUpdateRequestCourseListItem]): List of courses in the program with course_id and
            optional position
        program_key (str | Unset): Program key
        slug (str | Unset): Program slug
        org (str | Unset): Organization
        platform_key (str | Unset): Platform key
        enabled (bool | Unset): Whether the program is enabled Default: True.
        program_type (str | Unset): Program type
        data (Any | Unset): Additional program data
    """

    program_id: str
    name: str
    course_list: list[ProgramCreateUpdateRequestCourseListItem]
    program_key: str | Unset = UNSET
    slug: str | Unset = UNSET
    org: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    enabled: bool | Unset = True
    program_type: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_id = self.program_id

        name = self.name

        course_list = []
        for course_list_item_data in self.course_list:
            course_list_item = course_list_item_data.to_dict()
            course_list.append(course_list_item)

        program_key = self.program_key

        slug = self.slug

        org = self.org

        platform_key = self.platform_key

        enabled = self.enabled

        program_type = self.program_type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_id": program_id,
                "name": name,
                "course_list": course_list,
            }
        )
        if program_key is not UNSET:
            field_dict["program_key"] = program_key
        if slug is not UNSET:
            field_dict["slug"] = slug
        if org is not UNSET:
            field_dict["org"] = org
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if program_type is not UNSET:
            field_dict["program_type"] = program_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("program_id", (None, str(self.program_id).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for course_list_item_element in self.course_list:
            files.append(
                (
                    "course_list",
                    (
                        None,
                        json.dumps(course_list_item_element.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        if not isinstance(self.program_key, Unset):
            files.append(("program_key", (None, str(self.program_key).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.org, Unset):
            files.append(("org", (None, str(self.org).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.enabled, Unset):
            files.append(("enabled", (None, str(self.enabled).encode(), "text/plain")))

        if not isinstance(self.program_type, Unset):
            files.append(("program_type", (None, str(self.program_type).encode(), "text/plain")))

        if not isinstance(self.data, Unset):
            files.append(("data", (None, str(self.data).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_create_update_request_course_list_item import (
            ProgramCreateUpdateRequestCourseListItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        program_id = d.pop("program_id")

        name = d.pop("name")

        course_list = []
        _course_list = d.pop("course_list")
        for course_list_item_data in _course_list:
            course_list_item = ProgramCreateUpdateRequestCourseListItem.from_dict(
                course_list_item_data
            )

            course_list.append(course_list_item)

        program_key = d.pop("program_key", UNSET)

        slug = d.pop("slug", UNSET)

        org = d.pop("org", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        enabled = d.pop("enabled", UNSET)

        program_type = d.pop("program_type", UNSET)

        data = d.pop("data", UNSET)

        program_create_update_request = cls(
            program_id=program_id,
            name=name,
            course_list=course_list,
            program_key=program_key,
            slug=slug,
            org=org,
            platform_key=platform_key,
            enabled=enabled,
            program_type=program_type,
            data=data,
        )

        program_create_update_request.additional_properties = d
        return program_create_update_request

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
