from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramReviewRequest")


@_attrs_define
class ProgramReviewRequest:
    """Request serializer for ProgramReviewUpdateView POST endpoint.

    Attributes:
        program_key (str): The program key to review (format: program-v1:org+program_id)
        username (str): The username of the reviewer
        user_id (int | Unset): The user ID of the reviewer (alternative to username)
        rating (float | None | Unset): The rating value (typically 1-5)
        title (str | Unset): The review title
        content (str | Unset): The review content/text
        visible (bool | Unset): Whether the review is visible Default: True.
        metadata (Any | Unset): Additional review metadata
    """

    program_key: str
    username: str
    user_id: int | Unset = UNSET
    rating: float | None | Unset = UNSET
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    visible: bool | Unset = True
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_key = self.program_key

        username = self.username

        user_id = self.user_id

        rating: float | None | Unset = self.rating

        title = self.title

        content = self.content

        visible = self.visible

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_key": program_key,
                "username": username,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if visible is not UNSET:
            field_dict["visible"] = visible
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("program_key", (None, str(self.program_key).encode(), "text/plain")))

        files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.user_id, Unset):
            files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        if not isinstance(self.rating, Unset):
            if isinstance(self.rating, float):
                files.append(("rating", (None, str(self.rating).encode(), "text/plain")))
            else:
                files.append(("rating", (None, str(self.rating).encode(), "text/plain")))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.content, Unset):
            files.append(("content", (None, str(self.content).encode(), "text/plain")))

        if not isinstance(self.visible, Unset):
            files.append(("visible", (None, str(self.visible).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        program_key = d.pop("program_key")

        username = d.pop("username")

        user_id = d.pop("user_id", UNSET)

        rating = d.pop("rating", UNSET)

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        visible = d.pop("visible", UNSET)

        metadata = d.pop("metadata", UNSET)

        program_review_request = cls(
            program_key=program_key,
            username=username,
            user_id=user_id,
            rating=rating,
            title=title,
            content=content,
            visible=visible,
            metadata=metadata,
        )

        program_review_request.additional_properties = d
        return program_review_request

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
