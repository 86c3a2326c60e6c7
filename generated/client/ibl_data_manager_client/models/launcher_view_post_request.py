from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="LauncherViewPostRequest")


@_attrs_define
class LauncherViewPostRequest:
    """
    Attributes:
        user_id (int):
        key (str):
        name (str | Unset):
        org (str | Unset):
        lms_url (str | Unset):
        cms_url (str | Unset):
        portal_url (str | Unset):
        use_default_hosts (bool | Unset):
    """

    user_id: int
    key: str
    name: str | Unset = UNSET
    org: str | Unset = UNSET
    lms_url: str | Unset = UNSET
    cms_url: str | Unset = UNSET
    portal_url: str | Unset = UNSET
    use_default_hosts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        key = self.key

        name = self.name

        org = self.org

        lms_url = self.lms_url

        cms_url = self.cms_url

        portal_url = self.portal_url

        use_default_hosts = self.use_default_hosts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if org is not UNSET:
            field_dict["org"] = org
        if lms_url is not UNSET:
            field_dict["lms_url"] = lms_url
        if cms_url is not UNSET:
            field_dict["cms_url"] = cms_url
        if portal_url is not UNSET:
            field_dict["portal_url"] = portal_url
        if use_default_hosts is not UNSET:
            field_dict["use_default_hosts"] = use_default_hosts

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        files.append(("key", (None, str(self.key).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.org, Unset):
            files.append(("org", (None, str(self.org).encode(), "text/plain")))

        if not isinstance(self.lms_url, Unset):
            files.append(("lms_url", (None, str(self.lms_url).encode(), "text/plain")))

        if not isinstance(self.cms_url, Unset):
            files.append(("cms_url", (None, str(self.cms_url).encode(), "text/plain")))

        if not isinstance(self.portal_url, Unset):
            files.append(("portal_url", (None, str(self.portal_url).encode(), "text/plain")))

        if not isinstance(self.use_default_hosts, Unset):
            files.append(
                ("use_default_hosts", (None, str(self.use_default_hosts).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        key = d.pop("key")

        name = d.pop("name", UNSET)

        org = d.pop("org", UNSET)

        lms_url = d.pop("lms_url", UNSET)

        cms_url = d.pop("cms_url", UNSET)

        portal_url = d.pop("portal_url", UNSET)

        use_default_hosts = d.pop("use_default_hosts", UNSET)

        launcher_view_post_request = cls(
            user_id=user_id,
            key=key,
            name=name,
            org=org,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            use_default_hosts=use_default_hosts,
        )

        launcher_view_post_request.additional_properties = d
        return launcher_view_post_request

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
