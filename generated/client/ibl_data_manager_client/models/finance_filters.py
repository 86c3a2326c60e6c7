from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinanceFilters")


@_attrs_define
class FinanceFilters:
    """Applied filters for the response.

    Attributes:
        granularity (str):
        start_date (str | Unset):
        end_date (str | Unset):
        comparison_days (int | Unset):
        platform_key (str | Unset):
        mentor_unique_id (str | Unset):
        username (str | Unset):
        provider (str | Unset):
        llm_model (str | Unset):
        all_time (bool | Unset):
    """

    granularity: str
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    comparison_days: int | Unset = UNSET
    platform_key: str | Unset = UNSET
    mentor_unique_id: str | Unset = UNSET
    username: str | Unset = UNSET
    provider: str | Unset = UNSET
    llm_model: str | Unset = UNSET
    all_time: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granularity = self.granularity

        start_date = self.start_date

        end_date = self.end_date

        comparison_days = self.comparison_days

        platform_key = self.platform_key

        mentor_unique_id = self.mentor_unique_id

        username = self.username

        provider = self.provider

        llm_model = self.llm_model

        all_time = self.all_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "granularity": granularity,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if comparison_days is not UNSET:
            field_dict["comparison_days"] = comparison_days
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if mentor_unique_id is not UNSET:
            field_dict["mentor_unique_id"] = mentor_unique_id
        if username is not UNSET:
            field_dict["username"] = username
        if provider is not UNSET:
            field_dict["provider"] = provider
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model
        if all_time is not UNSET:
            field_dict["all_time"] = all_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        granularity = d.pop("granularity")

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        comparison_days = d.pop("comparison_days", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        mentor_unique_id = d.pop("mentor_unique_id", UNSET)

        username = d.pop("username", UNSET)

        provider = d.pop("provider", UNSET)

        llm_model = d.pop("llm_model", UNSET)

        all_time = d.pop("all_time", UNSET)

        finance_filters = cls(
            granularity=granularity,
            start_date=start_date,
            end_date=end_date,
            comparison_days=comparison_days,
            platform_key=platform_key,
            mentor_unique_id=mentor_unique_id,
            username=username,
            provider=provider,
            llm_model=llm_model,
            all_time=all_time,
        )

        finance_filters.additional_properties = d
        return finance_filters

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
