from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.platform_invitation_create import PlatformInvitationCreate


T = TypeVar("T", bound="BulkPlatformInvitationCreate")


@_attrs_define
class BulkPlatformInvitationCreate:
    """Request serializer for BulkPlatformInvitationView POST endpoint

    Attributes:
        invitation_data (list[PlatformInvitationCreate]): List of invitation data objects
        platform_key (str): The platform key for permission validation
    """

    invitation_data: list[PlatformInvitationCreate]
    platform_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitation_data = []
        for invitation_data_item_data in self.invitation_data:
            invitation_data_item = invitation_data_item_data.to_dict()
            invitation_data.append(invitation_data_item)

        platform_key = self.platform_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invitation_data": invitation_data,
                "platform_key": platform_key,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for invitation_data_item_element in self.invitation_data:
            files.append(
                (
                    "invitation_data",
                    (
                        None,
                        json.dumps(invitation_data_item_element.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_invitation_create import PlatformInvitationCreate  # noqa: PLC0415

        d = dict(src_dict)
        invitation_data = []
        _invitation_data = d.pop("invitation_data")
        for invitation_data_item_data in _invitation_data:
            invitation_data_item = PlatformInvitationCreate.from_dict(invitation_data_item_data)

            invitation_data.append(invitation_data_item)

        platform_key = d.pop("platform_key")

        bulk_platform_invitation_create = cls(
            invitation_data=invitation_data,
            platform_key=platform_key,
        )

        bulk_platform_invitation_create.additional_properties = d
        return bulk_platform_invitation_create

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
