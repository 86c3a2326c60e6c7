from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_memory_entry import UserMemoryEntry


T = TypeVar("T", bound="UserMemory")


@_attrs_define
class UserMemory:
    """
    Attributes:
        id (int):
        mode (str):
        email (None | str):
        username (None | str):
        platform (None | str):
        mentor (None | str):
        session_id (None | str):
        catalog_item_type (None | str):
        catalog_item_id (None | str):
        entries (list[UserMemoryEntry]):
        inserted_at (str):
        updated_at (str):
        name (str | Unset):
        unique_id (UUID | Unset):
        is_auto_generated (bool | Unset):
        category (None | str | Unset):
    """

    id: int
    mode: str
    email: None | str
    username: None | str
    platform: None | str
    mentor: None | str
    session_id: None | str
    catalog_item_type: None | str
    catalog_item_id: None | str
    entries: list[UserMemoryEntry]
    inserted_at: str
    updated_at: str
    name: str | Unset = UNSET
    unique_id: UUID | Unset = UNSET
    is_auto_generated: bool | Unset = UNSET
    category: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mode = self.mode

        email: None | str = self.email

        username: None | str = self.username

        platform: None | str = self.platform

        mentor: None | str = self.mentor

        session_id: None | str = self.session_id

        catalog_item_type: None | str = self.catalog_item_type

        catalog_item_id: None | str = self.catalog_item_id

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        inserted_at = self.inserted_at

        updated_at = self.updated_at

        name = self.name

        unique_id: str | Unset = UNSET
        if not isinstance(self.unique_id, Unset):
            unique_id = str(self.unique_id)

        is_auto_generated = self.is_auto_generated

        category: None | str | Unset = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mode": mode,
                "email": email,
                "username": username,
                "platform": platform,
                "mentor": mentor,
                "session_id": session_id,
                "catalog_item_type": catalog_item_type,
                "catalog_item_id": catalog_item_id,
                "entries": entries,
                "inserted_at": inserted_at,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if is_auto_generated is not UNSET:
            field_dict["is_auto_generated"] = is_auto_generated
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_memory_entry import UserMemoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        mode = d.pop("mode")

        email = d.pop("email")

        username = d.pop("username")

        platform = d.pop("platform")

        mentor = d.pop("mentor")

        session_id = d.pop("session_id")

        catalog_item_type = d.pop("catalog_item_type")

        catalog_item_id = d.pop("catalog_item_id")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = UserMemoryEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        inserted_at = d.pop("inserted_at")

        updated_at = d.pop("updated_at")

        name = d.pop("name", UNSET)

        _unique_id = d.pop("unique_id", UNSET)
        unique_id: UUID | Unset
        if isinstance(_unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = UUID(_unique_id)

        is_auto_generated = d.pop("is_auto_generated", UNSET)

        category = d.pop("category", UNSET)

        user_memory = cls(
            id=id,
            mode=mode,
            email=email,
            username=username,
            platform=platform,
            mentor=mentor,
            session_id=session_id,
            catalog_item_type=catalog_item_type,
            catalog_item_id=catalog_item_id,
            entries=entries,
            inserted_at=inserted_at,
            updated_at=updated_at,
            name=name,
            unique_id=unique_id,
            is_auto_generated=is_auto_generated,
            category=category,
        )

        user_memory.additional_properties = d
        return user_memory

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
