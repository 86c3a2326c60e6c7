from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="GooglePayVerifyToken")


@_attrs_define
class GooglePayVerifyToken:
    """
    Attributes:
        google_pay_receipt (str):
        bundle_id (str | Unset):  Default: 'ai.ibl.mentorai'.
        key (str | Unset):
        name (str | Unset):
    """

    google_pay_receipt: str
    bundle_id: str | Unset = "ai.ibl.mentorai"
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google_pay_receipt = self.google_pay_receipt

        bundle_id = self.bundle_id

        key = self.key

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "google_pay_receipt": google_pay_receipt,
            }
        )
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("google_pay_receipt", (None, str(self.google_pay_receipt).encode(), "text/plain"))
        )

        if not isinstance(self.bundle_id, Unset):
            files.append(("bundle_id", (None, str(self.bundle_id).encode(), "text/plain")))

        if not isinstance(self.key, Unset):
            files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        google_pay_receipt = d.pop("google_pay_receipt")

        bundle_id = d.pop("bundle_id", UNSET)

        key = d.pop("key", UNSET)

        name = d.pop("name", UNSET)

        google_pay_verify_token = cls(
            google_pay_receipt=google_pay_receipt,
            bundle_id=bundle_id,
            key=key,
            name=name,
        )

        google_pay_verify_token.additional_properties = d
        return google_pay_verify_token

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
