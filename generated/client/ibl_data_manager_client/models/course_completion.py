from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseCompletion")


@_attrs_define
class CourseCompletion:
    """
    Attributes:
        completed (bool):
        completion_percentage (float | None | Unset):
        passed (bool | None | Unset):
        passed_date (datetime.datetime | None | Unset):
    """

    completed: bool
    completion_percentage: float | None | Unset = UNSET
    passed: bool | None | Unset = UNSET
    passed_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        completion_percentage: float | None | Unset = self.completion_percentage

        passed: bool | None | Unset = self.passed

        passed_date: None | str | Unset
        if isinstance(self.passed_date, Unset):
            passed_date = UNSET
        elif isinstance(self.passed_date, datetime.datetime):
            passed_date = self.passed_date.isoformat()
        else:
            passed_date = self.passed_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed": completed,
            }
        )
        if completion_percentage is not UNSET:
            field_dict["completion_percentage"] = completion_percentage
        if passed is not UNSET:
            field_dict["passed"] = passed
        if passed_date is not UNSET:
            field_dict["passed_date"] = passed_date

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

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

        if not isinstance(self.passed, Unset):
            if isinstance(self.passed, bool):
                files.append(("passed", (None, str(self.passed).encode(), "text/plain")))
            else:
                files.append(("passed", (None, str(self.passed).encode(), "text/plain")))

        if not isinstance(self.passed_date, Unset):
            if isinstance(self.passed_date, datetime.datetime):
                files.append(
                    ("passed_date", (None, self.passed_date.isoformat().encode(), "text/plain"))
                )
            else:
                files.append(("passed_date", (None, str(self.passed_date).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed = d.pop("completed")

        completion_percentage = d.pop("completion_percentage", UNSET)

        passed = d.pop("passed", UNSET)

        def _parse_passed_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                passed_date_type_0 = datetime.datetime.fromisoformat(data)

                return passed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        passed_date = _parse_passed_date(d.pop("passed_date", UNSET))

        course_completion = cls(
            completed=completed,
            completion_percentage=completion_percentage,
            passed=passed,
            passed_date=passed_date,
        )

        course_completion.additional_properties = d
        return course_completion

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
