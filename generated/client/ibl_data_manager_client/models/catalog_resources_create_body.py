from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogResourcesCreateBody")


@_attrs_define
class CatalogResourcesCreateBody:
    """
    Attributes:
        resource_type (str): Type of resource (e.g., video, document)
        url (str): URL of the resource
        name (str): Name of the resource
        id (int | Unset): Resource ID for updates
        user_id (int | Unset): User ID of the resource owner
        username (str | Unset): Username of the resource owner
        description (str | Unset): Description of the resource
        skills (list[str] | Unset): List of skill names associated with the resource
        image (str | Unset): Image file
        data (Any | Unset): Additional metadata for the resource
    """

    resource_type: str
    url: str
    name: str
    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    description: str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    image: str | Unset = UNSET
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        url = self.url

        name = self.name

        id = self.id

        user_id = self.user_id

        username = self.username

        description = self.description

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        image = self.image

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "url": url,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if description is not UNSET:
            field_dict["description"] = description
        if skills is not UNSET:
            field_dict["skills"] = skills
        if image is not UNSET:
            field_dict["image"] = image
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = d.pop("resource_type")

        url = d.pop("url")

        name = d.pop("name")

        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        description = d.pop("description", UNSET)

        skills = cast(list[str], d.pop("skills", UNSET))

        image = d.pop("image", UNSET)

        data = d.pop("data", UNSET)

        catalog_resources_create_body = cls(
            resource_type=resource_type,
            url=url,
            name=name,
            id=id,
            user_id=user_id,
            username=username,
            description=description,
            skills=skills,
            image=image,
            data=data,
        )

        catalog_resources_create_body.additional_properties = d
        return catalog_resources_create_body

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
