from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_list_status_enum import PlatformListStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformList")


@_attrs_define
class PlatformList:
    """
    Attributes:
        key (str): The platform key
        name (None | str | Unset): The name of the platform
        org (None | str | Unset): The associated edX org code
        lms_url (None | str | Unset): The LMS URL for the platform
        cms_url (None | str | Unset): The CMS URL for the platform
        portal_url (None | str | Unset): The portal URL for the platform
        status (PlatformListStatusEnum | Unset): * `-2` - FAILED * `-1` - TERMINATED * `0` - PENDING * `1` - BUILDING *
            `2` - RUNNING * `3` - PAUSED * `4` - STOPPING * `5` - STOPPED * `6` - REPAIR
        active (bool | Unset):
    """

    key: str
    name: None | str | Unset = UNSET
    org: None | str | Unset = UNSET
    lms_url: None | str | Unset = UNSET
    cms_url: None | str | Unset = UNSET
    portal_url: None | str | Unset = UNSET
    status: PlatformListStatusEnum | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name: None | str | Unset = self.name

        org: None | str | Unset = self.org

        lms_url: None | str | Unset = self.lms_url

        cms_url: None | str | Unset = self.cms_url

        portal_url: None | str | Unset = self.portal_url

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if status is not UNSET:
            field_dict["status"] = status
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name", UNSET)

        org = d.pop("org", UNSET)

        lms_url = d.pop("lms_url", UNSET)

        cms_url = d.pop("cms_url", UNSET)

        portal_url = d.pop("portal_url", UNSET)

        _status = d.pop("status", UNSET)
        status: PlatformListStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PlatformListStatusEnum(_status)

        active = d.pop("active", UNSET)

        platform_list = cls(
            key=key,
            name=name,
            org=org,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            status=status,
            active=active,
        )

        platform_list.additional_properties = d
        return platform_list

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
