from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metric_detail import MetricDetail
    from ..models.points_metric import PointsMetric
    from ..models.skills_metric import SkillsMetric


T = TypeVar("T", bound="PlatformMetrics")


@_attrs_define
class PlatformMetrics:
    """Serializer for detailed platform metrics (platform-specific view).

    Attributes:
        enrollments (MetricDetail): Base serializer for detailed metric data.
        programs (MetricDetail): Base serializer for detailed metric data.
        pathways (MetricDetail): Base serializer for detailed metric data.
        resources (MetricDetail): Base serializer for detailed metric data.
        skills (SkillsMetric): Serializer for skills metrics with breakdown.
        credentials (MetricDetail): Base serializer for detailed metric data.
        points (PointsMetric): Serializer for points metrics.
    """

    enrollments: MetricDetail
    programs: MetricDetail
    pathways: MetricDetail
    resources: MetricDetail
    skills: SkillsMetric
    credentials: MetricDetail
    points: PointsMetric
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrollments = self.enrollments.to_dict()

        programs = self.programs.to_dict()

        pathways = self.pathways.to_dict()

        resources = self.resources.to_dict()

        skills = self.skills.to_dict()

        credentials = self.credentials.to_dict()

        points = self.points.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrollments": enrollments,
                "programs": programs,
                "pathways": pathways,
                "resources": resources,
                "skills": skills,
                "credentials": credentials,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_detail import MetricDetail  # noqa: PLC0415
        from ..models.points_metric import PointsMetric  # noqa: PLC0415
        from ..models.skills_metric import SkillsMetric  # noqa: PLC0415

        d = dict(src_dict)
        enrollments = MetricDetail.from_dict(d.pop("enrollments"))

        programs = MetricDetail.from_dict(d.pop("programs"))

        pathways = MetricDetail.from_dict(d.pop("pathways"))

        resources = MetricDetail.from_dict(d.pop("resources"))

        skills = SkillsMetric.from_dict(d.pop("skills"))

        credentials = MetricDetail.from_dict(d.pop("credentials"))

        points = PointsMetric.from_dict(d.pop("points"))

        platform_metrics = cls(
            enrollments=enrollments,
            programs=programs,
            pathways=pathways,
            resources=resources,
            skills=skills,
            credentials=credentials,
            points=points,
        )

        platform_metrics.additional_properties = d
        return platform_metrics

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
