from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiAccountOrgsUsersFreeTrialRetrieveResponse")


@_attrs_define
class AiAccountOrgsUsersFreeTrialRetrieveResponse:
    """
    Attributes:
        is_in_free_trial (bool | Unset):
    """

    is_in_free_trial: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_in_free_trial = self.is_in_free_trial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_in_free_trial is not UNSET:
            field_dict["is_in_free_trial"] = is_in_free_trial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_in_free_trial = d.pop("is_in_free_trial", UNSET)

        ai_account_orgs_users_free_trial_retrieve_response = cls(
            is_in_free_trial=is_in_free_trial,
        )

        ai_account_orgs_users_free_trial_retrieve_response.additional_properties = d
        return ai_account_orgs_users_free_trial_retrieve_response

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
