from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccessibleMentorsByEmailResponse")


@_attrs_define
class AccessibleMentorsByEmailResponse:
    """Response serializer for accessible mentors by email.

    Attributes:
        mentors (list[UUID]): List of mentor unique IDs
        user_id (int | None): The user ID that mentors belong to when all_mentors is False
    """

    mentors: list[UUID]
    user_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentors = []
        for mentors_item_data in self.mentors:
            mentors_item = str(mentors_item_data)
            mentors.append(mentors_item)

        user_id: int | None = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentors": mentors,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentors = []
        _mentors = d.pop("mentors")
        for mentors_item_data in _mentors:
            mentors_item = UUID(mentors_item_data)

            mentors.append(mentors_item)

        user_id = d.pop("user_id")

        accessible_mentors_by_email_response = cls(
            mentors=mentors,
            user_id=user_id,
        )

        accessible_mentors_by_email_response.additional_properties = d
        return accessible_mentors_by_email_response

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
