from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Platform")


@_attrs_define
class Platform:
    """Note: Create and update operations deprecated.

    Attributes:
        key (str): The platform key
        is_enterprise (str):
        show_paywall (bool): If True, billing status/credit checks are enforced for this platform's users
        name (None | str | Unset): The name of the platform
        org (None | str | Unset): The associated edX org code
        lms_url (None | str | Unset): The LMS URL for the platform
        cms_url (None | str | Unset): The CMS URL for the platform
        portal_url (None | str | Unset): The portal URL for the platform
        is_advertising (bool | Unset): Advertising mode allows a platform to set custom usd balance to allocate for its
            members
    """

    key: str
    is_enterprise: str
    show_paywall: bool
    name: None | str | Unset = UNSET
    org: None | str | Unset = UNSET
    lms_url: None | str | Unset = UNSET
    cms_url: None | str | Unset = UNSET
    portal_url: None | str | Unset = UNSET
    is_advertising: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        is_enterprise = self.is_enterprise

        show_paywall = self.show_paywall

        name: None | str | Unset = self.name

        org: None | str | Unset = self.org

        lms_url: None | str | Unset = self.lms_url

        cms_url: None | str | Unset = self.cms_url

        portal_url: None | str | Unset = self.portal_url

        is_advertising = self.is_advertising

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "is_enterprise": is_enterprise,
                "show_paywall": show_paywall,
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
        if is_advertising is not UNSET:
            field_dict["is_advertising"] = is_advertising

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        is_enterprise = d.pop("is_enterprise")

        show_paywall = d.pop("show_paywall")

        name = d.pop("name", UNSET)

        org = d.pop("org", UNSET)

        lms_url = d.pop("lms_url", UNSET)

        cms_url = d.pop("cms_url", UNSET)

        portal_url = d.pop("portal_url", UNSET)

        is_advertising = d.pop("is_advertising", UNSET)

        platform = cls(
            key=key,
            is_enterprise=is_enterprise,
            show_paywall=show_paywall,
            name=name,
            org=org,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            is_advertising=is_advertising,
        )

        platform.additional_properties = d
        return platform

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
