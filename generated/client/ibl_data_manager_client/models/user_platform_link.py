from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPlatformLink")


@_attrs_define
class UserPlatformLink:
    """
    Attributes:
        user_id (int):
        username (str):
        email (str):
        user_active (bool):
        key (str):
        org (str):
        platform_name (str):
        lms_url (str):
        cms_url (str):
        portal_url (str):
        public (str):
        is_enterprise (str):
        show_paywall (bool):
        is_admin (bool | Unset):
        is_staff (bool | Unset):
        added_on (datetime.datetime | None | Unset):
        expired_on (datetime.datetime | None | Unset):
        active (bool | Unset):
    """

    user_id: int
    username: str
    email: str
    user_active: bool
    key: str
    org: str
    platform_name: str
    lms_url: str
    cms_url: str
    portal_url: str
    public: str
    is_enterprise: str
    show_paywall: bool
    is_admin: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    added_on: datetime.datetime | None | Unset = UNSET
    expired_on: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        user_active = self.user_active

        key = self.key

        org = self.org

        platform_name = self.platform_name

        lms_url = self.lms_url

        cms_url = self.cms_url

        portal_url = self.portal_url

        public = self.public

        is_enterprise = self.is_enterprise

        show_paywall = self.show_paywall

        is_admin = self.is_admin

        is_staff = self.is_staff

        added_on: None | str | Unset
        if isinstance(self.added_on, Unset):
            added_on = UNSET
        elif isinstance(self.added_on, datetime.datetime):
            added_on = self.added_on.isoformat()
        else:
            added_on = self.added_on

        expired_on: None | str | Unset
        if isinstance(self.expired_on, Unset):
            expired_on = UNSET
        elif isinstance(self.expired_on, datetime.datetime):
            expired_on = self.expired_on.isoformat()
        else:
            expired_on = self.expired_on

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "user_active": user_active,
                "key": key,
                "org": org,
                "platform_name": platform_name,
                "lms_url": lms_url,
                "cms_url": cms_url,
                "portal_url": portal_url,
                "public": public,
                "is_enterprise": is_enterprise,
                "show_paywall": show_paywall,
            }
        )
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if is_staff is not UNSET:
            field_dict["is_staff"] = is_staff
        if added_on is not UNSET:
            field_dict["added_on"] = added_on
        if expired_on is not UNSET:
            field_dict["expired_on"] = expired_on
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        username = d.pop("username")

        email = d.pop("email")

        user_active = d.pop("user_active")

        key = d.pop("key")

        org = d.pop("org")

        platform_name = d.pop("platform_name")

        lms_url = d.pop("lms_url")

        cms_url = d.pop("cms_url")

        portal_url = d.pop("portal_url")

        public = d.pop("public")

        is_enterprise = d.pop("is_enterprise")

        show_paywall = d.pop("show_paywall")

        is_admin = d.pop("is_admin", UNSET)

        is_staff = d.pop("is_staff", UNSET)

        def _parse_added_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                added_on_type_0 = datetime.datetime.fromisoformat(data)

                return added_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        added_on = _parse_added_on(d.pop("added_on", UNSET))

        def _parse_expired_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_on_type_0 = datetime.datetime.fromisoformat(data)

                return expired_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expired_on = _parse_expired_on(d.pop("expired_on", UNSET))

        active = d.pop("active", UNSET)

        user_platform_link = cls(
            user_id=user_id,
            username=username,
            email=email,
            user_active=user_active,
            key=key,
            org=org,
            platform_name=platform_name,
            lms_url=lms_url,
            cms_url=cms_url,
            portal_url=portal_url,
            public=public,
            is_enterprise=is_enterprise,
            show_paywall=show_paywall,
            is_admin=is_admin,
            is_staff=is_staff,
            added_on=added_on,
            expired_on=expired_on,
            active=active,
        )

        user_platform_link.additional_properties = d
        return user_platform_link

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
