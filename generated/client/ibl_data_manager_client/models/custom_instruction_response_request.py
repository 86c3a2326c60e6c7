from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomInstructionResponseRequest")


@_attrs_define
class CustomInstructionResponseRequest:
    """
    Attributes:
        about_user (None | str | Unset):
        mentor_tone (None | str | Unset):
        profession (str | Unset): Position or work. eg: Engineer, student etc.
        desired_mentor_traits (str | Unset): Comma separated list of expected traits for mentor.
    """

    about_user: None | str | Unset = UNSET
    mentor_tone: None | str | Unset = UNSET
    profession: str | Unset = UNSET
    desired_mentor_traits: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        about_user: None | str | Unset = self.about_user

        mentor_tone: None | str | Unset = self.mentor_tone

        profession = self.profession

        desired_mentor_traits = self.desired_mentor_traits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if about_user is not UNSET:
            field_dict["about_user"] = about_user
        if mentor_tone is not UNSET:
            field_dict["mentor_tone"] = mentor_tone
        if profession is not UNSET:
            field_dict["profession"] = profession
        if desired_mentor_traits is not UNSET:
            field_dict["desired_mentor_traits"] = desired_mentor_traits

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.about_user, Unset):
            if isinstance(self.about_user, str):
                files.append(("about_user", (None, str(self.about_user).encode(), "text/plain")))
            else:
                files.append(("about_user", (None, str(self.about_user).encode(), "text/plain")))

        if not isinstance(self.mentor_tone, Unset):
            if isinstance(self.mentor_tone, str):
                files.append(("mentor_tone", (None, str(self.mentor_tone).encode(), "text/plain")))
            else:
                files.append(("mentor_tone", (None, str(self.mentor_tone).encode(), "text/plain")))

        if not isinstance(self.profession, Unset):
            files.append(("profession", (None, str(self.profession).encode(), "text/plain")))

        if not isinstance(self.desired_mentor_traits, Unset):
            files.append(
                (
                    "desired_mentor_traits",
                    (None, str(self.desired_mentor_traits).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        about_user = d.pop("about_user", UNSET)

        mentor_tone = d.pop("mentor_tone", UNSET)

        profession = d.pop("profession", UNSET)

        desired_mentor_traits = d.pop("desired_mentor_traits", UNSET)

        custom_instruction_response_request = cls(
            about_user=about_user,
            mentor_tone=mentor_tone,
            profession=profession,
            desired_mentor_traits=desired_mentor_traits,
        )

        custom_instruction_response_request.additional_properties = d
        return custom_instruction_response_request

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
