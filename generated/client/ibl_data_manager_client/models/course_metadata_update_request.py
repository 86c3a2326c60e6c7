from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseMetadataUpdateRequest")


@_attrs_define
class CourseMetadataUpdateRequest:
    """Serializer for course metadata update request body.

    Attributes:
        course_id (str): The course ID to update metadata for
        metadata (Any): The metadata to update
        update (bool | Unset): Whether to update (True) or overwrite (False) existing metadata Default: True.
    """

    course_id: str
    metadata: Any
    update: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_id = self.course_id

        metadata = self.metadata

        update = self.update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "metadata": metadata,
            }
        )
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.update, Unset):
            files.append(("update", (None, str(self.update).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_id = d.pop("course_id")

        metadata = d.pop("metadata")

        update = d.pop("update", UNSET)

        course_metadata_update_request = cls(
            course_id=course_id,
            metadata=metadata,
            update=update,
        )

        course_metadata_update_request.additional_properties = d
        return course_metadata_update_request

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
