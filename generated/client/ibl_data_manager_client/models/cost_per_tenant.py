from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_cost import ModelCost


T = TypeVar("T", bound="CostPerTenant")


@_attrs_define
class CostPerTenant:
    """
    Attributes:
        platform_key (str):
        total_cost (float):
        model_costs (list[ModelCost]):
    """

    platform_key: str
    total_cost: float
    model_costs: list[ModelCost]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        total_cost = self.total_cost

        model_costs = []
        for model_costs_item_data in self.model_costs:
            model_costs_item = model_costs_item_data.to_dict()
            model_costs.append(model_costs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "total_cost": total_cost,
                "model_costs": model_costs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_cost import ModelCost  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        total_cost = d.pop("total_cost")

        model_costs = []
        _model_costs = d.pop("model_costs")
        for model_costs_item_data in _model_costs:
            model_costs_item = ModelCost.from_dict(model_costs_item_data)

            model_costs.append(model_costs_item)

        cost_per_tenant = cls(
            platform_key=platform_key,
            total_cost=total_cost,
            model_costs=model_costs,
        )

        cost_per_tenant.additional_properties = d
        return cost_per_tenant

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
