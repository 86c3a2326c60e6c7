from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseReviewResponse")


@_attrs_define
class CourseReviewResponse:
    """Response serializer for CourseReviewQueryView GET endpoint. Matches the actual structure
    returned by review.to_json()

        Attributes:
            user_id (int): User ID of the reviewer
            username (str): Username of the reviewer
            content (str): Review content
            rating (float | None): Review rating
            title (str): Review title
            visible (bool): Whether review is visible
            created (datetime.datetime): Review creation date
            modified (datetime.datetime): Review modification date
            metadata (Any):
            course_id (str | Unset):
    """

    user_id: int
    username: str
    content: str
    rating: float | None
    title: str
    visible: bool
    created: datetime.datetime
    modified: datetime.datetime
    metadata: Any
    course_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        content = self.content

        rating: float | None = self.rating

        title = self.title

        visible = self.visible

        created = self.created.isoformat()

        modified = self.modified.isoformat()

        metadata = self.metadata

        course_id = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "content": content,
                "rating": rating,
                "title": title,
                "visible": visible,
                "created": created,
                "modified": modified,
                "metadata": metadata,
            }
        )
        if course_id is not UNSET:
            field_dict["course_id"] = course_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        content = d.pop("content")

        rating = d.pop("rating")

        title = d.pop("title")

        visible = d.pop("visible")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        modified = datetime.datetime.fromisoformat(d.pop("modified"))

        metadata = d.pop("metadata")

        course_id = d.pop("course_id", UNSET)

        course_review_response = cls(
            user_id=user_id,
            username=username,
            content=content,
            rating=rating,
            title=title,
            visible=visible,
            created=created,
            modified=modified,
            metadata=metadata,
            course_id=course_id,
        )

        course_review_response.additional_properties = d
        return course_review_response

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
