from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.top_content import TopContent


T = TypeVar("T", bound="LearnerMetrics")


@_attrs_define
class LearnerMetrics:
    """Serializer for learner metrics from UserPlatformSummary.

    Attributes:
        enrollments (int): Total enrollments
        programs (int): Total programs
        pathways (int): Total pathways
        resources (int): Total resources
        reported_skills (int): Reported skills count
        desired_skills (int): Desired skills count
        assigned_skills (int): Assigned skills count
        total_skills (int): Total skills count
        credentials (int): Credentials earned
        points (float): Total points
        total_time_spent_seconds (int): Total time spent in seconds
        top_content (TopContent): Serializer for top content information.
    """

    enrollments: int
    programs: int
    pathways: int
    resources: int
    reported_skills: int
    desired_skills: int
    assigned_skills: int
    total_skills: int
    credentials: int
    points: float
    total_time_spent_seconds: int
    top_content: TopContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrollments = self.enrollments

        programs = self.programs

        pathways = self.pathways

        resources = self.resources

        reported_skills = self.reported_skills

        desired_skills = self.desired_skills

        assigned_skills = self.assigned_skills

        total_skills = self.total_skills

        credentials = self.credentials

        points = self.points

        total_time_spent_seconds = self.total_time_spent_seconds

        top_content = self.top_content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrollments": enrollments,
                "programs": programs,
                "pathways": pathways,
                "resources": resources,
                "reported_skills": reported_skills,
                "desired_skills": desired_skills,
                "assigned_skills": assigned_skills,
                "total_skills": total_skills,
                "credentials": credentials,
                "points": points,
                "total_time_spent_seconds": total_time_spent_seconds,
                "top_content": top_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.top_content import TopContent  # noqa: PLC0415

        d = dict(src_dict)
        enrollments = d.pop("enrollments")

        programs = d.pop("programs")

        pathways = d.pop("pathways")

        resources = d.pop("resources")

        reported_skills = d.pop("reported_skills")

        desired_skills = d.pop("desired_skills")

        assigned_skills = d.pop("assigned_skills")

        total_skills = d.pop("total_skills")

        credentials = d.pop("credentials")

        points = d.pop("points")

        total_time_spent_seconds = d.pop("total_time_spent_seconds")

        top_content = TopContent.from_dict(d.pop("top_content"))

        learner_metrics = cls(
            enrollments=enrollments,
            programs=programs,
            pathways=pathways,
            resources=resources,
            reported_skills=reported_skills,
            desired_skills=desired_skills,
            assigned_skills=assigned_skills,
            total_skills=total_skills,
            credentials=credentials,
            points=points,
            total_time_spent_seconds=total_time_spent_seconds,
            top_content=top_content,
        )

        learner_metrics.additional_properties = d
        return learner_metrics

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
