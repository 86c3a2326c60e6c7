from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoEngagementPerCourseData")


@_attrs_define
class VideoEngagementPerCourseData:
    """
    Attributes:
        name (str): Course name
        course_id (str): edx Course Id
        num_vids (int): Number of videos in course
        num_watched (int): Number of videos watched
        time_watched (int): Total time spent by all users watching videos
        avg_percent_watched (float): Average percentage of videos watched per user per course
        avg_time_watched (float): Average time spent per learner
    """

    name: str
    course_id: str
    num_vids: int
    num_watched: int
    time_watched: int
    avg_percent_watched: float
    avg_time_watched: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        course_id = self.course_id

        num_vids = self.num_vids

        num_watched = self.num_watched

        time_watched = self.time_watched

        avg_percent_watched = self.avg_percent_watched

        avg_time_watched = self.avg_time_watched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "course_id": course_id,
                "num_vids": num_vids,
                "num_watched": num_watched,
                "time_watched": time_watched,
                "avg_percent_watched": avg_percent_watched,
                "avg_time_watched": avg_time_watched,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        course_id = d.pop("course_id")

        num_vids = d.pop("num_vids")

        num_watched = d.pop("num_watched")

        time_watched = d.pop("time_watched")

        avg_percent_watched = d.pop("avg_percent_watched")

        avg_time_watched = d.pop("avg_time_watched")

        video_engagement_per_course_data = cls(
            name=name,
            course_id=course_id,
            num_vids=num_vids,
            num_watched=num_watched,
            time_watched=time_watched,
            avg_percent_watched=avg_percent_watched,
            avg_time_watched=avg_time_watched,
        )

        video_engagement_per_course_data.additional_properties = d
        return video_engagement_per_course_data

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
