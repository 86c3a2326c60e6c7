from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_suggestion_bulk_create_suggestion_data_item import (
        CourseSuggestionBulkCreateSuggestionDataItem,
    )


T = TypeVar("T", bound="CourseSuggestionBulkCreate")


@_attrs_define
class CourseSuggestionBulkCreate:
    """Request serializer for CourseSuggestionBulkManagementView POST endpoint

    Attributes:
        platform_key (str): The platform for the suggestions
        suggestion_data (list[CourseSuggestionBulkCreateSuggestionDataItem]): List of suggestion data objects, each
            containing course_id, user_id, etc.
        department_mode (bool | Unset): Flag to ensure department admins can call the API Default: False.
    """

    platform_key: str
    suggestion_data: list[CourseSuggestionBulkCreateSuggestionDataItem]
    department_mode: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        suggestion_data = []
        for suggestion_data_item_data in self.suggestion_data:
            suggestion_data_item = suggestion_data_item_data.to_dict()
            suggestion_data.append(suggestion_data_item)

        department_mode = self.department_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "suggestion_data": suggestion_data,
            }
        )
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        for suggestion_data_item_element in self.suggestion_data:
            files.append(
                (
                    "suggestion_data",
                    (
                        None,
                        json.dumps(suggestion_data_item_element.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        if not isinstance(self.department_mode, Unset):
            files.append(
                ("department_mode", (None, str(self.department_mode).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_suggestion_bulk_create_suggestion_data_item import (
            CourseSuggestionBulkCreateSuggestionDataItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        suggestion_data = []
        _suggestion_data = d.pop("suggestion_data")
        for suggestion_data_item_data in _suggestion_data:
            suggestion_data_item = CourseSuggestionBulkCreateSuggestionDataItem.from_dict(
                suggestion_data_item_data
            )

            suggestion_data.append(suggestion_data_item)

        department_mode = d.pop("department_mode", UNSET)

        course_suggestion_bulk_create = cls(
            platform_key=platform_key,
            suggestion_data=suggestion_data,
            department_mode=department_mode,
        )

        course_suggestion_bulk_create.additional_properties = d
        return course_suggestion_bulk_create

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
