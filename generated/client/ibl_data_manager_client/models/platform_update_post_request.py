from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformUpdatePostRequest")


@_attrs_define
class PlatformUpdatePostRequest:
    """
    Attributes:
        user_id (int):
        key (str):
        new_key (str | Unset):
        name (str | Unset):
        lms_url (str | Unset):
        cms_url (str | Unset):
        portal_url (str | Unset):
    """

    user_id: int
    key: str
    new_key: str | Unset = UNSET
    name: str | Unset = UNSET
    lms_url: str | Unset = UNSET
    cms_url: str | Unset = UNSET
    portal_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        key = self.key

        new_key = self.new_key

        name = self.name

        lms_url = self.lms_url

        cms_url = self.cms_url

        portal_url = self.portal_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "key": key,
            }
        )
        if new_key is not UNSET:
            field_dict["new_key"] = new_key
        if name is not UNSET:
            field_dict["name"] = name
        if lms_url is not UNSET:
            field_dict["lms_url"] = lms_url
        if cms_url is not UNSET:
            field_dict["cms_url"] = cms_url
        if portal_url is not UNSET:
            field_dict["portal_url"] = portal_url

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.new_key, Unset):
            files.append(("new_key", (None, str(self.new_key).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.lms_url, Unset):
            files.append(("lms_url", (None, str(self.lms_url).encode(), "text/plain")))

        if not isinstance(self.cms_url, Unset):
            files.append(("cms_url", (None, str(self.cms_url).encode(), "text/plain")))

        if not isinstance(self.portal_url, Unset):
            files.append(("portal_url", (None, str(self.portal_url).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        key = d.pop("key")

        new_key = d.pop("new_key", UNSET)

        name = d.pop("name", UNSET)

        lms_url = d.pop("lms_url", UNSET)

        cms_url = d.pop("cms_url", UNSET)

        portal_url = d.pop("portal_url", UNSET)

        platform_update_post_request = cls(
            user_id=user_id,
            key=key,
            new_key=new_key,
            name=name,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
        )

        platform_update_post_request.additional_properties = d
        return platform_update_post_request

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
