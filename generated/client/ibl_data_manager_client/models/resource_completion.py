from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceCompletion")


@_attrs_define
class ResourceCompletion:
    """Serializer for resource completion data used in both request and response. Inherits
    common completion fields from CompletableBaseSerializer.

        Attributes:
            last_updated (datetime.datetime): Last update timestamp
            resource_id (int): The unique identifier for the resource
            resource_type (str): The type of resource
            user_id (int): The user identifier
            username (str): The username associated with the completion
            completion_percentage (float | None | Unset): Completion percentage
            completed (bool | None | Unset): Whether completable is completed Default: False.
            completion_date (datetime.datetime | None | Unset): Completion timestamp
            completion_data (Any | Unset): Completion metadata
            skill_points_computed (bool | None | Unset): Whether skill points have been evaluated Default: False.
    """

    last_updated: datetime.datetime
    resource_id: int
    resource_type: str
    user_id: int
    username: str
    completion_percentage: float | None | Unset = UNSET
    completed: bool | None | Unset = False
    completion_date: datetime.datetime | None | Unset = UNSET
    completion_data: Any | Unset = UNSET
    skill_points_computed: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_updated = self.last_updated.isoformat()

        resource_id = self.resource_id

        resource_type = self.resource_type

        user_id = self.user_id

        username = self.username

        completion_percentage: float | None | Unset = self.completion_percentage

        completed: bool | None | Unset = self.completed

        completion_date: None | str | Unset
        if isinstance(self.completion_date, Unset):
            completion_date = UNSET
        elif isinstance(self.completion_date, datetime.datetime):
            completion_date = self.completion_date.isoformat()
        else:
            completion_date = self.completion_date

        completion_data = self.completion_data

        skill_points_computed: bool | None | Unset = self.skill_points_computed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_updated": last_updated,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "user_id": user_id,
                "username": username,
            }
        )
        if completion_percentage is not UNSET:
            field_dict["completion_percentage"] = completion_percentage
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completion_date is not UNSET:
            field_dict["completion_date"] = completion_date
        if completion_data is not UNSET:
            field_dict["completion_data"] = completion_data
        if skill_points_computed is not UNSET:
            field_dict["skill_points_computed"] = skill_points_computed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_updated = datetime.datetime.fromisoformat(d.pop("last_updated"))

        resource_id = d.pop("resource_id")

        resource_type = d.pop("resource_type")

        user_id = d.pop("user_id")

        username = d.pop("username")

        completion_percentage = d.pop("completion_percentage", UNSET)

        completed = d.pop("completed", UNSET)

        def _parse_completion_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_date_type_0 = datetime.datetime.fromisoformat(data)

                return completion_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completion_date = _parse_completion_date(d.pop("completion_date", UNSET))

        completion_data = d.pop("completion_data", UNSET)

        skill_points_computed = d.pop("skill_points_computed", UNSET)

        resource_completion = cls(
            last_updated=last_updated,
            resource_id=resource_id,
            resource_type=resource_type,
            user_id=user_id,
            username=username,
            completion_percentage=completion_percentage,
            completed=completed,
            completion_date=completion_date,
            completion_data=completion_data,
            skill_points_computed=skill_points_computed,
        )

        resource_completion.additional_properties = d
        return resource_completion

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
