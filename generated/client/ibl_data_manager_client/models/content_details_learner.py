from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_details_learner_details import ContentDetailsLearnerDetails


T = TypeVar("T", bound="ContentDetailsLearner")


@_attrs_define
class ContentDetailsLearner:
    """Serializer for individual learner entries in content details.

    Attributes:
        user_id (int): Learner identifier
        username (None | str): Learner username
        email (None | str): Learner email
        name (None | str): Learner display name
        enrollment_date (datetime.datetime | None): Date the learner enrolled in the content
        completion_status (str): Completion status for the learner
        completion_percentage (float | None): Learner completion percentage
        last_activity (datetime.datetime | None): Last activity timestamp for the learner
        rating (float | None): Learner rating for the content, if available
        review (None | str): Learner review content, if available
        details (ContentDetailsLearnerDetails | Unset): Additional learner-specific metadata
    """

    user_id: int
    username: None | str
    email: None | str
    name: None | str
    enrollment_date: datetime.datetime | None
    completion_status: str
    completion_percentage: float | None
    last_activity: datetime.datetime | None
    rating: float | None
    review: None | str
    details: ContentDetailsLearnerDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username: None | str = self.username

        email: None | str = self.email

        name: None | str = self.name

        enrollment_date: None | str
        if isinstance(self.enrollment_date, datetime.datetime):
            enrollment_date = self.enrollment_date.isoformat()
        else:
            enrollment_date = self.enrollment_date

        completion_status = self.completion_status

        completion_percentage: float | None = self.completion_percentage

        last_activity: None | str
        if isinstance(self.last_activity, datetime.datetime):
            last_activity = self.last_activity.isoformat()
        else:
            last_activity = self.last_activity

        rating: float | None = self.rating

        review: None | str = self.review

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "name": name,
                "enrollment_date": enrollment_date,
                "completion_status": completion_status,
                "completion_percentage": completion_percentage,
                "last_activity": last_activity,
                "rating": rating,
                "review": review,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_details_learner_details import ContentDetailsLearnerDetails  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        name = d.pop("name")

        def _parse_enrollment_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrollment_date_type_0 = datetime.datetime.fromisoformat(data)

                return enrollment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        enrollment_date = _parse_enrollment_date(d.pop("enrollment_date"))

        completion_status = d.pop("completion_status")

        completion_percentage = d.pop("completion_percentage")

        def _parse_last_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_type_0 = datetime.datetime.fromisoformat(data)

                return last_activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_activity = _parse_last_activity(d.pop("last_activity"))

        rating = d.pop("rating")

        review = d.pop("review")

        _details = d.pop("details", UNSET)
        details: ContentDetailsLearnerDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ContentDetailsLearnerDetails.from_dict(_details)

        content_details_learner = cls(
            user_id=user_id,
            username=username,
            email=email,
            name=name,
            enrollment_date=enrollment_date,
            completion_status=completion_status,
            completion_percentage=completion_percentage,
            last_activity=last_activity,
            rating=rating,
            review=review,
            details=details,
        )

        content_details_learner.additional_properties = d
        return content_details_learner

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
