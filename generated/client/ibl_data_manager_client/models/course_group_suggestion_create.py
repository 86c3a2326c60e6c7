from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_group_suggestion_create_metadata import CourseGroupSuggestionCreateMetadata


T = TypeVar("T", bound="CourseGroupSuggestionCreate")


@_attrs_define
class CourseGroupSuggestionCreate:
    """Request serializer for CourseGroupSuggestionManagementView POST endpoint

    Attributes:
        platform_key (str): The platform for the group suggestion
        course_id (str): The course ID to suggest
        group_id (int): The group to suggest the course to
        accepted (bool | Unset): Whether the suggestion is accepted Default: False.
        visible (bool | Unset): Whether the suggestion is visible Default: True.
        metadata (CourseGroupSuggestionCreateMetadata | Unset): Additional suggestion metadata
        suggested_by (str | Unset): The user who suggested the group
        direct (bool | Unset): Whether the suggestion is direct Default: True.
        department_mode (bool | Unset): Flag to ensure department admins can call the API Default: False.
    """

    platform_key: str
    course_id: str
    group_id: int
    accepted: bool | Unset = False
    visible: bool | Unset = True
    metadata: CourseGroupSuggestionCreateMetadata | Unset = UNSET
    suggested_by: str | Unset = UNSET
    direct: bool | Unset = True
    department_mode: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        course_id = self.course_id

        group_id = self.group_id

        accepted = self.accepted

        visible = self.visible

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        suggested_by = self.suggested_by

        direct = self.direct

        department_mode = self.department_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "course_id": course_id,
                "group_id": group_id,
            }
        )
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if visible is not UNSET:
            field_dict["visible"] = visible
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if suggested_by is not UNSET:
            field_dict["suggested_by"] = suggested_by
        if direct is not UNSET:
            field_dict["direct"] = direct
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        files.append(("group_id", (None, str(self.group_id).encode(), "text/plain")))

        if not isinstance(self.accepted, Unset):
            files.append(("accepted", (None, str(self.accepted).encode(), "text/plain")))

        if not isinstance(self.visible, Unset):
            files.append(("visible", (None, str(self.visible).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(
                (
                    "metadata",
                    (None, json.dumps(self.metadata.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.suggested_by, Unset):
            files.append(("suggested_by", (None, str(self.suggested_by).encode(), "text/plain")))

        if not isinstance(self.direct, Unset):
            files.append(("direct", (None, str(self.direct).encode(), "text/plain")))

        if not isinstance(self.department_mode, Unset):
            files.append(
                ("department_mode", (None, str(self.department_mode).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_group_suggestion_create_metadata import (
            CourseGroupSuggestionCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        course_id = d.pop("course_id")

        group_id = d.pop("group_id")

        accepted = d.pop("accepted", UNSET)

        visible = d.pop("visible", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CourseGroupSuggestionCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CourseGroupSuggestionCreateMetadata.from_dict(_metadata)

        suggested_by = d.pop("suggested_by", UNSET)

        direct = d.pop("direct", UNSET)

        department_mode = d.pop("department_mode", UNSET)

        course_group_suggestion_create = cls(
            platform_key=platform_key,
            course_id=course_id,
            group_id=group_id,
            accepted=accepted,
            visible=visible,
            metadata=metadata,
            suggested_by=suggested_by,
            direct=direct,
            department_mode=department_mode,
        )

        course_group_suggestion_create.additional_properties = d
        return course_group_suggestion_create

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
