from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceCompletionRequest")


@_attrs_define
class ResourceCompletionRequest:
    """Request serializer for ResourceCompletionManagementView POST endpoint.

    Attributes:
        resource_id (int): The unique identifier for the resource
        user_id (int): The ID of the user
        completed (bool | Unset): Whether the resource is completed
        completion_percentage (float | None | Unset): Percentage of completion (0.0-1.0)
        completion_date (datetime.datetime | None | Unset): When the resource was completed
        completion_data (Any | Unset): Additional completion metadata
    """

    resource_id: int
    user_id: int
    completed: bool | Unset = UNSET
    completion_percentage: float | None | Unset = UNSET
    completion_date: datetime.datetime | None | Unset = UNSET
    completion_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        user_id = self.user_id

        completed = self.completed

        completion_percentage: float | None | Unset = self.completion_percentage

        completion_date: None | str | Unset
        if isinstance(self.completion_date, Unset):
            completion_date = UNSET
        elif isinstance(self.completion_date, datetime.datetime):
            completion_date = self.completion_date.isoformat()
        else:
            completion_date = self.completion_date

        completion_data = self.completion_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "user_id": user_id,
            }
        )
        if completed is not UNSET:
            field_dict["completed"] = completed
        if completion_percentage is not UNSET:
            field_dict["completion_percentage"] = completion_percentage
        if completion_date is not UNSET:
            field_dict["completion_date"] = completion_date
        if completion_data is not UNSET:
            field_dict["completion_data"] = completion_data

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("resource_id", (None, str(self.resource_id).encode(), "text/plain")))

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        if not isinstance(self.completed, Unset):
            files.append(("completed", (None, str(self.completed).encode(), "text/plain")))

        if not isinstance(self.completion_percentage, Unset):
            if isinstance(self.completion_percentage, float):
                files.append(
                    (
                        "completion_percentage",
                        (None, str(self.completion_percentage).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "completion_percentage",
                        (None, str(self.completion_percentage).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.completion_date, Unset):
            if isinstance(self.completion_date, datetime.datetime):
                files.append(
                    (
                        "completion_date",
                        (None, self.completion_date.isoformat().encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    ("completion_date", (None, str(self.completion_date).encode(), "text/plain"))
                )

        if not isinstance(self.completion_data, Unset):
            files.append(
                ("completion_data", (None, str(self.completion_data).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resource_id")

        user_id = d.pop("user_id")

        completed = d.pop("completed", UNSET)

        completion_percentage = d.pop("completion_percentage", UNSET)

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

        resource_completion_request = cls(
            resource_id=resource_id,
            user_id=user_id,
            completed=completed,
            completion_percentage=completion_percentage,
            completion_date=completion_date,
            completion_data=completion_data,
        )

        resource_completion_request.additional_properties = d
        return resource_completion_request

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
