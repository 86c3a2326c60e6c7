from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_information_api_data_time_spent_overtime import (
        LearnerInformationAPIDataTimeSpentOvertime,
    )


T = TypeVar("T", bound="LearnerInformationAPIData")


@_attrs_define
class LearnerInformationAPIData:
    """
    Attributes:
        username (str): learner username
        name (str): learner Name
        email (str): learner email
        date_joined (str): Registration Timestamp e.g 2022-05-05T00:00:00+00:00
        last_activity (str): Last Activity Timestamp e.g 2022-05-05T00:00:00+00:00
        total_assessments (int | Unset): Total assessments attempted
        total_time_spent (int | Unset): Total time spent in seconds
        total_videos (int | Unset): Total videos watched
        course_completions (int | Unset): Total courses completed
        time_spent_overtime (LearnerInformationAPIDataTimeSpentOvertime | Unset):
        continent (str | Unset): last location - continent
        continent_code (str | Unset): last location - continent code
        country (str | Unset): last location - country
        country_code (str | Unset): last location - country code
        region (str | Unset): last location - region
        region_code (str | Unset): last location - region code
        location (str | Unset): last location
        city (str | Unset): last location - city
        browser (str | Unset): last known browser
        operating_system (str | Unset): last known operating system
        resolution (str | Unset): last known browser resolution
    """

    username: str
    name: str
    email: str
    date_joined: str
    last_activity: str
    total_assessments: int | Unset = UNSET
    total_time_spent: int | Unset = UNSET
    total_videos: int | Unset = UNSET
    course_completions: int | Unset = UNSET
    time_spent_overtime: LearnerInformationAPIDataTimeSpentOvertime | Unset = UNSET
    continent: str | Unset = UNSET
    continent_code: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    region: str | Unset = UNSET
    region_code: str | Unset = UNSET
    location: str | Unset = UNSET
    city: str | Unset = UNSET
    browser: str | Unset = UNSET
    operating_system: str | Unset = UNSET
    resolution: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        name = self.name

        email = self.email

        date_joined = self.date_joined

        last_activity = self.last_activity

        total_assessments = self.total_assessments

        total_time_spent = self.total_time_spent

        total_videos = self.total_videos

        course_completions = self.course_completions

        time_spent_overtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_spent_overtime, Unset):
            time_spent_overtime = self.time_spent_overtime.to_dict()

        continent = self.continent

        continent_code = self.continent_code

        country = self.country

        country_code = self.country_code

        region = self.region

        region_code = self.region_code

        location = self.location

        city = self.city

        browser = self.browser

        operating_system = self.operating_system

        resolution = self.resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "name": name,
                "email": email,
                "date_joined": date_joined,
                "last_activity": last_activity,
            }
        )
        if total_assessments is not UNSET:
            field_dict["total_assessments"] = total_assessments
        if total_time_spent is not UNSET:
            field_dict["total_time_spent"] = total_time_spent
        if total_videos is not UNSET:
            field_dict["total_videos"] = total_videos
        if course_completions is not UNSET:
            field_dict["course_completions"] = course_completions
        if time_spent_overtime is not UNSET:
            field_dict["time_spent_overtime"] = time_spent_overtime
        if continent is not UNSET:
            field_dict["continent"] = continent
        if continent_code is not UNSET:
            field_dict["continent_code"] = continent_code
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if region is not UNSET:
            field_dict["region"] = region
        if region_code is not UNSET:
            field_dict["region_code"] = region_code
        if location is not UNSET:
            field_dict["location"] = location
        if city is not UNSET:
            field_dict["city"] = city
        if browser is not UNSET:
            field_dict["browser"] = browser
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_information_api_data_time_spent_overtime import (
            LearnerInformationAPIDataTimeSpentOvertime,  # noqa: PLC0415
        )

        d = dict(src_dict)
        username = d.pop("username")

        name = d.pop("name")

        email = d.pop("email")

        date_joined = d.pop("date_joined")

        last_activity = d.pop("last_activity")

        total_assessments = d.pop("total_assessments", UNSET)

        total_time_spent = d.pop("total_time_spent", UNSET)

        total_videos = d.pop("total_videos", UNSET)

        course_completions = d.pop("course_completions", UNSET)

        _time_spent_overtime = d.pop("time_spent_overtime", UNSET)
        time_spent_overtime: LearnerInformationAPIDataTimeSpentOvertime | Unset
        if isinstance(_time_spent_overtime, Unset):
            time_spent_overtime = UNSET
        else:
            time_spent_overtime = LearnerInformationAPIDataTimeSpentOvertime.from_dict(
                _time_spent_overtime
            )

        continent = d.pop("continent", UNSET)

        continent_code = d.pop("continent_code", UNSET)

        country = d.pop("country", UNSET)

        country_code = d.pop("country_code", UNSET)

        region = d.pop("region", UNSET)

        region_code = d.pop("region_code", UNSET)

        location = d.pop("location", UNSET)

        city = d.pop("city", UNSET)

        browser = d.pop("browser", UNSET)

        operating_system = d.pop("operating_system", UNSET)

        resolution = d.pop("resolution", UNSET)

        learner_information_api_data = cls(
            username=username,
            name=name,
            email=email,
            date_joined=date_joined,
            last_activity=last_activity,
            total_assessments=total_assessments,
            total_time_spent=total_time_spent,
            total_videos=total_videos,
            course_completions=course_completions,
            time_spent_overtime=time_spent_overtime,
            continent=continent,
            continent_code=continent_code,
            country=country,
            country_code=country_code,
            region=region,
            region_code=region_code,
            location=location,
            city=city,
            browser=browser,
            operating_system=operating_system,
            resolution=resolution,
        )

        learner_information_api_data.additional_properties = d
        return learner_information_api_data

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
