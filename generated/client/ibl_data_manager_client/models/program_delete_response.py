from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.program_delete_response_type import ProgramDeleteResponseType


T = TypeVar("T", bound="ProgramDeleteResponse")


@_attrs_define
class ProgramDeleteResponse:
    """Serializer for program deletion response.

    Attributes:
        count (int): Number of programs deleted
        type_ (ProgramDeleteResponseType): Types of objects deleted
    """

    count: int
    type_: ProgramDeleteResponseType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_delete_response_type import ProgramDeleteResponseType  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        type_ = ProgramDeleteResponseType.from_dict(d.pop("type"))

        program_delete_response = cls(
            count=count,
            type_=type_,
        )

        program_delete_response.additional_properties = d
        return program_delete_response

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
