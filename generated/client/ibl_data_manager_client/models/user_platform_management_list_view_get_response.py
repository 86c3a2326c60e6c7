from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_platform_management_list_view_get_response_data_item import (
        UserPlatformManagementListViewGetResponseDataItem,
    )
    from ..models.user_platform_management_list_view_get_response_results_item import (
        UserPlatformManagementListViewGetResponseResultsItem,
    )


T = TypeVar("T", bound="UserPlatformManagementListViewGetResponse")


@_attrs_define
class UserPlatformManagementListViewGetResponse:
    """
    Attributes:
        count (int):
        next_page (int):
        previous_page (int):
        results (list[UserPlatformManagementListViewGetResponseResultsItem]):
        allowed_policies (list[str] | Unset):
        data (list[UserPlatformManagementListViewGetResponseDataItem] | Unset):
    """

    count: int
    next_page: int
    previous_page: int
    results: list[UserPlatformManagementListViewGetResponseResultsItem]
    allowed_policies: list[str] | Unset = UNSET
    data: list[UserPlatformManagementListViewGetResponseDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_page = self.next_page

        previous_page = self.previous_page

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        allowed_policies: list[str] | Unset = UNSET
        if not isinstance(self.allowed_policies, Unset):
            allowed_policies = self.allowed_policies

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

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
        if allowed_policies is not UNSET:
            field_dict["allowed_policies"] = allowed_policies
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_platform_management_list_view_get_response_data_item import (
            UserPlatformManagementListViewGetResponseDataItem,  # noqa: PLC0415
        )
        from ..models.user_platform_management_list_view_get_response_results_item import (
            UserPlatformManagementListViewGetResponseResultsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")

        next_page = d.pop("next_page")

        previous_page = d.pop("previous_page")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = UserPlatformManagementListViewGetResponseResultsItem.from_dict(
                results_item_data
            )

            results.append(results_item)

        allowed_policies = cast(list[str], d.pop("allowed_policies", UNSET))

        _data = d.pop("data", UNSET)
        data: list[UserPlatformManagementListViewGetResponseDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = UserPlatformManagementListViewGetResponseDataItem.from_dict(
                    data_item_data
                )

                data.append(data_item)

        user_platform_management_list_view_get_response = cls(
            count=count,
            next_page=next_page,
            previous_page=previous_page,
            results=results,
            allowed_policies=allowed_policies,
            data=data,
        )

        user_platform_management_list_view_get_response.additional_properties = d
        return user_platform_management_list_view_get_response

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
