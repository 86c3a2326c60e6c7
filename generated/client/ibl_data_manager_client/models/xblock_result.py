from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="XblockResult")


@_attrs_define
class XblockResult:
    """Standard response for xblock operations.

    Attributes:
        success (bool):
        detail (str):
        xblock_id (str | Unset):
        extra (Any | Unset):
    """

    success: bool
    detail: str
    xblock_id: str | Unset = UNSET
    extra: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        detail = self.detail

        xblock_id = self.xblock_id

        extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "detail": detail,
            }
        )
        if xblock_id is not UNSET:
            field_dict["xblock_id"] = xblock_id
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        detail = d.pop("detail")

        xblock_id = d.pop("xblock_id", UNSET)

        extra = d.pop("extra", UNSET)

        xblock_result = cls(
            success=success,
            detail=detail,
            xblock_id=xblock_id,
            extra=extra,
        )

        xblock_result.additional_properties = d
        return xblock_result

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
