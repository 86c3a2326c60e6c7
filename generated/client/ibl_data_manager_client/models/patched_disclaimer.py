from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.disclaimer_scope_enum import DisclaimerScopeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedDisclaimer")


@_attrs_define
class PatchedDisclaimer:
    """
    Attributes:
        scope (DisclaimerScopeEnum | Unset): * `platform` - Platform * `mentor` - Mentor
        content (str | Unset):
        title (str | Unset):
        active (bool | Unset):
        mentors (list[UUID] | Unset):
    """

    scope: DisclaimerScopeEnum | Unset = UNSET
    content: str | Unset = UNSET
    title: str | Unset = UNSET
    active: bool | Unset = UNSET
    mentors: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        content = self.content

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
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope
        if content is not UNSET:
            field_dict["content"] = content
        if title is not UNSET:
            field_dict["title"] = title
        if active is not UNSET:
            field_dict["active"] = active
        if mentors is not UNSET:
            field_dict["mentors"] = mentors

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.scope, Unset):
            files.append(("scope", (None, str(self.scope.value).encode(), "text/plain")))

        if not isinstance(self.content, Unset):
            files.append(("content", (None, str(self.content).encode(), "text/plain")))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        if not isinstance(self.mentors, Unset):
            for mentors_item_element in self.mentors:
                files.append(("mentors", (None, str(mentors_item_element), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scope = d.pop("scope", UNSET)
        scope: DisclaimerScopeEnum | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = DisclaimerScopeEnum(_scope)

        content = d.pop("content", UNSET)

        title = d.pop("title", UNSET)

        active = d.pop("active", UNSET)

        _mentors = d.pop("mentors", UNSET)
        mentors: list[UUID] | Unset = UNSET
        if _mentors is not UNSET:
            mentors = []
            for mentors_item_data in _mentors:
                mentors_item = UUID(mentors_item_data)

                mentors.append(mentors_item)

        patched_disclaimer = cls(
            scope=scope,
            content=content,
            title=title,
            active=active,
            mentors=mentors,
        )

        patched_disclaimer.additional_properties = d
        return patched_disclaimer

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
