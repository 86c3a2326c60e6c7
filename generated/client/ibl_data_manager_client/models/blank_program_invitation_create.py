from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blank_program_invitation_create_metadata import (
        BlankProgramInvitationCreateMetadata,
    )


T = TypeVar("T", bound="BlankProgramInvitationCreate")


@_attrs_define
class BlankProgramInvitationCreate:
    """Request serializer for BlankProgramInvitationView POST endpoint

    Attributes:
        program_key (str): The program to create invitations for
        source (str): The source identifier for the invitations
        count (int): The number of blank invitations to create
        metadata (BlankProgramInvitationCreateMetadata | Unset): Additional metadata for the invitations
    """

    program_key: str
    source: str
    count: int
    metadata: BlankProgramInvitationCreateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_key = self.program_key

        source = self.source

        count = self.count

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_key": program_key,
                "source": source,
                "count": count,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("program_key", (None, str(self.program_key).encode(), "text/plain")))

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
        from ..models.blank_program_invitation_create_metadata import (
            BlankProgramInvitationCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        program_key = d.pop("program_key")

        source = d.pop("source")

        count = d.pop("count")

        _metadata = d.pop("metadata", UNSET)
        metadata: BlankProgramInvitationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BlankProgramInvitationCreateMetadata.from_dict(_metadata)

        blank_program_invitation_create = cls(
            program_key=program_key,
            source=source,
            count=count,
            metadata=metadata,
        )

        blank_program_invitation_create.additional_properties = d
        return blank_program_invitation_create

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
