from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TenantSetting")


@_attrs_define
class TenantSetting:
    """
    Attributes:
        id (int):
        tenant_platform (str):
        teams_bot_mentor (str):
    """

    id: int
    tenant_platform: str
    teams_bot_mentor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_platform = self.tenant_platform

        teams_bot_mentor = self.teams_bot_mentor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenant_platform": tenant_platform,
                "teams_bot_mentor": teams_bot_mentor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        tenant_platform = d.pop("tenant_platform")

        teams_bot_mentor = d.pop("teams_bot_mentor")

        tenant_setting = cls(
            id=id,
            tenant_platform=tenant_platform,
            teams_bot_mentor=teams_bot_mentor,
        )

        tenant_setting.additional_properties = d
        return tenant_setting

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
