from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step import Step


T = TypeVar("T", bound="JobRun")


@_attrs_define
class JobRun:
    """
    Attributes:
        id (int):
        title (str):
        session (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        steps (list[Step]):
        description (str | Unset):
        active (bool | Unset):
    """

    id: int
    title: str
    session: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    steps: list[Step]
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        session = str(self.session)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        description = self.description

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "session": session,
                "created_at": created_at,
                "updated_at": updated_at,
                "steps": steps,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step import Step  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        session = UUID(d.pop("session"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = Step.from_dict(steps_item_data)

            steps.append(steps_item)

        description = d.pop("description", UNSET)

        active = d.pop("active", UNSET)

        job_run = cls(
            id=id,
            title=title,
            session=session,
            created_at=created_at,
            updated_at=updated_at,
            steps=steps,
            description=description,
            active=active,
        )

        job_run.additional_properties = d
        return job_run

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
