from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="HeygenTemplateRequest")


@_attrs_define
class HeygenTemplateRequest:
    """
    Attributes:
        template_id (str):
        name (str):
        preview_image_url (None | str | Unset):
    """

    template_id: str
    name: str
    preview_image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        name = self.name

        preview_image_url: None | str | Unset = self.preview_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "name": name,
            }
        )
        if preview_image_url is not UNSET:
            field_dict["preview_image_url"] = preview_image_url

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("template_id", (None, str(self.template_id).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.preview_image_url, Unset):
            if isinstance(self.preview_image_url, str):
                files.append(
                    (
                        "preview_image_url",
                        (None, str(self.preview_image_url).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "preview_image_url",
                        (None, str(self.preview_image_url).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = d.pop("template_id")

        name = d.pop("name")

        preview_image_url = d.pop("preview_image_url", UNSET)

        heygen_template_request = cls(
            template_id=template_id,
            name=name,
            preview_image_url=preview_image_url,
        )

        heygen_template_request.additional_properties = d
        return heygen_template_request

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
