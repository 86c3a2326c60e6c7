from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentDetailsPagination")


@_attrs_define
class ContentDetailsPagination:
    """Serializer for pagination information in content details response.

    Attributes:
        count (int): Total learner records
        current_page (int): Current page number
        total_pages (int): Total number of pages
        next_ (None | str | Unset): Relative URL for the next page
        previous (None | str | Unset): Relative URL for the previous page
    """

    count: int
    current_page: int
    total_pages: int
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        current_page = self.current_page

        total_pages = self.total_pages

        next_: None | str | Unset = self.next_

        previous: None | str | Unset = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "current_page": current_page,
                "total_pages": total_pages,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        current_page = d.pop("current_page")

        total_pages = d.pop("total_pages")

        next_ = d.pop("next", UNSET)

        previous = d.pop("previous", UNSET)

        content_details_pagination = cls(
            count=count,
            current_page=current_page,
            total_pages=total_pages,
            next_=next_,
            previous=previous,
        )

        content_details_pagination.additional_properties = d
        return content_details_pagination

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
