from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="EdxCourseRequest")


@_attrs_define
class EdxCourseRequest:
    """
    Attributes:
        name (str):
        run (str):
        number (str):
        xblock_id (str):
        description (str | Unset):
        task (int | None | Unset):
    """

    name: str
    run: str
    number: str
    xblock_id: str
    description: str | Unset = UNSET
    task: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        run = self.run

        number = self.number

        xblock_id = self.xblock_id

        description = self.description

        task: int | None | Unset = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "run": run,
                "number": number,
                "xblock_id": xblock_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("run", (None, str(self.run).encode(), "text/plain")))

        files.append(("number", (None, str(self.number).encode(), "text/plain")))

        files.append(("xblock_id", (None, str(self.xblock_id).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.task, Unset):
            if isinstance(self.task, int):
                files.append(("task", (None, str(self.task).encode(), "text/plain")))
            else:
                files.append(("task", (None, str(self.task).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        run = d.pop("run")

        number = d.pop("number")

        xblock_id = d.pop("xblock_id")

        description = d.pop("description", UNSET)

        task = d.pop("task", UNSET)

        edx_course_request = cls(
            name=name,
            run=run,
            number=number,
            xblock_id=xblock_id,
            description=description,
            task=task,
        )

        edx_course_request.additional_properties = d
        return edx_course_request

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
