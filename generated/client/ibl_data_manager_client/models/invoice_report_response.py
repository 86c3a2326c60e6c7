from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_period import BillingPeriod
    from ..models.breakdown import Breakdown
    from ..models.entity import Entity
    from ..models.summary import Summary


T = TypeVar("T", bound="InvoiceReportResponse")


@_attrs_define
class InvoiceReportResponse:
    """Complete invoice report response.

    Attributes:
        entity (Entity): Entity information for the invoice.
        billing_period (BillingPeriod): Billing period information.
        summary (Summary): Summary metrics for the invoice.
        breakdown (Breakdown | Unset): Detailed breakdown of costs.
    """

    entity: Entity
    billing_period: BillingPeriod
    summary: Summary
    breakdown: Breakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.to_dict()

        billing_period = self.billing_period.to_dict()

        summary = self.summary.to_dict()

        breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = self.breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "billing_period": billing_period,
                "summary": summary,
            }
        )
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_period import BillingPeriod  # noqa: PLC0415
        from ..models.breakdown import Breakdown  # noqa: PLC0415
        from ..models.entity import Entity  # noqa: PLC0415
        from ..models.summary import Summary  # noqa: PLC0415

        d = dict(src_dict)
        entity = Entity.from_dict(d.pop("entity"))

        billing_period = BillingPeriod.from_dict(d.pop("billing_period"))

        summary = Summary.from_dict(d.pop("summary"))

        _breakdown = d.pop("breakdown", UNSET)
        breakdown: Breakdown | Unset
        if isinstance(_breakdown, Unset):
            breakdown = UNSET
        else:
            breakdown = Breakdown.from_dict(_breakdown)

        invoice_report_response = cls(
            entity=entity,
            billing_period=billing_period,
            summary=summary,
            breakdown=breakdown,
        )

        invoice_report_response.additional_properties = d
        return invoice_report_response

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
