from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedMentorCategoryGroupCreate")


@_attrs_define
class PatchedMentorCategoryGroupCreate:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        audience (int | None | Unset): Deprecated: This is only left for backward compatibility. Please use the
            audiences field instead.
        audiences (list[int] | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    audience: int | None | Unset = UNSET
    audiences: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        audience: int | None | Unset = self.audience

        audiences: list[int] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = self.audiences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if audience is not UNSET:
            field_dict["audience"] = audience
        if audiences is not UNSET:
            field_dict["audiences"] = audiences

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.audience, Unset):
            if isinstance(self.audience, int):
                files.append(("audience", (None, str(self.audience).encode(), "text/plain")))
            else:
                files.append(("audience", (None, str(self.audience).encode(), "text/plain")))

        if not isinstance(self.audiences, Unset):
            for audiences_item_element in self.audiences:
                files.append(
                    ("audiences", (None, str(audiences_item_element).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        audience = d.pop("audience", UNSET)

        audiences = cast(list[int], d.pop("audiences", UNSET))

        patched_mentor_category_group_create = cls(
            name=name,
            description=description,
            audience=audience,
            audiences=audiences,
        )

        patched_mentor_category_group_create.additional_properties = d
        return patched_mentor_category_group_create

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
