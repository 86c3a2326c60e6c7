from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LearnerListPagination")


@_attrs_define
class LearnerListPagination:
    """Serializer for learner list pagination.

    Attributes:
        page (int): Current page number
        limit (int): Records per page
        total_pages (int): Total number of pages
        total_records (int): Total number of records
        has_next (bool): Whether there is a next page
        has_previous (bool): Whether there is a previous page
        next_page (int | None): Next page number
        previous_page (int | None): Previous page number
    """

    page: int
    limit: int
    total_pages: int
    total_records: int
    has_next: bool
    has_previous: bool
    next_page: int | None
    previous_page: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        total_pages = self.total_pages

        total_records = self.total_records

        has_next = self.has_next

        has_previous = self.has_previous

        next_page: int | None = self.next_page

        previous_page: int | None = self.previous_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "total_pages": total_pages,
                "total_records": total_records,
                "has_next": has_next,
                "has_previous": has_previous,
                "next_page": next_page,
                "previous_page": previous_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")

        limit = d.pop("limit")

        total_pages = d.pop("total_pages")

        total_records = d.pop("total_records")

        has_next = d.pop("has_next")

        has_previous = d.pop("has_previous")

        next_page = d.pop("next_page")

        previous_page = d.pop("previous_page")

        learner_list_pagination = cls(
            page=page,
            limit=limit,
            total_pages=total_pages,
            total_records=total_records,
            has_next=has_next,
            has_previous=has_previous,
            next_page=next_page,
            previous_page=previous_page,
        )

        learner_list_pagination.additional_properties = d
        return learner_list_pagination

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
