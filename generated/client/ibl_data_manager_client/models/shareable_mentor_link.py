from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareableMentorLink")


@_attrs_define
class ShareableMentorLink:
    """
    Attributes:
        id (int):
        mentor (int):
        token (str):
        inserted_at (datetime.datetime):
        updated_at (datetime.datetime):
        enabled (bool | Unset):
    """

    id: int
    mentor: int
    token: str
    inserted_at: datetime.datetime
    updated_at: datetime.datetime
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mentor = self.mentor

        token = self.token

        inserted_at = self.inserted_at.isoformat()

        updated_at = self.updated_at.isoformat()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "mentor": mentor,
                "token": token,
                "inserted_at": inserted_at,
                "updated_at": updated_at,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        mentor = d.pop("mentor")

        token = d.pop("token")

        inserted_at = datetime.datetime.fromisoformat(d.pop("inserted_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        enabled = d.pop("enabled", UNSET)

        shareable_mentor_link = cls(
            id=id,
            mentor=mentor,
            token=token,
            inserted_at=inserted_at,
            updated_at=updated_at,
            enabled=enabled,
        )

        shareable_mentor_link.additional_properties = d
        return shareable_mentor_link

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
