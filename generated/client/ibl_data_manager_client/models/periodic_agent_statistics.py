from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PeriodicAgentStatistics")


@_attrs_define
class PeriodicAgentStatistics:
    """
    Attributes:
        total_tasks (int):
        succeeded_tasks (int):
        failed_tasks (int):
        running_tasks (int):
        pending_tasks (int):
    """

    total_tasks: int
    succeeded_tasks: int
    failed_tasks: int
    running_tasks: int
    pending_tasks: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_tasks = self.total_tasks

        succeeded_tasks = self.succeeded_tasks

        failed_tasks = self.failed_tasks

        running_tasks = self.running_tasks

        pending_tasks = self.pending_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_tasks": total_tasks,
                "succeeded_tasks": succeeded_tasks,
                "failed_tasks": failed_tasks,
                "running_tasks": running_tasks,
                "pending_tasks": pending_tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_tasks = d.pop("total_tasks")

        succeeded_tasks = d.pop("succeeded_tasks")

        failed_tasks = d.pop("failed_tasks")

        running_tasks = d.pop("running_tasks")

        pending_tasks = d.pop("pending_tasks")

        periodic_agent_statistics = cls(
            total_tasks=total_tasks,
            succeeded_tasks=succeeded_tasks,
            failed_tasks=failed_tasks,
            running_tasks=running_tasks,
            pending_tasks=pending_tasks,
        )

        periodic_agent_statistics.additional_properties = d
        return periodic_agent_statistics

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
