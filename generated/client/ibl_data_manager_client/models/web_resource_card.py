from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebResourceCard")


@_attrs_define
class WebResourceCard:
    """
    Attributes:
        title (str):
        description (str):
        image_url (str):
        domain (str):
        site_name (str):
    """

    title: str
    description: str
    image_url: str
    domain: str
    site_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        image_url = self.image_url

        domain = self.domain

        site_name = self.site_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "imageUrl": image_url,
                "domain": domain,
                "site_name": site_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        image_url = d.pop("imageUrl")

        domain = d.pop("domain")

        site_name = d.pop("site_name")

        web_resource_card = cls(
            title=title,
            description=description,
            image_url=image_url,
            domain=domain,
            site_name=site_name,
        )

        web_resource_card.additional_properties = d
        return web_resource_card

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
