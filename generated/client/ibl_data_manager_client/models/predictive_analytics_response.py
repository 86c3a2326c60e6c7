from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.response_data_variable import ResponseDataVariable


T = TypeVar("T", bound="PredictiveAnalyticsResponse")


@_attrs_define
class PredictiveAnalyticsResponse:
    """
    Attributes:
        predictions (list[ResponseDataVariable]):
    """

    predictions: list[ResponseDataVariable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        predictions = []
        for predictions_item_data in self.predictions:
            predictions_item = predictions_item_data.to_dict()
            predictions.append(predictions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "predictions": predictions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_data_variable import ResponseDataVariable  # noqa: PLC0415

        d = dict(src_dict)
        predictions = []
        _predictions = d.pop("predictions")
        for predictions_item_data in _predictions:
            predictions_item = ResponseDataVariable.from_dict(predictions_item_data)

            predictions.append(predictions_item)

        predictive_analytics_response = cls(
            predictions=predictions,
        )

        predictive_analytics_response.additional_properties = d
        return predictive_analytics_response

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
