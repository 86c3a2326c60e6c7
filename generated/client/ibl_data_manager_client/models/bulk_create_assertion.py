from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="BulkCreateAssertion")


@_attrs_define
class BulkCreateAssertion:
    """
    Attributes:
        skipped (list[Any]):
        issued (list[Any]):
    """

    skipped: list[Any]
    issued: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skipped = self.skipped

        issued = self.issued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skipped": skipped,
                "issued": issued,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for skipped_item_element in self.skipped:
            files.append(("skipped", (None, str(skipped_item_element).encode(), "text/plain")))

        for issued_item_element in self.issued:
            files.append(("issued", (None, str(issued_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skipped = cast(list[Any], d.pop("skipped"))

        issued = cast(list[Any], d.pop("issued"))

        bulk_create_assertion = cls(
            skipped=skipped,
            issued=issued,
        )

        bulk_create_assertion.additional_properties = d
        return bulk_create_assertion

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
