from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.patched_periodic_agent_create_previous_agent_status import (
    PatchedPeriodicAgentCreatePreviousAgentStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.periodic_task_request import PeriodicTaskRequest


T = TypeVar("T", bound="PatchedPeriodicAgentCreate")


@_attrs_define
class PatchedPeriodicAgentCreate:
    """
    Attributes:
        mentor (UUID | Unset):
        title (str | Unset):
        description (str | Unset):
        prompt (str | Unset): Prompt for the periodic agent if any.
        task (PeriodicTaskRequest | Unset):
        pathway (str | Unset):
        callback_url (str | Unset):
        callback_secret (str | Unset):
        parent_session_id (str | Unset):
        parent_mentor_id (int | None | Unset):
        previous_agent (int | None | Unset): Agent that needs to run before the current agent runs.
        previous_agent_status (PatchedPeriodicAgentCreatePreviousAgentStatus | Unset): The status that the previous
            agent must be in before this agent gets scheduled.  * `success` - Success * `error` - Error * `running` -
            Running * `pending` - Pending
    """

    mentor: UUID | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    prompt: str | Unset = UNSET
    task: PeriodicTaskRequest | Unset = UNSET
    pathway: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    callback_secret: str | Unset = UNSET
    parent_session_id: str | Unset = UNSET
    parent_mentor_id: int | None | Unset = UNSET
    previous_agent: int | None | Unset = UNSET
    previous_agent_status: PatchedPeriodicAgentCreatePreviousAgentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        title = self.title

        description = self.description

        prompt = self.prompt

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

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
        field_dict.update({})
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if task is not UNSET:
            field_dict["task"] = task
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

        if not isinstance(self.mentor, Unset):
            files.append(("mentor", (None, str(self.mentor), "text/plain")))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.task, Unset):
            files.append(
                ("task", (None, json.dumps(self.task.to_dict()).encode(), "application/json"))
            )

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
        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = UUID(_mentor)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        prompt = d.pop("prompt", UNSET)

        _task = d.pop("task", UNSET)
        task: PeriodicTaskRequest | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = PeriodicTaskRequest.from_dict(_task)

        pathway = d.pop("pathway", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        callback_secret = d.pop("callback_secret", UNSET)

        parent_session_id = d.pop("parent_session_id", UNSET)

        parent_mentor_id = d.pop("parent_mentor_id", UNSET)

        previous_agent = d.pop("previous_agent", UNSET)

        _previous_agent_status = d.pop("previous_agent_status", UNSET)
        previous_agent_status: PatchedPeriodicAgentCreatePreviousAgentStatus | Unset
        if isinstance(_previous_agent_status, Unset):
            previous_agent_status = UNSET
        else:
            previous_agent_status = PatchedPeriodicAgentCreatePreviousAgentStatus(
                _previous_agent_status
            )

        patched_periodic_agent_create = cls(
            mentor=mentor,
            title=title,
            description=description,
            prompt=prompt,
            task=task,
            pathway=pathway,
            callback_url=callback_url,
            callback_secret=callback_secret,
            parent_session_id=parent_session_id,
            parent_mentor_id=parent_mentor_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
        )

        patched_periodic_agent_create.additional_properties = d
        return patched_periodic_agent_create

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
