from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.learner_metrics import LearnerMetrics


T = TypeVar("T", bound="LearnerListItem")


@_attrs_define
class LearnerListItem:
    """Serializer for individual learner in the list.

    Attributes:
        user_id (int): User ID
        username (None | str): Username
        email (None | str): Email address
        name (None | str): Display name
        is_active (bool): Whether user is active
        platform_id (int): Platform ID
        platform_name (None | str): Platform name
        platform_key (None | str): Platform key
        metrics (LearnerMetrics): Serializer for learner metrics from UserPlatformSummary.
        first_activity (datetime.datetime | None): First activity date
        last_activity (datetime.datetime | None): Last activity date
    """

    user_id: int
    username: None | str
    email: None | str
    name: None | str
    is_active: bool
    platform_id: int
    platform_name: None | str
    platform_key: None | str
    metrics: LearnerMetrics
    first_activity: datetime.datetime | None
    last_activity: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username: None | str = self.username

        email: None | str = self.email

        name: None | str = self.name

        is_active = self.is_active

        platform_id = self.platform_id

        platform_name: None | str = self.platform_name

        platform_key: None | str = self.platform_key

        metrics = self.metrics.to_dict()

        first_activity: None | str
        if isinstance(self.first_activity, datetime.datetime):
            first_activity = self.first_activity.isoformat()
        else:
            first_activity = self.first_activity

        last_activity: None | str
        if isinstance(self.last_activity, datetime.datetime):
            last_activity = self.last_activity.isoformat()
        else:
            last_activity = self.last_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "name": name,
                "is_active": is_active,
                "platform_id": platform_id,
                "platform_name": platform_name,
                "platform_key": platform_key,
                "metrics": metrics,
                "first_activity": first_activity,
                "last_activity": last_activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_metrics import LearnerMetrics  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        name = d.pop("name")

        is_active = d.pop("is_active")

        platform_id = d.pop("platform_id")

        platform_name = d.pop("platform_name")

        platform_key = d.pop("platform_key")

        metrics = LearnerMetrics.from_dict(d.pop("metrics"))

        def _parse_first_activity(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_activity_type_0 = datetime.datetime.fromisoformat(data)

                return first_activity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_activity = _parse_first_activity(d.pop("first_activity"))

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

        learner_list_item = cls(
            user_id=user_id,
            username=username,
            email=email,
            name=name,
            is_active=is_active,
            platform_id=platform_id,
            platform_name=platform_name,
            platform_key=platform_key,
            metrics=metrics,
            first_activity=first_activity,
            last_activity=last_activity,
        )

        learner_list_item.additional_properties = d
        return learner_list_item

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
