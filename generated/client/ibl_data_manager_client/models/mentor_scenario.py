from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentor_scenario_prompt import MentorScenarioPrompt


T = TypeVar("T", bound="MentorScenario")


@_attrs_define
class MentorScenario:
    """
    Attributes:
        name (str):
        prompts (list[MentorScenarioPrompt]):
        display (None | str | Unset):
    """

    name: str
    prompts: list[MentorScenarioPrompt]
    display: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompts = []
        for prompts_item_data in self.prompts:
            prompts_item = prompts_item_data.to_dict()
            prompts.append(prompts_item)

        display: None | str | Unset = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompts": prompts,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for prompts_item_element in self.prompts:
            files.append(
                (
                    "prompts",
                    (None, json.dumps(prompts_item_element.to_dict()).encode(), "application/json"),
                )
            )

        if not isinstance(self.display, Unset):
            if isinstance(self.display, str):
                files.append(("display", (None, str(self.display).encode(), "text/plain")))
            else:
                files.append(("display", (None, str(self.display).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentor_scenario_prompt import MentorScenarioPrompt  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        prompts = []
        _prompts = d.pop("prompts")
        for prompts_item_data in _prompts:
            prompts_item = MentorScenarioPrompt.from_dict(prompts_item_data)

            prompts.append(prompts_item)

        display = d.pop("display", UNSET)

        mentor_scenario = cls(
            name=name,
            prompts=prompts,
            display=display,
        )

        mentor_scenario.additional_properties = d
        return mentor_scenario

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
