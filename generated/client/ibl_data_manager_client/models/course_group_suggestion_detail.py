from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_group_suggestion_detail_metadata import CourseGroupSuggestionDetailMetadata


T = TypeVar("T", bound="CourseGroupSuggestionDetail")


@_attrs_define
class CourseGroupSuggestionDetail:
    """Response serializer for course group suggestion details

    Attributes:
        id (int): The unique identifier for the group suggestion
        group_id (int): The ID of the group receiving the suggestion
        group_name (str): The name of the group receiving the suggestion
        platform_key (str): The platform key associated with the suggestion
        visible (bool): Whether the suggestion is visible
        created (datetime.datetime): When the suggestion was created
        modified (datetime.datetime): When the suggestion was last modified
        metadata (CourseGroupSuggestionDetailMetadata): Additional metadata for the suggestion
        course_id (str): The course ID being suggested
        course_name (str): The name of the course being suggested
        accepted (bool | Unset): Whether the suggestion has been accepted
        user_count (int | Unset): Number of users in the group
    """

    id: int
    group_id: int
    group_name: str
    platform_key: str
    visible: bool
    created: datetime.datetime
    modified: datetime.datetime
    metadata: CourseGroupSuggestionDetailMetadata
    course_id: str
    course_name: str
    accepted: bool | Unset = UNSET
    user_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id = self.group_id

        group_name = self.group_name

        platform_key = self.platform_key

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata.to_dict()

        course_id = self.course_id

        course_name = self.course_name

        accepted = self.accepted

        user_count = self.user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "group_id": group_id,
                "group_name": group_name,
                "platform_key": platform_key,
                "visible": visible,
                "created": created,
                "modified": modified,
                "metadata": metadata,
                "course_id": course_id,
                "course_name": course_name,
            }
        )
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if user_count is not UNSET:
            field_dict["user_count"] = user_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_group_suggestion_detail_metadata import (
            CourseGroupSuggestionDetailMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        group_id = d.pop("group_id")

        group_name = d.pop("group_name")

        platform_key = d.pop("platform_key")

        visible = d.pop("visible")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        metadata = CourseGroupSuggestionDetailMetadata.from_dict(d.pop("metadata"))

        course_id = d.pop("course_id")

        course_name = d.pop("course_name")

        accepted = d.pop("accepted", UNSET)

        user_count = d.pop("user_count", UNSET)

        course_group_suggestion_detail = cls(
            id=id,
            group_id=group_id,
            group_name=group_name,
            platform_key=platform_key,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            course_id=course_id,
            course_name=course_name,
            accepted=accepted,
            user_count=user_count,
        )

        course_group_suggestion_detail.additional_properties = d
        return course_group_suggestion_detail

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
