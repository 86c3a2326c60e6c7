from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkSuggestionResponse")


@_attrs_define
class BulkSuggestionResponse:
    """Response serializer for bulk suggestion operation results

    Attributes:
        successes (int): Number of successfully created suggestions
        error_codes (list[str]): List of error codes for failed suggestions
    """

    successes: int
    error_codes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successes = self.successes

        error_codes = self.error_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successes": successes,
                "error_codes": error_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        successes = d.pop("successes")

        error_codes = cast(list[str], d.pop("error_codes"))

        bulk_suggestion_response = cls(
            successes=successes,
            error_codes=error_codes,
        )

        bulk_suggestion_response.additional_properties = d
        return bulk_suggestion_response

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
