from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomInstructionResponse")


@_attrs_define
class CustomInstructionResponse:
    """
    Attributes:
        id (int):
        about_user (None | str | Unset):
        mentor_tone (None | str | Unset):
        profession (str | Unset): Position or work. eg: Engineer, student etc.
        desired_mentor_traits (str | Unset): Comma separated list of expected traits for mentor.
    """

    id: int
    about_user: None | str | Unset = UNSET
    mentor_tone: None | str | Unset = UNSET
    profession: str | Unset = UNSET
    desired_mentor_traits: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        about_user: None | str | Unset = self.about_user

        mentor_tone: None | str | Unset = self.mentor_tone

        profession = self.profession

        desired_mentor_traits = self.desired_mentor_traits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if about_user is not UNSET:
            field_dict["about_user"] = about_user
        if mentor_tone is not UNSET:
            field_dict["mentor_tone"] = mentor_tone
        if profession is not UNSET:
            field_dict["profession"] = profession
        if desired_mentor_traits is not UNSET:
            field_dict["desired_mentor_traits"] = desired_mentor_traits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        about_user = d.pop("about_user", UNSET)

        mentor_tone = d.pop("mentor_tone", UNSET)

        profession = d.pop("profession", UNSET)

        desired_mentor_traits = d.pop("desired_mentor_traits", UNSET)

        custom_instruction_response = cls(
            id=id,
            about_user=about_user,
            mentor_tone=mentor_tone,
            profession=profession,
            desired_mentor_traits=desired_mentor_traits,
        )

        custom_instruction_response.additional_properties = d
        return custom_instruction_response

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
