from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecentlyAccessedMentor")


@_attrs_define
class RecentlyAccessedMentor:
    """
    Attributes:
        id (int | None):
        unique_id (None | UUID):
        slug (None | str):
        name (None | str):
        description (None | str):
        recently_accessed_at (None | str):
        platform_key (None | str):
        last_accessed_by (None | str):
        created_by (None | str):
    """

    id: int | None
    unique_id: None | UUID
    slug: None | str
    name: None | str
    description: None | str
    recently_accessed_at: None | str
    platform_key: None | str
    last_accessed_by: None | str
    created_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None = self.id

        unique_id: None | str
        if isinstance(self.unique_id, UUID):
            unique_id = str(self.unique_id)
        else:
            unique_id = self.unique_id

        slug: None | str = self.slug

        name: None | str = self.name

        description: None | str = self.description

        recently_accessed_at: None | str = self.recently_accessed_at

        platform_key: None | str = self.platform_key

        last_accessed_by: None | str = self.last_accessed_by

        created_by: None | str = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "unique_id": unique_id,
                "slug": slug,
                "name": name,
                "description": description,
                "recently_accessed_at": recently_accessed_at,
                "platform_key": platform_key,
                "last_accessed_by": last_accessed_by,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_unique_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unique_id_type_0 = UUID(data)

                return unique_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unique_id = _parse_unique_id(d.pop("unique_id"))

        slug = d.pop("slug")

        name = d.pop("name")

        description = d.pop("description")

        recently_accessed_at = d.pop("recently_accessed_at")

        platform_key = d.pop("platform_key")

        last_accessed_by = d.pop("last_accessed_by")

        created_by = d.pop("created_by")

        recently_accessed_mentor = cls(
            id=id,
            unique_id=unique_id,
            slug=slug,
            name=name,
            description=description,
            recently_accessed_at=recently_accessed_at,
            platform_key=platform_key,
            last_accessed_by=last_accessed_by,
            created_by=created_by,
        )

        recently_accessed_mentor.additional_properties = d
        return recently_accessed_mentor

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
