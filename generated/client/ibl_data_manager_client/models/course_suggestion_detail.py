from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_suggestion_detail_metadata import CourseSuggestionDetailMetadata


T = TypeVar("T", bound="CourseSuggestionDetail")


@_attrs_define
class CourseSuggestionDetail:
    """Response serializer for course suggestion details

    Attributes:
        id (int): The unique identifier for the suggestion
        user_id (int): The ID of the user receiving the suggestion
        username (str): The username of the user receiving the suggestion
        name (str): The full name of the user receiving the suggestion
        platform_key (str): The platform key associated with the suggestion
        accepted (bool): Whether the suggestion has been accepted by the user
        visible (bool): Whether the suggestion is visible to the user
        created (datetime.datetime): When the suggestion was created
        modified (datetime.datetime): When the suggestion was last modified
        metadata (CourseSuggestionDetailMetadata): Additional metadata for the suggestion
        course_id (str): The course ID being suggested
        course_name (str): The name of the course being suggested
    """

    id: int
    user_id: int
    username: str
    name: str
    platform_key: str
    accepted: bool
    visible: bool
    created: datetime.datetime
    modified: datetime.datetime
    metadata: CourseSuggestionDetailMetadata
    course_id: str
    course_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        username = self.username

        name = self.name

        platform_key = self.platform_key

        accepted = self.accepted

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata.to_dict()

        course_id = self.course_id

        course_name = self.course_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "username": username,
                "name": name,
                "platform_key": platform_key,
                "accepted": accepted,
                "visible": visible,
                "created": created,
                "modified": modified,
                "metadata": metadata,
                "course_id": course_id,
                "course_name": course_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_suggestion_detail_metadata import CourseSuggestionDetailMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        username = d.pop("username")

        name = d.pop("name")

        platform_key = d.pop("platform_key")

        accepted = d.pop("accepted")

        visible = d.pop("visible")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        metadata = CourseSuggestionDetailMetadata.from_dict(d.pop("metadata"))

        course_id = d.pop("course_id")

        course_name = d.pop("course_name")

        course_suggestion_detail = cls(
            id=id,
            user_id=user_id,
            username=username,
            name=name,
            platform_key=platform_key,
            accepted=accepted,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            course_id=course_id,
            course_name=course_name,
        )

        course_suggestion_detail.additional_properties = d
        return course_suggestion_detail

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
