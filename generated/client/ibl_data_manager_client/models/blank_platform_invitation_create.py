from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blank_platform_invitation_create_metadata import (
        BlankPlatformInvitationCreateMetadata,
    )


T = TypeVar("T", bound="BlankPlatformInvitationCreate")


@_attrs_define
class BlankPlatformInvitationCreate:
    """Request serializer for BlankPlatformInvitationView POST endpoint

    Attributes:
        platform_key (str): The platform to create invitations for
        source (str): The source identifier for the invitations
        count (int): The number of blank invitations to create
        metadata (BlankPlatformInvitationCreateMetadata | Unset): Additional metadata for the invitations
    """

    platform_key: str
    source: str
    count: int
    metadata: BlankPlatformInvitationCreateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        source = self.source

        count = self.count

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "source": source,
                "count": count,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(("source", (None, str(self.source).encode(), "text/plain")))

        files.append(("count", (None, str(self.count).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(
                (
                    "metadata",
                    (None, json.dumps(self.metadata.to_dict()).encode(), "application/json"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blank_platform_invitation_create_metadata import (
            BlankPlatformInvitationCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        source = d.pop("source")

        count = d.pop("count")

        _metadata = d.pop("metadata", UNSET)
        metadata: BlankPlatformInvitationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BlankPlatformInvitationCreateMetadata.from_dict(_metadata)

        blank_platform_invitation_create = cls(
            platform_key=platform_key,
            source=source,
            count=count,
            metadata=metadata,
        )

        blank_platform_invitation_create.additional_properties = d
        return blank_platform_invitation_create

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
