from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSettingsResponse")


@_attrs_define
class DocumentSettingsResponse:
    """
    Attributes:
        retrain_interval_days (int | None | Unset):
    """

    retrain_interval_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retrain_interval_days: int | None | Unset = self.retrain_interval_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retrain_interval_days is not UNSET:
            field_dict["retrain_interval_days"] = retrain_interval_days

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.retrain_interval_days, Unset):
            if isinstance(self.retrain_interval_days, int):
                files.append(
                    (
                        "retrain_interval_days",
                        (None, str(self.retrain_interval_days).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "retrain_interval_days",
                        (None, str(self.retrain_interval_days).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retrain_interval_days = d.pop("retrain_interval_days", UNSET)

        document_settings_response = cls(
            retrain_interval_days=retrain_interval_days,
        )

        document_settings_response.additional_properties = d
        return document_settings_response

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
