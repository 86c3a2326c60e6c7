from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.periodic_agent_create_previous_agent_status import (
    PeriodicAgentCreatePreviousAgentStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.periodic_task_request import PeriodicTaskRequest


T = TypeVar("T", bound="PeriodicAgentCreateRequest")


@_attrs_define
class PeriodicAgentCreateRequest:
    """
    Attributes:
        mentor (UUID):
        title (str):
        task (PeriodicTaskRequest):
        description (str | Unset):
        prompt (str | Unset): Prompt for the periodic agent if any.
        pathway (str | Unset):
        callback_url (str | Unset):
        callback_secret (str | Unset):
        parent_session_id (str | Unset):
        parent_mentor_id (int | None | Unset):
        previous_agent (int | None | Unset): Agent that needs to run before the current agent runs.
        previous_agent_status (PeriodicAgentCreatePreviousAgentStatus | Unset): The status that the previous agent must
            be in before this agent gets scheduled.  * `success` - Success * `error` - Error * `running` - Running *
            `pending` - Pending
    """

    mentor: UUID
    title: str
    task: PeriodicTaskRequest
    description: str | Unset = UNSET
    prompt: str | Unset = UNSET
    pathway: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    callback_secret: str | Unset = UNSET
    parent_session_id: str | Unset = UNSET
    parent_mentor_id: int | None | Unset = UNSET
    previous_agent: int | None | Unset = UNSET
    previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor = str(self.mentor)

        title = self.title

        task = self.task.to_dict()

        description = self.description

        prompt = self.prompt

        pathway = self.pathway

        callback_url = self.callback_url

        callback_secret = self.callback_secret

        parent_session_id = self.parent_session_id

        parent_mentor_id: int | None | Unset = self.parent_mentor_id

        previous_agent: int | None | Unset = self.previous_agent

        previous_agent_status: str | Unset = UNSET
        if not isinstance(self.previous_agent_status, Unset):
            previous_agent_status = self.previous_agent_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor": mentor,
                "title": title,
                "task": task,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if pathway is not UNSET:
            field_dict["pathway"] = pathway
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_secret is not UNSET:
            field_dict["callback_secret"] = callback_secret
        if parent_session_id is not UNSET:
            field_dict["parent_session_id"] = parent_session_id
        if parent_mentor_id is not UNSET:
            field_dict["parent_mentor_id"] = parent_mentor_id
        if previous_agent is not UNSET:
            field_dict["previous_agent"] = previous_agent
        if previous_agent_status is not UNSET:
            field_dict["previous_agent_status"] = previous_agent_status

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("mentor", (None, str(self.mentor), "text/plain")))

        files.append(("title", (None, str(self.title).encode(), "text/plain")))

        files.append(("task", (None, json.dumps(self.task.to_dict()).encode(), "application/json")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.pathway, Unset):
            files.append(("pathway", (None, str(self.pathway).encode(), "text/plain")))

        if not isinstance(self.callback_url, Unset):
            files.append(("callback_url", (None, str(self.callback_url).encode(), "text/plain")))

        if not isinstance(self.callback_secret, Unset):
            files.append(
                ("callback_secret", (None, str(self.callback_secret).encode(), "text/plain"))
            )

        if not isinstance(self.parent_session_id, Unset):
            files.append(
                ("parent_session_id", (None, str(self.parent_session_id).encode(), "text/plain"))
            )

        if not isinstance(self.parent_mentor_id, Unset):
            if isinstance(self.parent_mentor_id, int):
                files.append(
                    ("parent_mentor_id", (None, str(self.parent_mentor_id).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("parent_mentor_id", (None, str(self.parent_mentor_id).encode(), "text/plain"))
                )

        if not isinstance(self.previous_agent, Unset):
            if isinstance(self.previous_agent, int):
                files.append(
                    ("previous_agent", (None, str(self.previous_agent).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("previous_agent", (None, str(self.previous_agent).encode(), "text/plain"))
                )

        if not isinstance(self.previous_agent_status, Unset):
            files.append(
                (
                    "previous_agent_status",
                    (None, str(self.previous_agent_status.value).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.periodic_task_request import PeriodicTaskRequest  # noqa: PLC0415

        d = dict(src_dict)
        mentor = UUID(d.pop("mentor"))

        title = d.pop("title")

        task = PeriodicTaskRequest.from_dict(d.pop("task"))

        description = d.pop("description", UNSET)

        prompt = d.pop("prompt", UNSET)

        pathway = d.pop("pathway", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        callback_secret = d.pop("callback_secret", UNSET)

        parent_session_id = d.pop("parent_session_id", UNSET)

        parent_mentor_id = d.pop("parent_mentor_id", UNSET)

        previous_agent = d.pop("previous_agent", UNSET)

        _previous_agent_status = d.pop("previous_agent_status", UNSET)
        previous_agent_status: PeriodicAgentCreatePreviousAgentStatus | Unset
        if isinstance(_previous_agent_status, Unset):
            previous_agent_status = UNSET
        else:
            previous_agent_status = PeriodicAgentCreatePreviousAgentStatus(_previous_agent_status)

        periodic_agent_create_request = cls(
            mentor=mentor,
            title=title,
            task=task,
            description=description,
            prompt=prompt,
            pathway=pathway,
            callback_url=callback_url,
            callback_secret=callback_secret,
            parent_session_id=parent_session_id,
            parent_mentor_id=parent_mentor_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
        )

        periodic_agent_create_request.additional_properties = d
        return periodic_agent_create_request

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
