from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedirectTokenRequest")


@_attrs_define
class RedirectTokenRequest:
    """
    Attributes:
        url (str):
        mentor_unique_id (str | Unset): Optional mentor unique ID for RBAC ownership check
    """

    url: str
    mentor_unique_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        mentor_unique_id = self.mentor_unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if mentor_unique_id is not UNSET:
            field_dict["mentor_unique_id"] = mentor_unique_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.mentor_unique_id, Unset):
            files.append(
                ("mentor_unique_id", (None, str(self.mentor_unique_id).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        mentor_unique_id = d.pop("mentor_unique_id", UNSET)

        redirect_token_request = cls(
            url=url,
            mentor_unique_id=mentor_unique_id,
        )

        redirect_token_request.additional_properties = d
        return redirect_token_request

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
