from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_audience import MentorAudience


T = TypeVar("T", bound="MentorCategory")


@_attrs_define
class MentorCategory:
    """
    Attributes:
        id (int):
        name (str):
        audience (MentorAudience):
        audiences (list[MentorAudience]):
        description (None | str | Unset):
        category_group (int | None | Unset):
    """

    id: int
    name: str
    audience: MentorAudience
    audiences: list[MentorAudience]
    description: None | str | Unset = UNSET
    category_group: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        audience = self.audience.to_dict()

        audiences = []
        for audiences_item_data in self.audiences:
            audiences_item = audiences_item_data.to_dict()
            audiences.append(audiences_item)

        description: None | str | Unset = self.description

        category_group: int | None | Unset = self.category_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "audience": audience,
                "audiences": audiences,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category_group is not UNSET:
            field_dict["category_group"] = category_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_audience import MentorAudience  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        audience = MentorAudience.from_dict(d.pop("audience"))

        audiences = []
        _audiences = d.pop("audiences")
        for audiences_item_data in _audiences:
            audiences_item = MentorAudience.from_dict(audiences_item_data)

            audiences.append(audiences_item)

        description = d.pop("description", UNSET)

        category_group = d.pop("category_group", UNSET)

        mentor_category = cls(
            id=id,
            name=name,
            audience=audience,
            audiences=audiences,
            description=description,
            category_group=category_group,
        )

        mentor_category.additional_properties = d
        return mentor_category

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
