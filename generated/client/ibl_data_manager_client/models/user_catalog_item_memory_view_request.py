from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCatalogItemMemoryViewRequest")


@_attrs_define
class UserCatalogItemMemoryViewRequest:
    """
    Attributes:
        student (None | str): edX username
        platform (str): The platform key
        catalog_item (UUID | Unset):
        lessons (Any | Unset):
        next_steps (Any | Unset):
    """

    student: None | str
    platform: str
    catalog_item: UUID | Unset = UNSET
    lessons: Any | Unset = UNSET
    next_steps: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        student: None | str = self.student

        platform = self.platform

        catalog_item: str | Unset = UNSET
        if not isinstance(self.catalog_item, Unset):
            catalog_item = str(self.catalog_item)

        lessons = self.lessons

        next_steps = self.next_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "student": student,
                "platform": platform,
            }
        )
        if catalog_item is not UNSET:
            field_dict["catalog_item"] = catalog_item
        if lessons is not UNSET:
            field_dict["lessons"] = lessons
        if next_steps is not UNSET:
            field_dict["next_steps"] = next_steps

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.student, str):
            files.append(("student", (None, str(self.student).encode(), "text/plain")))
        else:
            files.append(("student", (None, str(self.student).encode(), "text/plain")))

        files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        if not isinstance(self.catalog_item, Unset):
            files.append(("catalog_item", (None, str(self.catalog_item), "text/plain")))

        if not isinstance(self.lessons, Unset):
            files.append(("lessons", (None, str(self.lessons).encode(), "text/plain")))

        if not isinstance(self.next_steps, Unset):
            files.append(("next_steps", (None, str(self.next_steps).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        student = d.pop("student")

        platform = d.pop("platform")

        _catalog_item = d.pop("catalog_item", UNSET)
        catalog_item: UUID | Unset
        if isinstance(_catalog_item, Unset):
            catalog_item = UNSET
        else:
            catalog_item = UUID(_catalog_item)

        lessons = d.pop("lessons", UNSET)

        next_steps = d.pop("next_steps", UNSET)

        user_catalog_item_memory_view_request = cls(
            student=student,
            platform=platform,
            catalog_item=catalog_item,
            lessons=lessons,
            next_steps=next_steps,
        )

        user_catalog_item_memory_view_request.additional_properties = d
        return user_catalog_item_memory_view_request

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
