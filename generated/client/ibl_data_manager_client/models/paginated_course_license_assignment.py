from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.course_license_assignment_detail import CourseLicenseAssignmentDetail


T = TypeVar("T", bound="PaginatedCourseLicenseAssignment")


@_attrs_define
class PaginatedCourseLicenseAssignment:
    """Response serializer for paginated course license assignment list

    Attributes:
        count (int): Total number of results
        next_page (None | str): URL for next page of results
        previous_page (None | str): URL for previous page of results
        results (list[CourseLicenseAssignmentDetail]): List of course license assignments
    """

    count: int
    next_page: None | str
    previous_page: None | str
    results: list[CourseLicenseAssignmentDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_page: None | str = self.next_page

        previous_page: None | str = self.previous_page

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
        from ..models.course_license_assignment_detail import CourseLicenseAssignmentDetail  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        next_page = d.pop("next_page")

        previous_page = d.pop("previous_page")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CourseLicenseAssignmentDetail.from_dict(results_item_data)

            results.append(results_item)

        paginated_course_license_assignment = cls(
            count=count,
            next_page=next_page,
            previous_page=previous_page,
            results=results,
        )

        paginated_course_license_assignment.additional_properties = d
        return paginated_course_license_assignment

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
