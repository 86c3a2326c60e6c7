from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_suggestion_create_metadata import ProgramSuggestionCreateMetadata


T = TypeVar("T", bound="ProgramSuggestionCreate")


@_attrs_define
class ProgramSuggestionCreate:
    """Request serializer for ProgramSuggestionManagementView POST endpoint

    Attributes:
        platform_key (str): The platform for the suggestion
        program_key (str): The program key to suggest
        user_id (str): The user to suggest the program to
        platform_org (str | Unset): The organization identifier for the platform
        username (str | Unset): The username of the user to suggest the program to
        email (str | Unset): The email of the user to suggest the program to
        suggested_by (str | Unset): The user who suggested the program
        direct (bool | Unset): Whether the suggestion is direct Default: True.
        department_mode (bool | Unset): Flag to ensure department admins can call the API Default: False.
        accepted (bool | Unset): Whether the suggestion is accepted Default: False.
        visible (bool | Unset): Whether the suggestion is visible Default: True.
        metadata (ProgramSuggestionCreateMetadata | Unset): Additional suggestion metadata
    """

    platform_key: str
    program_key: str
    user_id: str
    platform_org: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    suggested_by: str | Unset = UNSET
    direct: bool | Unset = True
    department_mode: bool | Unset = False
    accepted: bool | Unset = False
    visible: bool | Unset = True
    metadata: ProgramSuggestionCreateMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        program_key = self.program_key

        user_id = self.user_id

        platform_org = self.platform_org

        username = self.username

        email = self.email

        suggested_by = self.suggested_by

        direct = self.direct

        department_mode = self.department_mode

        accepted = self.accepted

        visible = self.visible

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "program_key": program_key,
                "user_id": user_id,
            }
        )
        if platform_org is not UNSET:
            field_dict["platform_org"] = platform_org
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if suggested_by is not UNSET:
            field_dict["suggested_by"] = suggested_by
        if direct is not UNSET:
            field_dict["direct"] = direct
        if department_mode is not UNSET:
            field_dict["department_mode"] = department_mode
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if visible is not UNSET:
            field_dict["visible"] = visible
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        files.append(("program_key", (None, str(self.program_key).encode(), "text/plain")))

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        if not isinstance(self.platform_org, Unset):
            files.append(("platform_org", (None, str(self.platform_org).encode(), "text/plain")))

        if not isinstance(self.username, Unset):
            files.append(("username", (None, str(self.username).encode(), "text/plain")))

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        if not isinstance(self.suggested_by, Unset):
            files.append(("suggested_by", (None, str(self.suggested_by).encode(), "text/plain")))

        if not isinstance(self.direct, Unset):
            files.append(("direct", (None, str(self.direct).encode(), "text/plain")))

        if not isinstance(self.department_mode, Unset):
            files.append(
                ("department_mode", (None, str(self.department_mode).encode(), "text/plain"))
            )

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

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_suggestion_create_metadata import ProgramSuggestionCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        program_key = d.pop("program_key")

        user_id = d.pop("user_id")

        platform_org = d.pop("platform_org", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        suggested_by = d.pop("suggested_by", UNSET)

        direct = d.pop("direct", UNSET)

        department_mode = d.pop("department_mode", UNSET)

        accepted = d.pop("accepted", UNSET)

        visible = d.pop("visible", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ProgramSuggestionCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ProgramSuggestionCreateMetadata.from_dict(_metadata)

        program_suggestion_create = cls(
            platform_key=platform_key,
            program_key=program_key,
            user_id=user_id,
            platform_org=platform_org,
            username=username,
            email=email,
            suggested_by=suggested_by,
            direct=direct,
            department_mode=department_mode,
            accepted=accepted,
            visible=visible,
            metadata=metadata,
        )

        program_suggestion_create.additional_properties = d
        return program_suggestion_create

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
