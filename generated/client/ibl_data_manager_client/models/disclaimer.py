from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disclaimer_scope_enum import DisclaimerScopeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Disclaimer")


@_attrs_define
class Disclaimer:
    """
    Attributes:
        id (int):
        platform (int): Platform to which the disclaimer applies.
        content (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        has_agreed (bool):
        platform_key (str):
        scope (DisclaimerScopeEnum | Unset): * `platform` - Platform * `mentor` - Mentor
        title (str | Unset):
        active (bool | Unset):
        mentors (list[UUID] | Unset):
    """

    id: int
    platform: int
    content: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    has_agreed: bool
    platform_key: str
    scope: DisclaimerScopeEnum | Unset = UNSET
    title: str | Unset = UNSET
    active: bool | Unset = UNSET
    mentors: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform = self.platform

        content = self.content

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        has_agreed = self.has_agreed

        platform_key = self.platform_key

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        title = self.title

        active = self.active

        mentors: list[str] | Unset = UNSET
        if not isinstance(self.mentors, Unset):
            mentors = []
            for mentors_item_data in self.mentors:
                mentors_item = str(mentors_item_data)
                mentors.append(mentors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "platform": platform,
                "content": content,
                "created_at": created_at,
                "updated_at": updated_at,
                "has_agreed": has_agreed,
                "platform_key": platform_key,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if title is not UNSET:
            field_dict["title"] = title
        if active is not UNSET:
            field_dict["active"] = active
        if mentors is not UNSET:
            field_dict["mentors"] = mentors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        platform = d.pop("platform")

        content = d.pop("content")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        has_agreed = d.pop("has_agreed")

        platform_key = d.pop("platform_key")

        _scope = d.pop("scope", UNSET)
        scope: DisclaimerScopeEnum | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = DisclaimerScopeEnum(_scope)

        title = d.pop("title", UNSET)

        active = d.pop("active", UNSET)

        _mentors = d.pop("mentors", UNSET)
        mentors: list[UUID] | Unset = UNSET
        if _mentors is not UNSET:
            mentors = []
            for mentors_item_data in _mentors:
                mentors_item = UUID(mentors_item_data)

                mentors.append(mentors_item)

        disclaimer = cls(
            id=id,
            platform=platform,
            content=content,
            created_at=created_at,
            updated_at=updated_at,
            has_agreed=has_agreed,
            platform_key=platform_key,
            scope=scope,
            title=title,
            active=active,
            mentors=mentors,
        )

        disclaimer.additional_properties = d
        return disclaimer

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
