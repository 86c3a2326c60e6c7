from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PathwayEnrollmentRequest")


@_attrs_define
class PathwayEnrollmentRequest:
    """Serializer for pathway enrollment request parameters.

    Attributes:
        user_id (str | Unset): User ID for enrollment
        username (str | Unset): Username for enrollment
        pathway_id (str | Unset): Pathway ID for enrollment
        pathway_uuid (str | Unset): Pathway UUID for enrollment
        pathway_key (str | Unset): Pathway key for enrollment
        slug (str | Unset): Pathway slug for enrollment
        org (str | Unset): Organization for the pathway
        platform_key (str | Unset): Platform key for the pathway
        include_default_platform (bool | Unset): Include enrollments from default platform
        include_metadata (bool | Unset): Include metadata in the response Default: True.
        active (bool | Unset): Whether the enrollment should be active Default: True.
    """

    user_id: str | Unset = UNSET
    username: str | Unset = UNSET
    pathway_id: str | Unset = UNSET
    pathway_uuid: str | Unset = UNSET
    pathway_key: str | Unset = UNSET
    slug: str | Unset = UNSET
    org: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    include_default_platform: bool | Unset = UNSET
    include_metadata: bool | Unset = True
    active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        pathway_id = self.pathway_id

        pathway_uuid = self.pathway_uuid

        pathway_key = self.pathway_key

        slug = self.slug

        org = self.org

        platform_key = self.platform_key

        include_default_platform = self.include_default_platform

        include_metadata = self.include_metadata

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if pathway_id is not UNSET:
            field_dict["pathway_id"] = pathway_id
        if pathway_uuid is not UNSET:
            field_dict["pathway_uuid"] = pathway_uuid
        if pathway_key is not UNSET:
            field_dict["pathway_key"] = pathway_key
        if slug is not UNSET:
            field_dict["slug"] = slug
        if org is not UNSET:
            field_dict["org"] = org
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if include_default_platform is not UNSET:
            field_dict["include_default_platform"] = include_default_platform
        if include_metadata is not UNSET:
            field_dict["include_metadata"] = include_metadata
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.user_id, Unset):
            files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.pathway_id, Unset):
            files.append(("pathway_id", (None, str(self.pathway_id).encode(), "text/plain")))

        if not isinstance(self.pathway_uuid, Unset):
            files.append(("pathway_uuid", (None, str(self.pathway_uuid).encode(), "text/plain")))

        if not isinstance(self.pathway_key, Unset):
            files.append(("pathway_key", (None, str(self.pathway_key).encode(), "text/plain")))

        if not isinstance(self.slug, Unset):
            files.append(("slug", (None, str(self.slug).encode(), "text/plain")))

        if not isinstance(self.org, Unset):
            files.append(("org", (None, str(self.org).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.include_default_platform, Unset):
            files.append(
                (
                    "include_default_platform",
                    (None, str(self.include_default_platform).encode(), "text/plain"),
                )
            )

        if not isinstance(self.include_metadata, Unset):
            files.append(
                ("include_metadata", (None, str(self.include_metadata).encode(), "text/plain"))
            )

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        pathway_id = d.pop("pathway_id", UNSET)

        pathway_uuid = d.pop("pathway_uuid", UNSET)

        pathway_key = d.pop("pathway_key", UNSET)

        slug = d.pop("slug", UNSET)

        org = d.pop("org", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        include_default_platform = d.pop("include_default_platform", UNSET)

        include_metadata = d.pop("include_metadata", UNSET)

        active = d.pop("active", UNSET)

        pathway_enrollment_request = cls(
            user_id=user_id,
            username=username,
            pathway_id=pathway_id,
            pathway_uuid=pathway_uuid,
            pathway_key=pathway_key,
            slug=slug,
            org=org,
            platform_key=platform_key,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            active=active,
        )

        pathway_enrollment_request.additional_properties = d
        return pathway_enrollment_request

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
