from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthService")


@_attrs_define
class OAuthService:
    """Read-only serializer exposing details about an OAuth service.

    Attributes:
        id (int):
        oauth_provider (str):
        name (str):
        display_name (str): Human readable label for the OAuth service scope.
        description (str):
        scope (str):
        image (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        oauth_provider_id (int | None | Unset):
    """

    id: int
    oauth_provider: str
    name: str
    display_name: str
    description: str
    scope: str
    image: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    oauth_provider_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        oauth_provider = self.oauth_provider

        name = self.name

        display_name = self.display_name

        description = self.description

        scope = self.scope

        image: None | str = self.image

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        oauth_provider_id: int | None | Unset = self.oauth_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "oauth_provider": oauth_provider,
                "name": name,
                "display_name": display_name,
                "description": description,
                "scope": scope,
                "image": image,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if oauth_provider_id is not UNSET:
            field_dict["oauth_provider_id"] = oauth_provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        oauth_provider = d.pop("oauth_provider")

        name = d.pop("name")

        display_name = d.pop("display_name")

        description = d.pop("description")

        scope = d.pop("scope")

        image = d.pop("image")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        oauth_provider_id = d.pop("oauth_provider_id", UNSET)

        o_auth_service = cls(
            id=id,
            oauth_provider=oauth_provider,
            name=name,
            display_name=display_name,
            description=description,
            scope=scope,
            image=image,
            created_at=created_at,
            updated_at=updated_at,
            oauth_provider_id=oauth_provider_id,
        )

        o_auth_service.additional_properties = d
        return o_auth_service

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
