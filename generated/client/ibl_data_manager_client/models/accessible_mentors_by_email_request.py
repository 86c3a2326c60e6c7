from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessibleMentorsByEmailRequest")


@_attrs_define
class AccessibleMentorsByEmailRequest:
    """Request serializer for accessible mentors by email endpoint.

    Attributes:
        email (str | Unset): The user email to check mentor access for
        all_mentors (bool | Unset): If true, return all mentors in the platform (ignoring email if present). If false
            (default), return only mentors owned by the user's email. Default: False.
    """

    email: str | Unset = UNSET
    all_mentors: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        all_mentors = self.all_mentors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if all_mentors is not UNSET:
            field_dict["all_mentors"] = all_mentors

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        if not isinstance(self.all_mentors, Unset):
            files.append(("all_mentors", (None, str(self.all_mentors).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        all_mentors = d.pop("all_mentors", UNSET)

        accessible_mentors_by_email_request = cls(
            email=email,
            all_mentors=all_mentors,
        )

        accessible_mentors_by_email_request.additional_properties = d
        return accessible_mentors_by_email_request

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
