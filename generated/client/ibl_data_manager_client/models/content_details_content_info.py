from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_details_content_info_metadata import ContentDetailsContentInfoMetadata


T = TypeVar("T", bound="ContentDetailsContentInfo")


@_attrs_define
class ContentDetailsContentInfo:
    """Serializer for the content information block.

    Attributes:
        id (str): Identifier for the content item
        type_ (str): Content type (course, program, pathway, skill)
        external (bool): Whether the content is external to the platform
        name (None | str | Unset):
        slug (None | str | Unset):
        platform (None | str | Unset):
        metadata (ContentDetailsContentInfoMetadata | Unset): Metadata associated with the content item
    """

    id: str
    type_: str
    external: bool
    name: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    metadata: ContentDetailsContentInfoMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        external = self.external

        name: None | str | Unset = self.name

        slug: None | str | Unset = self.slug

        platform: None | str | Unset = self.platform

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "external": external,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if platform is not UNSET:
            field_dict["platform"] = platform
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_details_content_info_metadata import ContentDetailsContentInfoMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        external = d.pop("external")

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        platform = d.pop("platform", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ContentDetailsContentInfoMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ContentDetailsContentInfoMetadata.from_dict(_metadata)

        content_details_content_info = cls(
            id=id,
            type_=type_,
            external=external,
            name=name,
            slug=slug,
            platform=platform,
            metadata=metadata,
        )

        content_details_content_info.additional_properties = d
        return content_details_content_info

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
