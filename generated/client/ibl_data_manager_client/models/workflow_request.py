from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRequest")


@_attrs_define
class WorkflowRequest:
    """Serializer for Workflow CRUD operations.  Provides basic ReactFlow JSON validation
    (Phase 1) to ensure definitions are renderable, while allowing draft workflows that may
    not be executable.  Comprehensive execution validation (Phase 2) is available via the
    validate action endpoint.  Fields: - All model fields are exposed - Platform and creator
    are set automatically from URL context - Read-only fields: id, unique_id, created_at,
    updated_at - Chat settings (chat_name, chat_greeting, etc.) update the entry_mentor

        Attributes:
            name (str):
            definition (Any): Workflow definition in ReactFlow format
            description (str | Unset):
            is_active (bool | Unset):
            is_template (bool | Unset):
            parent_workflow (int | None | Unset): Parent workflow if this is a template variant
            chat_name (str | Unset): Display name for chat (updates entry_mentor.name)
            chat_proactive_response (str | Unset): Proactive greeting message for chat (updates
                entry_mentor.proactive_response)
    """

    name: str
    definition: Any
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_template: bool | Unset = UNSET
    parent_workflow: int | None | Unset = UNSET
    chat_name: str | Unset = UNSET
    chat_proactive_response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        definition = self.definition

        description = self.description

        is_active = self.is_active

        is_template = self.is_template

        parent_workflow: int | None | Unset = self.parent_workflow

        chat_name = self.chat_name

        chat_proactive_response = self.chat_proactive_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "definition": definition,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if parent_workflow is not UNSET:
            field_dict["parent_workflow"] = parent_workflow
        if chat_name is not UNSET:
            field_dict["chat_name"] = chat_name
        if chat_proactive_response is not UNSET:
            field_dict["chat_proactive_response"] = chat_proactive_response

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("definition", (None, str(self.definition).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.is_active, Unset):
            files.append(("is_active", (None, str(self.is_active).encode(), "text/plain")))

        if not isinstance(self.is_template, Unset):
            files.append(("is_template", (None, str(self.is_template).encode(), "text/plain")))

        if not isinstance(self.parent_workflow, Unset):
            if isinstance(self.parent_workflow, int):
                files.append(
                    ("parent_workflow", (None, str(self.parent_workflow).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("parent_workflow", (None, str(self.parent_workflow).encode(), "text/plain"))
                )

        if not isinstance(self.chat_name, Unset):
            files.append(("chat_name", (None, str(self.chat_name).encode(), "text/plain")))

        if not isinstance(self.chat_proactive_response, Unset):
            files.append(
                (
                    "chat_proactive_response",
                    (None, str(self.chat_proactive_response).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        definition = d.pop("definition")

        description = d.pop("description", UNSET)

        is_active = d.pop("is_active", UNSET)

        is_template = d.pop("is_template", UNSET)

        parent_workflow = d.pop("parent_workflow", UNSET)

        chat_name = d.pop("chat_name", UNSET)

        chat_proactive_response = d.pop("chat_proactive_response", UNSET)

        workflow_request = cls(
            name=name,
            definition=definition,
            description=description,
            is_active=is_active,
            is_template=is_template,
            parent_workflow=parent_workflow,
            chat_name=chat_name,
            chat_proactive_response=chat_proactive_response,
        )

        workflow_request.additional_properties = d
        return workflow_request

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
