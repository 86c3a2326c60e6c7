from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_invitation_redemption_metadata import CourseInvitationRedemptionMetadata


T = TypeVar("T", bound="CourseInvitationRedemption")


@_attrs_define
class CourseInvitationRedemption:
    """Request serializer for CourseInvitationRedemptionView POST endpoint

    Attributes:
        course_id (str): The course ID for the invitation
        source (str): The source identifier for the invitation
        email (str | Unset): The email to associate with the invitation
        username (str | Unset): The username to associate with the invitation
        metadata (CourseInvitationRedemptionMetadata | Unset): Additional metadata for the invitation
    """

    course_id: str
    source: str
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    metadata: CourseInvitationRedemptionMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        source = self.source

        email = self.email

        username = self.username

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "source": source,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        files.append(("source", (None, str(self.source).encode(), "text/plain")))

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(
                (
                    "metadata",
                    (None, json.dumps(self.metadata.to_dict()).encode(), "application/json"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_invitation_redemption_metadata import (
            CourseInvitationRedemptionMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        course_id = d.pop("course_id")

        source = d.pop("source")

        email = d.pop("email", UNSET)

        username = d.pop("username", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseInvitationRedemptionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CourseInvitationRedemptionMetadata.from_dict(_metadata)

        course_invitation_redemption = cls(
            course_id=course_id,
            source=source,
            email=email,
            username=username,
            metadata=metadata,
        )

        course_invitation_redemption.additional_properties = d
        return course_invitation_redemption

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
