from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseMetadataSearchRequest")


@_attrs_define
class CourseMetadataSearchRequest:
    """Serializer for course metadata search request body.

    Attributes:
        data_contains (Any | Unset): Filter by metadata fields (JSON object)
        slug (str | Unset): Filter by course slug
        course_id (str | Unset): Filter by course ID
    """

    data_contains: Any | Unset = UNSET
    slug: str | Unset = UNSET
    course_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_contains = self.data_contains

        slug = self.slug

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_contains is not UNSET:
            field_dict["data__contains"] = data_contains
        if slug is not UNSET:
            field_dict["slug"] = slug
        if course_id is not UNSET:
            field_dict["course_id"] = course_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.data_contains, Unset):
            files.append(("data__contains", (None, str(self.data_contains).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.course_id, Unset):
            files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_contains = d.pop("data__contains", UNSET)

        slug = d.pop("slug", UNSET)

        course_id = d.pop("course_id", UNSET)

        course_metadata_search_request = cls(
            data_contains=data_contains,
            slug=slug,
            course_id=course_id,
        )

        course_metadata_search_request.additional_properties = d
        return course_metadata_search_request

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
