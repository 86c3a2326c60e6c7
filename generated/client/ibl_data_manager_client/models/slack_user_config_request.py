from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="SlackUserConfigRequest")


@_attrs_define
class SlackUserConfigRequest:
    """
    Attributes:
        slack_team_domain (str): Team Domain in the stated slack workspace. This is also the workspace name.
        slack_username (str): Username in the stated slack workspace
    """

    slack_team_domain: str
    slack_username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slack_team_domain = self.slack_team_domain

        slack_username = self.slack_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slack_team_domain": slack_team_domain,
                "slack_username": slack_username,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("slack_team_domain", (None, str(self.slack_team_domain).encode(), "text/plain"))
        )

        files.append(("slack_username", (None, str(self.slack_username).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slack_team_domain = d.pop("slack_team_domain")

        slack_username = d.pop("slack_username")

        slack_user_config_request = cls(
            slack_team_domain=slack_team_domain,
            slack_username=slack_username,
        )

        slack_user_config_request.additional_properties = d
        return slack_user_config_request

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
