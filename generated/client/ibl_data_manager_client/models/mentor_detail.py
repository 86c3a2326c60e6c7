from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_interactions import MentorInteractions


T = TypeVar("T", bound="MentorDetail")


@_attrs_define
class MentorDetail:
    """
    Attributes:
        mentor_id (str):
        name (str):
        slug (str):
        interactions (MentorInteractions):
        platform_key (None | str | Unset):
        categories (list[str] | Unset):
        subjects (list[str] | Unset):
    """

    mentor_id: str
    name: str
    slug: str
    interactions: MentorInteractions
    platform_key: None | str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_id = self.mentor_id

        name = self.name

        slug = self.slug

        interactions = self.interactions.to_dict()

        platform_key: None | str | Unset = self.platform_key

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_id": mentor_id,
                "name": name,
                "slug": slug,
                "interactions": interactions,
            }
        )
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if categories is not UNSET:
            field_dict["categories"] = categories
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_interactions import MentorInteractions  # noqa: PLC0415

        d = dict(src_dict)
        mentor_id = d.pop("mentor_id")

        name = d.pop("name")

        slug = d.pop("slug")

        interactions = MentorInteractions.from_dict(d.pop("interactions"))

        platform_key = d.pop("platform_key", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        subjects = cast(list[str], d.pop("subjects", UNSET))

        mentor_detail = cls(
            mentor_id=mentor_id,
            name=name,
            slug=slug,
            interactions=interactions,
            platform_key=platform_key,
            categories=categories,
            subjects=subjects,
        )

        mentor_detail.additional_properties = d
        return mentor_detail

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
