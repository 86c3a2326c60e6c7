from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssuerRequest")


@_attrs_define
class IssuerRequest:
    """
    Attributes:
        entity_id (str):
        icon_image (str):
        allowed_template_tags (Any | Unset):
    """

    entity_id: str
    icon_image: str
    allowed_template_tags: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        icon_image = self.icon_image

        allowed_template_tags = self.allowed_template_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "iconImage": icon_image,
            }
        )
        if allowed_template_tags is not UNSET:
            field_dict["allowed_template_tags"] = allowed_template_tags

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("entityId", (None, str(self.entity_id).encode(), "text/plain")))

        files.append(("iconImage", (None, str(self.icon_image).encode(), "text/plain")))

        if not isinstance(self.allowed_template_tags, Unset):
            files.append(
                (
                    "allowed_template_tags",
                    (None, str(self.allowed_template_tags).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_id = d.pop("entityId")

        icon_image = d.pop("iconImage")

        allowed_template_tags = d.pop("allowed_template_tags", UNSET)

        issuer_request = cls(
            entity_id=entity_id,
            icon_image=icon_image,
            allowed_template_tags=allowed_template_tags,
        )

        issuer_request.additional_properties = d
        return issuer_request

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
