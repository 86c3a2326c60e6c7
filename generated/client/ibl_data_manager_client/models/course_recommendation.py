from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_recommendation_edx_data import CourseRecommendationEdxData


T = TypeVar("T", bound="CourseRecommendation")


@_attrs_define
class CourseRecommendation:
    """Individual course recommendation with reasoning.

    Attributes:
        course_id (str): The ID of the recommended course
        course_title (str): The title of the recommended course
        reason (str): AI-generated explanation for why this course is recommended
        domain (None | str | Unset): Course domain/subject area
        difficulty_level (None | str | Unset): Course difficulty level
        estimated_hours (float | None | Unset): Estimated hours to complete
        confidence_score (float | None | Unset): AI confidence in this recommendation (0-1)
        platform_key (None | str | Unset): Platform/tenant key this course belongs to (extracted from course_id or
            metadata)
        description (None | str | Unset): Course description (priority: description > short_description > overview with
            HTML stripped)
        short_description (None | str | Unset): Course short description from edx_data
        edx_data (CourseRecommendationEdxData | None | Unset):
    """

    course_id: str
    course_title: str
    reason: str
    domain: None | str | Unset = UNSET
    difficulty_level: None | str | Unset = UNSET
    estimated_hours: float | None | Unset = UNSET
    confidence_score: float | None | Unset = UNSET
    platform_key: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    short_description: None | str | Unset = UNSET
    edx_data: CourseRecommendationEdxData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_recommendation_edx_data import CourseRecommendationEdxData  # noqa: PLC0415

        course_id = self.course_id

        course_title = self.course_title

        reason = self.reason

        domain: None | str | Unset = self.domain

        difficulty_level: None | str | Unset = self.difficulty_level

        estimated_hours: float | None | Unset = self.estimated_hours

        confidence_score: float | None | Unset = self.confidence_score

        platform_key: None | str | Unset = self.platform_key

        description: None | str | Unset = self.description

        short_description: None | str | Unset = self.short_description

        edx_data: dict[str, Any] | None | Unset
        if isinstance(self.edx_data, Unset):
            edx_data = UNSET
        elif isinstance(self.edx_data, CourseRecommendationEdxData):
            edx_data = self.edx_data.to_dict()
        else:
            edx_data = self.edx_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "course_title": course_title,
                "reason": reason,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if difficulty_level is not UNSET:
            field_dict["difficulty_level"] = difficulty_level
        if estimated_hours is not UNSET:
            field_dict["estimated_hours"] = estimated_hours
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if description is not UNSET:
            field_dict["description"] = description
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if edx_data is not UNSET:
            field_dict["edx_data"] = edx_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_recommendation_edx_data import CourseRecommendationEdxData  # noqa: PLC0415

        d = dict(src_dict)
        course_id = d.pop("course_id")

        course_title = d.pop("course_title")

        reason = d.pop("reason")

        domain = d.pop("domain", UNSET)

        difficulty_level = d.pop("difficulty_level", UNSET)

        estimated_hours = d.pop("estimated_hours", UNSET)

        confidence_score = d.pop("confidence_score", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        description = d.pop("description", UNSET)

        short_description = d.pop("short_description", UNSET)

        def _parse_edx_data(data: object) -> CourseRecommendationEdxData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                edx_data_type_0 = CourseRecommendationEdxData.from_dict(data)

                return edx_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseRecommendationEdxData | None | Unset, data)

        edx_data = _parse_edx_data(d.pop("edx_data", UNSET))

        course_recommendation = cls(
            course_id=course_id,
            course_title=course_title,
            reason=reason,
            domain=domain,
            difficulty_level=difficulty_level,
            estimated_hours=estimated_hours,
            confidence_score=confidence_score,
            platform_key=platform_key,
            description=description,
            short_description=short_description,
            edx_data=edx_data,
        )

        course_recommendation.additional_properties = d
        return course_recommendation

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
