from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.reuest_data_variable_list import ReuestDataVariableList


T = TypeVar("T", bound="PredictiveAnalyticsRequest")


@_attrs_define
class PredictiveAnalyticsRequest:
    """
    Attributes:
        prompt (ReuestDataVariableList):
    """

    prompt: ReuestDataVariableList
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("prompt", (None, json.dumps(self.prompt.to_dict()).encode(), "application/json"))
        )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reuest_data_variable_list import ReuestDataVariableList  # noqa: PLC0415

        d = dict(src_dict)
        prompt = ReuestDataVariableList.from_dict(d.pop("prompt"))

        predictive_analytics_request = cls(
            prompt=prompt,
        )

        predictive_analytics_request.additional_properties = d
        return predictive_analytics_request

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
