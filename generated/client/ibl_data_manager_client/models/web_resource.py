from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_resource_card import WebResourceCard


T = TypeVar("T", bound="WebResource")


@_attrs_define
class WebResource:
    """
    Attributes:
        content (str):
        title (str):
        image_url (None | str | Unset):
        source (str | Unset):  Default: ''.
        metadata (Any | Unset):
        card (WebResourceCard | Unset):
    """

    content: str
    title: str
    image_url: None | str | Unset = UNSET
    source: str | Unset = ""
    metadata: Any | Unset = UNSET
    card: WebResourceCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        title = self.title

        image_url: None | str | Unset = self.image_url

        source = self.source

        metadata = self.metadata

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "title": title,
            }
        )
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if source is not UNSET:
            field_dict["source"] = source
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if card is not UNSET:
            field_dict["card"] = card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_resource_card import WebResourceCard  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content")

        title = d.pop("title")

        image_url = d.pop("imageUrl", UNSET)

        source = d.pop("source", UNSET)

        metadata = d.pop("metadata", UNSET)

        _card = d.pop("card", UNSET)
        card: WebResourceCard | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = WebResourceCard.from_dict(_card)

        web_resource = cls(
            content=content,
            title=title,
            image_url=image_url,
            source=source,
            metadata=metadata,
            card=card,
        )

        web_resource.additional_properties = d
        return web_resource

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
