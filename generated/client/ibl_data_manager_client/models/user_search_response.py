from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_search_response_results_item import UserSearchResponseResultsItem


T = TypeVar("T", bound="UserSearchResponse")


@_attrs_define
class UserSearchResponse:
    """Response serializer for UsersSearchView

    Attributes:
        results (list[UserSearchResponseResultsItem]): List of search results (can include user_resume, education,
            institution, etc.)
        count (int): Total number of results
        next_ (None | str): URL for the next page of results
        previous (None | str): URL for the previous page of results
        current_page (int): Current page number
        total_pages (int): Total number of pages
    """

    results: list[UserSearchResponseResultsItem]
    count: int
    next_: None | str
    previous: None | str
    current_page: int
    total_pages: int
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_search_response_results_item import UserSearchResponseResultsItem  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = UserSearchResponseResultsItem.from_dict(results_item_data)

            results.append(results_item)

        count = d.pop("count")

        next_ = d.pop("next")

        previous = d.pop("previous")

        current_page = d.pop("current_page")

        total_pages = d.pop("total_pages")

        user_search_response = cls(
            results=results,
            count=count,
            next_=next_,
            previous=previous,
            current_page=current_page,
            total_pages=total_pages,
        )

        user_search_response.additional_properties = d
        return user_search_response

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
