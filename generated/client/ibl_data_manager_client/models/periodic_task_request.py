from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crontab_schedule import CrontabSchedule


T = TypeVar("T", bound="PeriodicTaskRequest")


@_attrs_define
class PeriodicTaskRequest:
    """
    Attributes:
        crontab (CrontabSchedule):
        one_off (bool | Unset): If True, the schedule will only run the task a single time
        start_time (datetime.datetime | None | Unset): Datetime when the schedule should begin triggering the task to
            run
        enabled (bool | Unset): Set to False to disable the schedule
    """

    crontab: CrontabSchedule
    one_off: bool | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        crontab = self.crontab.to_dict()

        one_off = self.one_off

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "crontab": crontab,
            }
        )
        if one_off is not UNSET:
            field_dict["one_off"] = one_off
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crontab_schedule import CrontabSchedule  # noqa: PLC0415

        d = dict(src_dict)
        crontab = CrontabSchedule.from_dict(d.pop("crontab"))

        one_off = d.pop("one_off", UNSET)

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        enabled = d.pop("enabled", UNSET)

        periodic_task_request = cls(
            crontab=crontab,
            one_off=one_off,
            start_time=start_time,
            enabled=enabled,
        )

        periodic_task_request.additional_properties = d
        return periodic_task_request

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
