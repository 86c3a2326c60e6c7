from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.periodic_agent_create_previous_agent_status import (
    PeriodicAgentCreatePreviousAgentStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.periodic_task import PeriodicTask


T = TypeVar("T", bound="PeriodicAgentCreate")


@_attrs_define
class PeriodicAgentCreate:
    """
    Attributes:
        id (int):
        mentor (UUID):
        title (str):
        username (str):
        task (PeriodicTask):
        created_at (datetime.datetime):
        modified_at (datetime.datetime):
        enabled (bool):
        one_off (bool):
        platform_key (str):
        previous_agent_output (str): This will be fed into the run of this agent as part of its input prompt.
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

    id: int
    mentor: UUID
    title: str
    username: str
    task: PeriodicTask
    created_at: datetime.datetime
    modified_at: datetime.datetime
    enabled: bool
    one_off: bool
    platform_key: str
    previous_agent_output: str
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
        id = self.id

        mentor = str(self.mentor)

        title = self.title

        username = self.username

        task = self.task.to_dict()

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        enabled = self.enabled

        one_off = self.one_off

        platform_key = self.platform_key

        previous_agent_output = self.previous_agent_output

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
                "id": id,
                "mentor": mentor,
                "title": title,
                "username": username,
                "task": task,
                "created_at": created_at,
                "modified_at": modified_at,
                "enabled": enabled,
                "one_off": one_off,
                "platform_key": platform_key,
                "previous_agent_output": previous_agent_output,
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.periodic_task import PeriodicTask  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        mentor = UUID(d.pop("mentor"))

        title = d.pop("title")

        username = d.pop("username")

        task = PeriodicTask.from_dict(d.pop("task"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        enabled = d.pop("enabled")

        one_off = d.pop("one_off")

        platform_key = d.pop("platform_key")

        previous_agent_output = d.pop("previous_agent_output")

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

        periodic_agent_create = cls(
            id=id,
            mentor=mentor,
            title=title,
            username=username,
            task=task,
            created_at=created_at,
            modified_at=modified_at,
            enabled=enabled,
            one_off=one_off,
            platform_key=platform_key,
            previous_agent_output=previous_agent_output,
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

        periodic_agent_create.additional_properties = d
        return periodic_agent_create

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
