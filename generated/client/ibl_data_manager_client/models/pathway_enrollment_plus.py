from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PathwayEnrollmentPlus")


@_attrs_define
class PathwayEnrollmentPlus:
    """Includes metadata+

    Attributes:
        ended (datetime.datetime | None): Date when enrollment ended/deactivated
        user_id (int | Unset):
        username (str | Unset):
        pathway_id (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        org (str | Unset):
        name (str | Unset):
        slug (str | Unset):
        created (datetime.datetime | None | Unset): Date when enrollment began/activated
        active (bool | Unset): Whether the enrollment is active
        metadata (Any | Unset):
    """

    ended: datetime.datetime | None
    user_id: int | Unset = UNSET
    username: str | Unset = UNSET
    pathway_id: str | Unset = UNSET
    pathway_uuid: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    org: str | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    active: bool | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ended: None | str
        if isinstance(self.ended, datetime.datetime):
            ended = self.ended.isoformat()
        else:
            ended = self.ended

        user_id = self.user_id

        username = self.username

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        platform_key = self.platform_key

        org = self.org

        name = self.name

        slug = self.slug

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        active = self.active

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ended": ended,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if pathway_id is not UNSET:
            field_dict["pathway_id"] = pathway_id
        if pathway_uuid is not UNSET:
            field_dict["pathway_uuid"] = pathway_uuid
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if org is not UNSET:
            field_dict["org"] = org
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if created is not UNSET:
            field_dict["created"] = created
        if active is not UNSET:
            field_dict["active"] = active
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ended(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_type_0 = datetime.datetime.fromisoformat(data)

                return ended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended = _parse_ended(d.pop("ended"))

        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        pathway_id = d.pop("pathway_id", UNSET)

        pathway_uuid = d.pop("pathway_uuid", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        org = d.pop("org", UNSET)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        active = d.pop("active", UNSET)

        metadata = d.pop("metadata", UNSET)

        pathway_enrollment_plus = cls(
            ended=ended,
            user_id=user_id,
            username=username,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            org=org,
            name=name,
            slug=slug,
            created=created,
            active=active,
            metadata=metadata,
        )

        pathway_enrollment_plus.additional_properties = d
        return pathway_enrollment_plus

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
