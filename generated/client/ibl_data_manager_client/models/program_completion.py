from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramCompletion")


@_attrs_define
class ProgramCompletion:
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

        program_completion = cls(
            completed=completed,
            completion_percentage=completion_percentage,
            passed=passed,
            passed_date=passed_date,
        )

        program_completion.additional_properties = d
        return program_completion

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
