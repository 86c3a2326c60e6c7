from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.content_item import ContentItem
    from ..models.content_pagination import ContentPagination
    from ..models.content_summary import ContentSummary


T = TypeVar("T", bound="ContentResponse")


@_attrs_define
class ContentResponse:
    """Serializer for the complete content API response.

    Attributes:
        metric (str): The metric type (course, program, pathway, skill)
        summary (ContentSummary): Serializer for content summary data.
        pagination (ContentPagination): Serializer for content pagination metadata.
        results (list[ContentItem]): List of content items
    """

    metric: str
    summary: ContentSummary
    pagination: ContentPagination
    results: list[ContentItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        summary = self.summary.to_dict()

        pagination = self.pagination.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "summary": summary,
                "pagination": pagination,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_item import ContentItem  # noqa: PLC0415
        from ..models.content_pagination import ContentPagination  # noqa: PLC0415
        from ..models.content_summary import ContentSummary  # noqa: PLC0415

        d = dict(src_dict)
        metric = d.pop("metric")

        summary = ContentSummary.from_dict(d.pop("summary"))

        pagination = ContentPagination.from_dict(d.pop("pagination"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ContentItem.from_dict(results_item_data)

            results.append(results_item)

        content_response = cls(
            metric=metric,
            summary=summary,
            pagination=pagination,
            results=results,
        )

        content_response.additional_properties = d
        return content_response

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
