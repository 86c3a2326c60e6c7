from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivateUserFreeTrial")


@_attrs_define
class ActivateUserFreeTrial:
    """
    Attributes:
        app (str): The app url or name or id
        platform (str): The platform key
        free_trial_started (bool | Unset):  Default: True.
    """

    app: str
    platform: str
    free_trial_started: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app

        platform = self.platform

        free_trial_started = self.free_trial_started

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
                "platform": platform,
            }
        )
        if free_trial_started is not UNSET:
            field_dict["free_trial_started"] = free_trial_started

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("app", (None, str(self.app).encode(), "text/plain")))

        files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        if not isinstance(self.free_trial_started, Unset):
            files.append(
                ("free_trial_started", (None, str(self.free_trial_started).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app = d.pop("app")

        platform = d.pop("platform")

        free_trial_started = d.pop("free_trial_started", UNSET)

        activate_user_free_trial = cls(
            app=app,
            platform=platform,
            free_trial_started=free_trial_started,
        )

        activate_user_free_trial.additional_properties = d
        return activate_user_free_trial

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
