from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_group_suggestion_create_metadata import (
        ProgramGroupSuggestionCreateMetadata,
    )


T = TypeVar("T", bound="ProgramGroupSuggestionCreate")


@_attrs_define
class ProgramGroupSuggestionCreate:
    """Request serializer for ProgramGroupSuggestionManagementView POST endpoint

    Attributes:
        platform_key (str): The platform for the group suggestion
        program_key (str): The program key to suggest
        group_id (int): The group to suggest the program to
        platform_org (str | Unset): The organization identifier for the platform
        accepted (bool | Unset): Whether the suggestion is accepted Default: False.
        visible (bool | Unset): Whether the suggestion is visible Default: True.
        metadata (ProgramGroupSuggestionCreateMetadata | Unset): Additional suggestion metadata
        department_mode (bool | Unset): Flag to ensure department admins can call the API Default: False.
    """

    platform_key: str
    program_key: str
    group_id: int
    platform_org: str | Unset = UNSET
    accepted: bool | Unset = False
    visible: bool | Unset = True
    metadata: ProgramGroupSuggestionCreateMetadata | Unset = UNSET
    department_mode: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        program_key = self.program_key

        group_id = self.group_id

        platform_org = self.platform_org

        accepted = self.accepted

        visible = self.visible

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        department_mode = self.department_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "program_key": program_key,
                "group_id": group_id,
            }
        )
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if visible is not UNSET:
            field_dict["visible"] = visible
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(("program_key", (None, str(self.program_key).encode(), "text/plain")))

        files.append(("group_id", (None, str(self.group_id).encode(), "text/plain")))

        if not isinstance(self.platform_org, Unset):
            files.append(("platform_org", (None, str(self.platform_org).encode(), "text/plain")))

        if not isinstance(self.accepted, Unset):
            files.append(("accepted", (None, str(self.accepted).encode(), "text/plain")))

        if not isinstance(self.visible, Unset):
            files.append(("visible", (None, str(self.visible).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(
                (
                    "metadata",
                    (None, json.dumps(self.metadata.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.department_mode, Unset):
            files.append(
                ("department_mode", (None, str(self.department_mode).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_group_suggestion_create_metadata import (
            ProgramGroupSuggestionCreateMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        program_key = d.pop("program_key")

        group_id = d.pop("group_id")

        platform_org = d.pop("platform_org", UNSET)

        accepted = d.pop("accepted", UNSET)

        visible = d.pop("visible", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProgramGroupSuggestionCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ProgramGroupSuggestionCreateMetadata.from_dict(_metadata)

        department_mode = d.pop("department_mode", UNSET)

        program_group_suggestion_create = cls(
            platform_key=platform_key,
            program_key=program_key,
            group_id=group_id,
            platform_org=platform_org,
            accepted=accepted,
            visible=visible,
            metadata=metadata,
            department_mode=department_mode,
        )

        program_group_suggestion_create.additional_properties = d
        return program_group_suggestion_create

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
