from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HeygenTemplateResponseSingle")


@_attrs_define
class HeygenTemplateResponseSingle:
    """
    Attributes:
        template_id (None | str):
        preview_image_url (None | str):
        name (str):
        provider (str):
    """

    template_id: None | str
    preview_image_url: None | str
    name: str
    provider: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id: None | str = self.template_id

        preview_image_url: None | str = self.preview_image_url

        name = self.name

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "preview_image_url": preview_image_url,
                "name": name,
                "provider": provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = d.pop("template_id")

        preview_image_url = d.pop("preview_image_url")

        name = d.pop("name")

        provider = d.pop("provider")

        heygen_template_response_single = cls(
            template_id=template_id,
            preview_image_url=preview_image_url,
            name=name,
            provider=provider,
        )

        heygen_template_response_single.additional_properties = d
        return heygen_template_response_single

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
