from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    """
    Attributes:
        id (int):
        name (None | str): The display name of the resource.
        url (None | str): Resource URL.
        resource_type (None | str): Resource type.
        data (Any): Metadata
        item_id (str | Unset):
        image (None | str | Unset):
        description (None | str | Unset):
    """

    id: int
    name: None | str
    url: None | str
    resource_type: None | str
    data: Any
    item_id: str | Unset = UNSET
    image: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str = self.name

        url: None | str = self.url

        resource_type: None | str = self.resource_type

        data = self.data

        item_id = self.item_id

        image: None | str | Unset = self.image

        description: None | str | Unset = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "resource_type": resource_type,
                "data": data,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if image is not UNSET:
            field_dict["image"] = image
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        resource_type = d.pop("resource_type")

        data = d.pop("data")

        item_id = d.pop("item_id", UNSET)

        image = d.pop("image", UNSET)

        description = d.pop("description", UNSET)

        resource = cls(
            id=id,
            name=name,
            url=url,
            resource_type=resource_type,
            data=data,
            item_id=item_id,
            image=image,
            description=description,
        )

        resource.additional_properties = d
        return resource

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
