from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxCourse")


@_attrs_define
class EdxCourse:
    """
    Attributes:
        id (int):
        name (str):
        run (str):
        number (str):
        xblock_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (str | Unset):
        task (int | None | Unset):
    """

    id: int
    name: str
    run: str
    number: str
    xblock_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    task: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        run = self.run

        number = self.number

        xblock_id = self.xblock_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description = self.description

        task: int | None | Unset = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "run": run,
                "number": number,
                "xblock_id": xblock_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        run = d.pop("run")

        number = d.pop("number")

        xblock_id = d.pop("xblock_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        description = d.pop("description", UNSET)

        task = d.pop("task", UNSET)

        edx_course = cls(
            id=id,
            name=name,
            run=run,
            number=number,
            xblock_id=xblock_id,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            task=task,
        )

        edx_course.additional_properties = d
        return edx_course

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
