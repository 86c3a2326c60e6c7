from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogAutoIncrementResponse")


@_attrs_define
class CatalogAutoIncrementResponse:
    """Response serializer for CatalogAutoIncrementView GET endpoint.

    Attributes:
        course_number (int): Current course auto-increment number
        org (str): Platform organization
        key (str): Platform key
        item_number (int | Unset): Current item auto-increment number
        program_number (int | Unset): Current program auto-increment number
    """

    course_number: int
    org: str
    key: str
    item_number: int | Unset = UNSET
    program_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course_number = self.course_number

        org = self.org

        key = self.key

        item_number = self.item_number

        program_number = self.program_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "course_number": course_number,
                "org": org,
                "key": key,
            }
        )
        if item_number is not UNSET:
            field_dict["item_number"] = item_number
        if program_number is not UNSET:
            field_dict["program_number"] = program_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_number = d.pop("course_number")

        org = d.pop("org")

        key = d.pop("key")

        item_number = d.pop("item_number", UNSET)

        program_number = d.pop("program_number", UNSET)

        catalog_auto_increment_response = cls(
            course_number=course_number,
            org=org,
            key=key,
            item_number=item_number,
            program_number=program_number,
        )

        catalog_auto_increment_response.additional_properties = d
        return catalog_auto_increment_response

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
