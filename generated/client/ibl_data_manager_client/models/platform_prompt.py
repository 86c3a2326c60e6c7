from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.platform_prompt_recommendation_type import PlatformPromptRecommendationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformPrompt")


@_attrs_define
class PlatformPrompt:
    """Serializer for platform recommendation prompt management.  Used by instructors/admins to
    configure tenant-specific prompts for different SPAs. A platform can have multiple
    prompts (one per SPA/frontend).  Note: spa_url will be automatically normalized
    (protocol stripped, lowercase) during validation.

        Attributes:
            platform_key (str | Unset): Platform key this prompt belongs to
            prompt_text (str | Unset): The custom recommendation strategy prompt
            recommendation_type (PlatformPromptRecommendationType | Unset): Prompt category. Use 'catalog' for
                courses/programs/resources/pathways; use 'mentors' for mentor prompts.  * `mentors` - Mentor Recommendations *
                `catalog` - Catalog Recommendations
            spa_url (None | str | Unset): Frontend/SPA identifier (e.g., 'catalog.example.com', 'mentor-ai.ibl.com',
                'https://mentor-ai.ibl.com'). Protocol and case will be normalized automatically. Leave blank for platform-wide
                prompts.
            active (bool | Unset): Whether this prompt is currently active Default: True.
    """

    platform_key: str | Unset = UNSET
    prompt_text: str | Unset = UNSET
    recommendation_type: PlatformPromptRecommendationType | Unset = UNSET
    spa_url: None | str | Unset = UNSET
    active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        prompt_text = self.prompt_text

        recommendation_type: str | Unset = UNSET
        if not isinstance(self.recommendation_type, Unset):
            recommendation_type = self.recommendation_type.value

        spa_url: None | str | Unset = self.spa_url

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform_key is not UNSET:
            field_dict["platform_key"] = platform_key
        if prompt_text is not UNSET:
            field_dict["prompt_text"] = prompt_text
        if recommendation_type is not UNSET:
            field_dict["recommendation_type"] = recommendation_type
        if spa_url is not UNSET:
            field_dict["spa_url"] = spa_url
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.platform_key, Unset):
            files.append(("platform_key", (None, str(self.platform_key).encode(), "text/plain")))

        if not isinstance(self.prompt_text, Unset):
            files.append(("prompt_text", (None, str(self.prompt_text).encode(), "text/plain")))

        if not isinstance(self.recommendation_type, Unset):
            files.append(
                (
                    "recommendation_type",
                    (None, str(self.recommendation_type.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.spa_url, Unset):
            if isinstance(self.spa_url, str):
                files.append(("spa_url", (None, str(self.spa_url).encode(), "text/plain")))
            else:
                files.append(("spa_url", (None, str(self.spa_url).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key", UNSET)

        prompt_text = d.pop("prompt_text", UNSET)

        _recommendation_type = d.pop("recommendation_type", UNSET)
        recommendation_type: PlatformPromptRecommendationType | Unset
        if isinstance(_recommendation_type, Unset):
            recommendation_type = UNSET
        else:
            recommendation_type = PlatformPromptRecommendationType(_recommendation_type)

        spa_url = d.pop("spa_url", UNSET)

        active = d.pop("active", UNSET)

        platform_prompt = cls(
            platform_key=platform_key,
            prompt_text=prompt_text,
            recommendation_type=recommendation_type,
            spa_url=spa_url,
            active=active,
        )

        platform_prompt.additional_properties = d
        return platform_prompt

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
