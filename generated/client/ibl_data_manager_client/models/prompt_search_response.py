from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt import Prompt
    from ..models.prompt_search_response_facets import PromptSearchResponseFacets


T = TypeVar("T", bound="PromptSearchResponse")


@_attrs_define
class PromptSearchResponse:
    """Response serializer for PromptSearchView

    Attributes:
        results (list[Prompt]): List of prompts matching the search criteria
        count (int): Total number of prompts matching the search criteria
        next_ (None | str): URL for the next page of results
        previous (None | str): URL for the previous page of results
        current_page (int): Current page number
        num_pages (int): Total number of pages
        facets (PromptSearchResponseFacets | Unset): Facet information for filtering
    """

    results: list[Prompt]
    count: int
    next_: None | str
    previous: None | str
    current_page: int
    num_pages: int
    facets: PromptSearchResponseFacets | Unset = UNSET
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

        num_pages = self.num_pages

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
                "num_pages": num_pages,
            }
        )
        if facets is not UNSET:
            field_dict["facets"] = facets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt import Prompt  # noqa: PLC0415
        from ..models.prompt_search_response_facets import PromptSearchResponseFacets  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = Prompt.from_dict(results_item_data)

            results.append(results_item)

        count = d.pop("count")

        next_ = d.pop("next")

        previous = d.pop("previous")

        current_page = d.pop("current_page")

        num_pages = d.pop("num_pages")

        _facets = d.pop("facets", UNSET)
        facets: PromptSearchResponseFacets | Unset
        if isinstance(_facets, Unset):
            facets = UNSET
        else:
            facets = PromptSearchResponseFacets.from_dict(_facets)

        prompt_search_response = cls(
            results=results,
            count=count,
            next_=next_,
            previous=previous,
            current_page=current_page,
            num_pages=num_pages,
            facets=facets,
        )

        prompt_search_response.additional_properties = d
        return prompt_search_response

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
