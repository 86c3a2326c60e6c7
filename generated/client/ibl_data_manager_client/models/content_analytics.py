from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentAnalytics")


@_attrs_define
class ContentAnalytics:
    """Serializer for individual content item analytics.

    Attributes:
        enrollments (int): Total enrollments for this item
        active_enrollments (int): Active enrollments for this item
        completion_rate (float): Completion rate percentage
        avg_rating (float | None | Unset): Average rating
        rating_count (int | Unset): Number of ratings
        associated_courses (int | Unset): Associated courses (for skills)
        learners_count (int | Unset): Number of learners (for skills)
        total_time_spent (int | Unset): Total time spent on this content in seconds (courses only)
        avg_time_per_learner (float | Unset): Average time spent per learner in seconds (courses only)
    """

    enrollments: int
    active_enrollments: int
    completion_rate: float
    avg_rating: float | None | Unset = UNSET
    rating_count: int | Unset = UNSET
    associated_courses: int | Unset = UNSET
    learners_count: int | Unset = UNSET
    total_time_spent: int | Unset = UNSET
    avg_time_per_learner: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrollments = self.enrollments

        active_enrollments = self.active_enrollments

        completion_rate = self.completion_rate

        avg_rating: float | None | Unset = self.avg_rating

        rating_count = self.rating_count

        associated_courses = self.associated_courses

        learners_count = self.learners_count

        total_time_spent = self.total_time_spent

        avg_time_per_learner = self.avg_time_per_learner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrollments": enrollments,
                "active_enrollments": active_enrollments,
                "completion_rate": completion_rate,
            }
        )
        if avg_rating is not UNSET:
            field_dict["avg_rating"] = avg_rating
        if rating_count is not UNSET:
            field_dict["rating_count"] = rating_count
        if associated_courses is not UNSET:
            field_dict["associated_courses"] = associated_courses
        if learners_count is not UNSET:
            field_dict["learners_count"] = learners_count
        if total_time_spent is not UNSET:
            field_dict["total_time_spent"] = total_time_spent
        if avg_time_per_learner is not UNSET:
            field_dict["avg_time_per_learner"] = avg_time_per_learner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enrollments = d.pop("enrollments")

        active_enrollments = d.pop("active_enrollments")

        completion_rate = d.pop("completion_rate")

        avg_rating = d.pop("avg_rating", UNSET)

        rating_count = d.pop("rating_count", UNSET)

        associated_courses = d.pop("associated_courses", UNSET)

        learners_count = d.pop("learners_count", UNSET)

        total_time_spent = d.pop("total_time_spent", UNSET)

        avg_time_per_learner = d.pop("avg_time_per_learner", UNSET)

        content_analytics = cls(
            enrollments=enrollments,
            active_enrollments=active_enrollments,
            completion_rate=completion_rate,
            avg_rating=avg_rating,
            rating_count=rating_count,
            associated_courses=associated_courses,
            learners_count=learners_count,
            total_time_spent=total_time_spent,
            avg_time_per_learner=avg_time_per_learner,
        )

        content_analytics.additional_properties = d
        return content_analytics

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
