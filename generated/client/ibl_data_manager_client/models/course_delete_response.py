from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_delete_response_type import CourseDeleteResponseType


T = TypeVar("T", bound="CourseDeleteResponse")


@_attrs_define
class CourseDeleteResponse:
    """Serializer for course deletion response.

    Attributes:
        count (int): Number of courses deleted
        type_ (CourseDeleteResponseType): Types of objects deleted
    """

    count: int
    type_: CourseDeleteResponseType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_delete_response_type import CourseDeleteResponseType  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        type_ = CourseDeleteResponseType.from_dict(d.pop("type"))

        course_delete_response = cls(
            count=count,
            type_=type_,
        )

        course_delete_response.additional_properties = d
        return course_delete_response

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
