from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionBrowserScreenshot")


@_attrs_define
class SessionBrowserScreenshot:
    """
    Attributes:
        type_ (str):
        session_id (str):
        format_ (str):
        ext (str):
        url (str):
        time (datetime.datetime):
    """

    type_: str
    session_id: str
    format_: str
    ext: str
    url: str
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        session_id = self.session_id

        format_ = self.format_

        ext = self.ext

        url = self.url

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "session_id": session_id,
                "format": format_,
                "ext": ext,
                "url": url,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        session_id = d.pop("session_id")

        format_ = d.pop("format")

        ext = d.pop("ext")

        url = d.pop("url")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        session_browser_screenshot = cls(
            type_=type_,
            session_id=session_id,
            format_=format_,
            ext=ext,
            url=url,
            time=time,
        )

        session_browser_screenshot.additional_properties = d
        return session_browser_screenshot

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
