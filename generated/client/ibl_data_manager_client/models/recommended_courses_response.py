from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recommended_courses_response_facets import RecommendedCoursesResponseFacets
    from ..models.recommended_courses_response_results_item import (
        RecommendedCoursesResponseResultsItem,
    )


T = TypeVar("T", bound="RecommendedCoursesResponse")


@_attrs_define
class RecommendedCoursesResponse:
    """Response serializer for RecommendedCoursesView

    Attributes:
        results (list[RecommendedCoursesResponseResultsItem]): List of content items matching the search criteria
        count (int): Total number of items matching the search criteria
        next_ (None | str): URL for the next page of results
        previous (None | str): URL for the previous page of results
        current_page (int): Current page number
        total_pages (int): Total number of pages
        facets (RecommendedCoursesResponseFacets | Unset): Facet information for filtering
    """

    results: list[RecommendedCoursesResponseResultsItem]
    count: int
    next_: None | str
    previous: None | str
    current_page: int
    total_pages: int
    facets: RecommendedCoursesResponseFacets | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        next_: None | str = self.next_

        previous: None | str = self.previous

        current_page = self.current_page

        total_pages = self.total_pages

        facets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facets, Unset):
            facets = self.facets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "count": count,
                "next": next_,
                "previous": previous,
                "current_page": current_page,
                "total_pages": total_pages,
            }
        )
        if facets is not UNSET:
            field_dict["facets"] = facets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recommended_courses_response_facets import RecommendedCoursesResponseFacets  # noqa: PLC0415
        from ..models.recommended_courses_response_results_item import (
            RecommendedCoursesResponseResultsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = RecommendedCoursesResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        count = d.pop("count")

        next_ = d.pop("next")

        previous = d.pop("previous")

        current_page = d.pop("current_page")

        total_pages = d.pop("total_pages")

        _facets = d.pop("facets", UNSET)
        facets: RecommendedCoursesResponseFacets | Unset
        if isinstance(_facets, Unset):
            facets = UNSET
        else:
            facets = RecommendedCoursesResponseFacets.from_dict(_facets)

        recommended_courses_response = cls(
            results=results,
            count=count,
            next_=next_,
            previous=previous,
            current_page=current_page,
            total_pages=total_pages,
            facets=facets,
        )

        recommended_courses_response.additional_properties = d
        return recommended_courses_response

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
