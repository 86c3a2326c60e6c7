from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_analytics import ContentAnalytics


T = TypeVar("T", bound="ContentItem")


@_attrs_define
class ContentItem:
    """Serializer for individual content items.

    Attributes:
        id (str): Content identifier
        name (str): Content name
        slug (str): Content slug
        platform (None | str): Platform key
        external (bool): Whether content is external to the platform
        analytics (ContentAnalytics): Serializer for individual content item analytics.
        instructor (None | str | Unset): Instructor name
        category (None | str | Unset): Content category
        duration (None | str | Unset): Content duration
        enabled (bool | Unset): Whether content is enabled
        created (None | str | Unset): Creation date
        updated (None | str | Unset): Last update date
        metadata (Any | Unset):
    """

    id: str
    name: str
    slug: str
    platform: None | str
    external: bool
    analytics: ContentAnalytics
    instructor: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    duration: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    created: None | str | Unset = UNSET
    updated: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        platform: None | str = self.platform

        external = self.external

        analytics = self.analytics.to_dict()

        instructor: None | str | Unset = self.instructor

        category: None | str | Unset = self.category

        duration: None | str | Unset = self.duration

        enabled = self.enabled

        created: None | str | Unset = self.created

        updated: None | str | Unset = self.updated

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "platform": platform,
                "external": external,
                "analytics": analytics,
            }
        )
        if instructor is not UNSET:
            field_dict["instructor"] = instructor
        if category is not UNSET:
            field_dict["category"] = category
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_analytics import ContentAnalytics  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        slug = d.pop("slug")

        platform = d.pop("platform")

        external = d.pop("external")

        analytics = ContentAnalytics.from_dict(d.pop("analytics"))

        instructor = d.pop("instructor", UNSET)

        category = d.pop("category", UNSET)

        duration = d.pop("duration", UNSET)

        enabled = d.pop("enabled", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        metadata = d.pop("metadata", UNSET)

        content_item = cls(
            id=id,
            name=name,
            slug=slug,
            platform=platform,
            external=external,
            analytics=analytics,
            instructor=instructor,
            category=category,
            duration=duration,
            enabled=enabled,
            created=created,
            updated=updated,
            metadata=metadata,
        )

        content_item.additional_properties = d
        return content_item

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
