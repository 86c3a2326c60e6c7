from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorUserSetting")


@_attrs_define
class MentorUserSetting:
    """
    Attributes:
        reference_saved_memories (bool | Unset):
        as_tenant_admin (bool | Unset):  Default: True.
    """

    reference_saved_memories: bool | Unset = UNSET
    as_tenant_admin: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_saved_memories = self.reference_saved_memories

        as_tenant_admin = self.as_tenant_admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_saved_memories is not UNSET:
            field_dict["reference_saved_memories"] = reference_saved_memories
        if as_tenant_admin is not UNSET:
            field_dict["as_tenant_admin"] = as_tenant_admin

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.reference_saved_memories, Unset):
            files.append(
                (
                    "reference_saved_memories",
                    (None, str(self.reference_saved_memories).encode(), "text/plain"),
                )
            )

        if not isinstance(self.as_tenant_admin, Unset):
            files.append(
                ("as_tenant_admin", (None, str(self.as_tenant_admin).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_saved_memories = d.pop("reference_saved_memories", UNSET)

        as_tenant_admin = d.pop("as_tenant_admin", UNSET)

        mentor_user_setting = cls(
            reference_saved_memories=reference_saved_memories,
            as_tenant_admin=as_tenant_admin,
        )

        mentor_user_setting.additional_properties = d
        return mentor_user_setting

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
