from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="V2PersonalizedMentorsResponse")


@_attrs_define
class V2PersonalizedMentorsResponse:
    """Response serializer for V2 Personalized Mentors Search.

    Attributes:
        results (list[Any]): List of personalized mentor search results
        count (int): Total number of results
        next_ (None | str): URL for next page of results
        previous (None | str): URL for previous page of results
        current_page (int): Current page number
        total_pages (int): Total number of pages
    """

    results: list[Any]
    count: int
    next_: None | str
    previous: None | str
    current_page: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = self.results

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
        d = dict(src_dict)
        results = cast(list[Any], d.pop("results"))

        count = d.pop("count")

        next_ = d.pop("next")

        previous = d.pop("previous")

        current_page = d.pop("current_page")

        total_pages = d.pop("total_pages")

        v2_personalized_mentors_response = cls(
            results=results,
            count=count,
            next_=next_,
            previous=previous,
            current_page=current_page,
            total_pages=total_pages,
        )

        v2_personalized_mentors_response.additional_properties = d
        return v2_personalized_mentors_response

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
