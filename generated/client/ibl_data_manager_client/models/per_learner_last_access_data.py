from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.per_learner_course_last_access_data import PerLearnerCourseLastAccessData


T = TypeVar("T", bound="PerLearnerLastAccessData")


@_attrs_define
class PerLearnerLastAccessData:
    """
    Attributes:
        course_last_accessed (PerLearnerCourseLastAccessData | Unset):
        last_accessed (str | Unset): Last accessed time
    """

    course_last_accessed: PerLearnerCourseLastAccessData | Unset = UNSET
    last_accessed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_last_accessed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_last_accessed, Unset):
            course_last_accessed = self.course_last_accessed.to_dict()

        last_accessed = self.last_accessed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course_last_accessed is not UNSET:
            field_dict["course_last_accessed"] = course_last_accessed
        if last_accessed is not UNSET:
            field_dict["last_accessed"] = last_accessed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.per_learner_course_last_access_data import PerLearnerCourseLastAccessData  # noqa: PLC0415

        d = dict(src_dict)
        _course_last_accessed = d.pop("course_last_accessed", UNSET)
        course_last_accessed: PerLearnerCourseLastAccessData | Unset
        if isinstance(_course_last_accessed, Unset):
            course_last_accessed = UNSET
        else:
            course_last_accessed = PerLearnerCourseLastAccessData.from_dict(_course_last_accessed)

        last_accessed = d.pop("last_accessed", UNSET)

        per_learner_last_access_data = cls(
            course_last_accessed=course_last_accessed,
            last_accessed=last_accessed,
        )

        per_learner_last_access_data.additional_properties = d
        return per_learner_last_access_data

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
