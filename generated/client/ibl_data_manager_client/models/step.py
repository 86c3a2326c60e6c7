from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_status_enum import StepStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Step")


@_attrs_define
class Step:
    """
    Attributes:
        id (int):
        title (str):
        position (int):
        job (int):
        description (str | Unset):
        status (StepStatusEnum | Unset): * `completed` - Completed * `failed` - Failed * `pending` - Pending
    """

    id: int
    title: str
    position: int
    job: int
    description: str | Unset = UNSET
    status: StepStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        position = self.position

        job = self.job

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "position": position,
                "job": job,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        position = d.pop("position")

        job = d.pop("job")

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: StepStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StepStatusEnum(_status)

        step = cls(
            id=id,
            title=title,
            position=position,
            job=job,
            description=description,
            status=status,
        )

        step.additional_properties = d
        return step

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
