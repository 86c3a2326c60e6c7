from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_completion import CourseCompletion
    from ..models.enrollment_info import EnrollmentInfo


T = TypeVar("T", bound="CourseDetail")


@_attrs_define
class CourseDetail:
    """
    Attributes:
        course_id (str):
        enrollment (EnrollmentInfo):
        name (None | str | Unset):
        platform (None | str | Unset):
        completion (CourseCompletion | None | Unset):
        time_spent (str | Unset): Total time spent on this course in human-readable format (e.g., '1h 30m')
        time_spent_secs (int | Unset): Total time spent on this course in seconds
    """

    course_id: str
    enrollment: EnrollmentInfo
    name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    completion: CourseCompletion | None | Unset = UNSET
    time_spent: str | Unset = UNSET
    time_spent_secs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.course_completion import CourseCompletion  # noqa: PLC0415

        course_id = self.course_id

        enrollment = self.enrollment.to_dict()

        name: None | str | Unset = self.name

        platform: None | str | Unset = self.platform

        completion: dict[str, Any] | None | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        elif isinstance(self.completion, CourseCompletion):
            completion = self.completion.to_dict()
        else:
            completion = self.completion

        time_spent = self.time_spent

        time_spent_secs = self.time_spent_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_id": course_id,
                "enrollment": enrollment,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if completion is not UNSET:
            field_dict["completion"] = completion
        if time_spent is not UNSET:
            field_dict["time_spent"] = time_spent
        if time_spent_secs is not UNSET:
            field_dict["time_spent_secs"] = time_spent_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_completion import CourseCompletion  # noqa: PLC0415
        from ..models.enrollment_info import EnrollmentInfo  # noqa: PLC0415

        d = dict(src_dict)
        course_id = d.pop("course_id")

        enrollment = EnrollmentInfo.from_dict(d.pop("enrollment"))

        name = d.pop("name", UNSET)

        platform = d.pop("platform", UNSET)

        def _parse_completion(data: object) -> CourseCompletion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_type_0 = CourseCompletion.from_dict(data)

                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CourseCompletion | None | Unset, data)

        completion = _parse_completion(d.pop("completion", UNSET))

        time_spent = d.pop("time_spent", UNSET)

        time_spent_secs = d.pop("time_spent_secs", UNSET)

        course_detail = cls(
            course_id=course_id,
            enrollment=enrollment,
            name=name,
            platform=platform,
            completion=completion,
            time_spent=time_spent,
            time_spent_secs=time_spent_secs,
        )

        course_detail.additional_properties = d
        return course_detail

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
