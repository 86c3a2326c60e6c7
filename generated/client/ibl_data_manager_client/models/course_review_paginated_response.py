from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_review_paginated_response_results_item import (
        CourseReviewPaginatedResponseResultsItem,
    )


T = TypeVar("T", bound="CourseReviewPaginatedResponse")


@_attrs_define
class CourseReviewPaginatedResponse:
    """Paginated response serializer for CourseReviewQueryView GET endpoint.

    Attributes:
        count (int): Total number of reviews
        next_page (int | None): Next page number
        previous_page (int | None): Previous page number
        results (list[CourseReviewPaginatedResponseResultsItem]):
    """

    count: int
    next_page: int | None
    previous_page: int | None
    results: list[CourseReviewPaginatedResponseResultsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_page: int | None = self.next_page

        previous_page: int | None = self.previous_page

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next_page": next_page,
                "previous_page": previous_page,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_review_paginated_response_results_item import (
            CourseReviewPaginatedResponseResultsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")

        next_page = d.pop("next_page")

        previous_page = d.pop("previous_page")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CourseReviewPaginatedResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        course_review_paginated_response = cls(
            count=count,
            next_page=next_page,
            previous_page=previous_page,
            results=results,
        )

        course_review_paginated_response.additional_properties = d
        return course_review_paginated_response

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
