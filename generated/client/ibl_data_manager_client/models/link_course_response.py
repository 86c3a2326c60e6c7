from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkCourseResponse")


@_attrs_define
class LinkCourseResponse:
    """
    Attributes:
        mentor_unique_id (str):
        is_linked (bool):
        course_id (None | str | Unset):
    """

    mentor_unique_id: str
    is_linked: bool
    course_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_unique_id = self.mentor_unique_id

        is_linked = self.is_linked

        course_id: None | str | Unset = self.course_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_unique_id": mentor_unique_id,
                "is_linked": is_linked,
            }
        )
        if course_id is not UNSET:
            field_dict["course_id"] = course_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor_unique_id = d.pop("mentor_unique_id")

        is_linked = d.pop("is_linked")

        course_id = d.pop("course_id", UNSET)

        link_course_response = cls(
            mentor_unique_id=mentor_unique_id,
            is_linked=is_linked,
            course_id=course_id,
        )

        link_course_response.additional_properties = d
        return link_course_response

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
