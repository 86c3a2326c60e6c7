from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_mentor import ProjectMentor


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """Unified serializer for Project model.  Write-only fields: - mentors_to_add: List of
    mentor unique IDs to add to the project - mentors_to_remove: List of mentor unique IDs
    to remove from the project  These fields are mutually exclusive and only used during
    create/update operations. For create: only mentors_to_add is used For update: either can
    be used, but not both at once

        Attributes:
            id (int):
            name (str): Name of the project
            owner (int): User who created this project
            owner_username (str):
            platform (int | None): Platform this project belongs to
            platform_key (str):
            platform_name (str):
            mentor_count (int):
            is_personal (bool):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            mentors (list[ProjectMentor]):
            description (str | Unset): Description of the project
            shared (bool | Unset): Whether this project is shared with others or personal
            mentors_to_add (list[UUID] | Unset): List of mentor unique IDs to add to the project
            mentors_to_remove (list[UUID] | Unset): List of mentor unique IDs to remove from the project
    """

    id: int
    name: str
    owner: int
    owner_username: str
    platform: int | None
    platform_key: str
    platform_name: str
    mentor_count: int
    is_personal: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    mentors: list[ProjectMentor]
    description: str | Unset = UNSET
    shared: bool | Unset = UNSET
    mentors_to_add: list[UUID] | Unset = UNSET
    mentors_to_remove: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        owner = self.owner

        owner_username = self.owner_username

        platform: int | None = self.platform

        platform_key = self.platform_key

        platform_name = self.platform_name

        mentor_count = self.mentor_count

        is_personal = self.is_personal

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        mentors = []
        for mentors_item_data in self.mentors:
            mentors_item = mentors_item_data.to_dict()
            mentors.append(mentors_item)

        description = self.description

        shared = self.shared

        mentors_to_add: list[str] | Unset = UNSET
        if not isinstance(self.mentors_to_add, Unset):
            mentors_to_add = []
            for mentors_to_add_item_data in self.mentors_to_add:
                mentors_to_add_item = str(mentors_to_add_item_data)
                mentors_to_add.append(mentors_to_add_item)

        mentors_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.mentors_to_remove, Unset):
            mentors_to_remove = []
            for mentors_to_remove_item_data in self.mentors_to_remove:
                mentors_to_remove_item = str(mentors_to_remove_item_data)
                mentors_to_remove.append(mentors_to_remove_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "owner": owner,
                "owner_username": owner_username,
                "platform": platform,
                "platform_key": platform_key,
                "platform_name": platform_name,
                "mentor_count": mentor_count,
                "is_personal": is_personal,
                "created_at": created_at,
                "updated_at": updated_at,
                "mentors": mentors,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if shared is not UNSET:
            field_dict["shared"] = shared
        if mentors_to_add is not UNSET:
            field_dict["mentors_to_add"] = mentors_to_add
        if mentors_to_remove is not UNSET:
            field_dict["mentors_to_remove"] = mentors_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_mentor import ProjectMentor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        owner = d.pop("owner")

        owner_username = d.pop("owner_username")

        platform = d.pop("platform")

        platform_key = d.pop("platform_key")

        platform_name = d.pop("platform_name")

        mentor_count = d.pop("mentor_count")

        is_personal = d.pop("is_personal")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        mentors = []
        _mentors = d.pop("mentors")
        for mentors_item_data in _mentors:
            mentors_item = ProjectMentor.from_dict(mentors_item_data)

            mentors.append(mentors_item)

        description = d.pop("description", UNSET)

        shared = d.pop("shared", UNSET)

        _mentors_to_add = d.pop("mentors_to_add", UNSET)
        mentors_to_add: list[UUID] | Unset = UNSET
        if _mentors_to_add is not UNSET:
            mentors_to_add = []
            for mentors_to_add_item_data in _mentors_to_add:
                mentors_to_add_item = UUID(mentors_to_add_item_data)

                mentors_to_add.append(mentors_to_add_item)

        _mentors_to_remove = d.pop("mentors_to_remove", UNSET)
        mentors_to_remove: list[UUID] | Unset = UNSET
        if _mentors_to_remove is not UNSET:
            mentors_to_remove = []
            for mentors_to_remove_item_data in _mentors_to_remove:
                mentors_to_remove_item = UUID(mentors_to_remove_item_data)

                mentors_to_remove.append(mentors_to_remove_item)

        project = cls(
            id=id,
            name=name,
            owner=owner,
            owner_username=owner_username,
            platform=platform,
            platform_key=platform_key,
            platform_name=platform_name,
            mentor_count=mentor_count,
            is_personal=is_personal,
            created_at=created_at,
            updated_at=updated_at,
            mentors=mentors,
            description=description,
            shared=shared,
            mentors_to_add=mentors_to_add,
            mentors_to_remove=mentors_to_remove,
        )

        project.additional_properties = d
        return project

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
