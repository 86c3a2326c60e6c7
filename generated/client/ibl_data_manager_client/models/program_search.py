from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_course_position import ProgramCoursePosition


T = TypeVar("T", bound="ProgramSearch")


@_attrs_define
class ProgramSearch:
    """
    Attributes:
        course_list (list[ProgramCoursePosition]):
        program_id (str): A unique program ID identifiable by edX.
        program_key (str):
        platform_key (str):
        program_type (str):
        name (str | Unset): The verbose name of the program.
        enabled (bool | Unset): Select if this program should be enabled.
        slug (None | str | Unset): An additional unique slug field. (Optional)
        org (str | Unset):
        data (Any | Unset): Metadata
    """

    course_list: list[ProgramCoursePosition]
    program_id: str
    program_key: str
    platform_key: str
    program_type: str
    name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    slug: None | str | Unset = UNSET
    org: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_list = []
        for course_list_item_data in self.course_list:
            course_list_item = course_list_item_data.to_dict()
            course_list.append(course_list_item)

        program_id = self.program_id

        program_key = self.program_key

        platform_key = self.platform_key

        program_type = self.program_type

        name = self.name

        enabled = self.enabled

        slug: None | str | Unset = self.slug

        org = self.org

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_list": course_list,
                "program_id": program_id,
                "program_key": program_key,
                "platform_key": platform_key,
                "program_type": program_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if slug is not UNSET:
            field_dict["slug"] = slug
        if org is not UNSET:
            field_dict["org"] = org
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_course_position import ProgramCoursePosition  # noqa: PLC0415

        d = dict(src_dict)
        course_list = []
        _course_list = d.pop("course_list")
        for course_list_item_data in _course_list:
            course_list_item = ProgramCoursePosition.from_dict(course_list_item_data)

            course_list.append(course_list_item)

        program_id = d.pop("program_id")

        program_key = d.pop("program_key")

        platform_key = d.pop("platform_key")

        program_type = d.pop("program_type")

        name = d.pop("name", UNSET)

        enabled = d.pop("enabled", UNSET)

        slug = d.pop("slug", UNSET)

        org = d.pop("org", UNSET)

        data = d.pop("data", UNSET)

        program_search = cls(
            course_list=course_list,
            program_id=program_id,
            program_key=program_key,
            platform_key=platform_key,
            program_type=program_type,
            name=name,
            enabled=enabled,
            slug=slug,
            org=org,
            data=data,
        )

        program_search.additional_properties = d
        return program_search

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
