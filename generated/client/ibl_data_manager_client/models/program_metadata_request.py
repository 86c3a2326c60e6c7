from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_metadata_request_metadata import ProgramMetadataRequestMetadata


T = TypeVar("T", bound="ProgramMetadataRequest")


@_attrs_define
class ProgramMetadataRequest:
    """Request serializer for ProgramMetadataView POST endpoint.

    Attributes:
        program_id (str): The unique identifier for the program
        metadata (ProgramMetadataRequestMetadata): Metadata to update for the program
        org (str | Unset): The organization associated with the program
        platform_key (str | Unset): Platform key identifier (alternative to org)
        program_key (str | Unset): Program key (alternative to program_id + org)
        update (bool | Unset): Whether to update existing metadata Default: True.
    """

    program_id: str
    metadata: ProgramMetadataRequestMetadata
    org: str | Unset = UNSET
    platform_key: str | Unset = UNSET
    program_key: str | Unset = UNSET
    update: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_id = self.program_id

        metadata = self.metadata.to_dict()

        org = self.org

        platform_key = self.platform_key

        program_key = self.program_key

        update = self.update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_id": program_id,
                "metadata": metadata,
            }
        )
        if org is not UNSET:
            field_dict["org"] = org
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if program_key is not UNSET:
            field_dict["program_key"] = program_key
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("program_id", (None, str(self.program_id).encode(), "text/plain")))

        files.append(
            ("metadata", (None, json.dumps(self.metadata.to_dict()).encode(), "application/json"))
        )

        if not isinstance(self.org, Unset):
            files.append(("org", (None, str(self.org).encode(), "text/plain")))

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.program_key, Unset):
            files.append(("program_key", (None, str(self.program_key).encode(), "text/plain")))

        if not isinstance(self.update, Unset):
            files.append(("update", (None, str(self.update).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_metadata_request_metadata import ProgramMetadataRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        program_id = d.pop("program_id")

        metadata = ProgramMetadataRequestMetadata.from_dict(d.pop("metadata"))

        org = d.pop("org", UNSET)

        platform_key = d.pop("platform_key", UNSET)

        program_key = d.pop("program_key", UNSET)

        update = d.pop("update", UNSET)

        program_metadata_request = cls(
            program_id=program_id,
            metadata=metadata,
            org=org,
            platform_key=platform_key,
            program_key=program_key,
            update=update,
        )

        program_metadata_request.additional_properties = d
        return program_metadata_request

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
