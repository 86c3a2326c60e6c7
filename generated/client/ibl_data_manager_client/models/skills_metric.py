from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skills_metric_details_item import SkillsMetricDetailsItem


T = TypeVar("T", bound="SkillsMetric")


@_attrs_define
class SkillsMetric:
    """Serializer for skills metrics with breakdown.

    Attributes:
        reported (int):
        desired (int):
        assigned (int):
        total (int):
        details (list[SkillsMetricDetailsItem] | Unset):
    """

    reported: int
    desired: int
    assigned: int
    total: int
    details: list[SkillsMetricDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reported = self.reported

        desired = self.desired

        assigned = self.assigned

        total = self.total

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reported": reported,
                "desired": desired,
                "assigned": assigned,
                "total": total,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skills_metric_details_item import SkillsMetricDetailsItem  # noqa: PLC0415

        d = dict(src_dict)
        reported = d.pop("reported")

        desired = d.pop("desired")

        assigned = d.pop("assigned")

        total = d.pop("total")

        _details = d.pop("details", UNSET)
        details: list[SkillsMetricDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = SkillsMetricDetailsItem.from_dict(details_item_data)

                details.append(details_item)

        skills_metric = cls(
            reported=reported,
            desired=desired,
            assigned=assigned,
            total=total,
            details=details,
        )

        skills_metric.additional_properties = d
        return skills_metric

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
