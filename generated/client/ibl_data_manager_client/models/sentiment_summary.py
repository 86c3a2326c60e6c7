from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sentiment_summary_sentiment_distribution import (
        SentimentSummarySentimentDistribution,
    )


T = TypeVar("T", bound="SentimentSummary")


@_attrs_define
class SentimentSummary:
    """
    Attributes:
        sentiment_distribution (SentimentSummarySentimentDistribution):
        total_sentiments (int):
    """

    sentiment_distribution: SentimentSummarySentimentDistribution
    total_sentiments: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sentiment_distribution = self.sentiment_distribution.to_dict()

        total_sentiments = self.total_sentiments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sentiment_distribution": sentiment_distribution,
                "total_sentiments": total_sentiments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sentiment_summary_sentiment_distribution import (
            SentimentSummarySentimentDistribution,  # noqa: PLC0415
        )

        d = dict(src_dict)
        sentiment_distribution = SentimentSummarySentimentDistribution.from_dict(
            d.pop("sentiment_distribution")
        )

        total_sentiments = d.pop("total_sentiments")

        sentiment_summary = cls(
            sentiment_distribution=sentiment_distribution,
            total_sentiments=total_sentiments,
        )

        sentiment_summary.additional_properties = d
        return sentiment_summary

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
