from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mentor_audience import MentorAudience
    from ..models.mentor_category import MentorCategory


T = TypeVar("T", bound="MentorCategoryGroup")


@_attrs_define
class MentorCategoryGroup:
    """
    Attributes:
        id (int):
        name (str):
        description (str):
        audience (MentorAudience):
        date_created (datetime.datetime):
        categories (list[MentorCategory]):
        audiences (list[MentorAudience]):
    """

    id: int
    name: str
    description: str
    audience: MentorAudience
    date_created: datetime.datetime
    categories: list[MentorCategory]
    audiences: list[MentorAudience]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        audience = self.audience.to_dict()

        date_created = self.date_created.isoformat()

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.to_dict()
            audiences.append(audiences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "audience": audience,
                "date_created": date_created,
                "categories": categories,
                "audiences": audiences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_audience import MentorAudience  # noqa: PLC0415
        from ..models.mentor_category import MentorCategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        audience = MentorAudience.from_dict(d.pop("audience"))

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = MentorCategory.from_dict(categories_item_data)

            categories.append(categories_item)

        audiences = []
        _audiences = d.pop("audiences")
        for audiences_item_data in _audiences:
            audiences_item = MentorAudience.from_dict(audiences_item_data)

            audiences.append(audiences_item)

        mentor_category_group = cls(
            id=id,
            name=name,
            description=description,
            audience=audience,
            date_created=date_created,
            categories=categories,
            audiences=audiences,
        )

        mentor_category_group.additional_properties = d
        return mentor_category_group

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
