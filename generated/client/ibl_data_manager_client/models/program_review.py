from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgramReview")


@_attrs_define
class ProgramReview:
    """Serializer for program review data.

    Attributes:
        user_id (int): The user identifier
        username (str): The username of the reviewer
        content (str): Review content/text
        rating (float | None): Rating value (typically 1-5)
        title (str): Review title
        visible (bool): Whether the review is visible
        created (None | str): Date when review was created
        modified (None | str): Date when review was last modified
        program_key (str): The program key identifier
    """

    user_id: int
    username: str
    content: str
    rating: float | None
    title: str
    visible: bool
    created: None | str
    modified: None | str
    program_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        content = self.content

        rating: float | None = self.rating

        title = self.title

        visible = self.visible

        created: None | str = self.created

        modified: None | str = self.modified

        program_key = self.program_key

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
                "program_key": program_key,
            }
        )

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

        created = d.pop("created")

        modified = d.pop("modified")

        program_key = d.pop("program_key")

        program_review = cls(
            user_id=user_id,
            username=username,
            content=content,
            rating=rating,
            title=title,
            visible=visible,
            created=created,
            modified=modified,
            program_key=program_key,
        )

        program_review.additional_properties = d
        return program_review

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
