from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.notification_source_type_enum import NotificationSourceTypeEnum

T = TypeVar("T", bound="NotificationSource")


@_attrs_define
class NotificationSource:
    """Request serializer for source validation

    Attributes:
        type_ (NotificationSourceTypeEnum): * `email` - email * `username` - username * `platform` - platform * `csv` -
            csv * `department` - department * `pathway` - pathway * `program` - program * `usergroup` - usergroup
        data (Any):
    """

    type_: NotificationSourceTypeEnum
    data: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("type", (None, str(self.type_.value).encode(), "text/plain")))

        files.append(("data", (None, str(self.data).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = NotificationSourceTypeEnum(d.pop("type"))

        data = d.pop("data")

        notification_source = cls(
            type_=type_,
            data=data,
        )

        notification_source.additional_properties = d
        return notification_source

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
