from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mentor_data import MentorData


T = TypeVar("T", bound="TenantMentorTraces")


@_attrs_define
class TenantMentorTraces:
    """
    Attributes:
        tenant (str):
        tenant_total_cost (float):
        mentor_data (list[MentorData]):
    """

    tenant: str
    tenant_total_cost: float
    mentor_data: list[MentorData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant = self.tenant

        tenant_total_cost = self.tenant_total_cost

        mentor_data = []
        for mentor_data_item_data in self.mentor_data:
            mentor_data_item = mentor_data_item_data.to_dict()
            mentor_data.append(mentor_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenant": tenant,
                "tenant_total_cost": tenant_total_cost,
                "mentor_data": mentor_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_data import MentorData  # noqa: PLC0415

        d = dict(src_dict)
        tenant = d.pop("tenant")

        tenant_total_cost = d.pop("tenant_total_cost")

        mentor_data = []
        _mentor_data = d.pop("mentor_data")
        for mentor_data_item_data in _mentor_data:
            mentor_data_item = MentorData.from_dict(mentor_data_item_data)

            mentor_data.append(mentor_data_item)

        tenant_mentor_traces = cls(
            tenant=tenant,
            tenant_total_cost=tenant_total_cost,
            mentor_data=mentor_data,
        )

        tenant_mentor_traces.additional_properties = d
        return tenant_mentor_traces

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
