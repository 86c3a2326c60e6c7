from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StarMentor")


@_attrs_define
class StarMentor:
    """
    Attributes:
        updated_at (str):
        mentor (str):
        student (str):
        recently_accessed_at (None | str):
        is_starred (bool | Unset):
    """

    updated_at: str
    mentor: str
    student: str
    recently_accessed_at: None | str
    is_starred: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_at = self.updated_at

        mentor = self.mentor

        student = self.student

        recently_accessed_at: None | str = self.recently_accessed_at

        is_starred = self.is_starred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updated_at": updated_at,
                "mentor": mentor,
                "student": student,
                "recently_accessed_at": recently_accessed_at,
            }
        )
        if is_starred is not UNSET:
            field_dict["is_starred"] = is_starred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        updated_at = d.pop("updated_at")

        mentor = d.pop("mentor")

        student = d.pop("student")

        recently_accessed_at = d.pop("recently_accessed_at")

        is_starred = d.pop("is_starred", UNSET)

        star_mentor = cls(
            updated_at=updated_at,
            mentor=mentor,
            student=student,
            recently_accessed_at=recently_accessed_at,
            is_starred=is_starred,
        )

        star_mentor.additional_properties = d
        return star_mentor

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
