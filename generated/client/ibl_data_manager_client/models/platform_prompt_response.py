from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformPromptResponse")


@_attrs_define
class PlatformPromptResponse:
    """Response serializer for platform prompt retrieval.

    Attributes:
        platform_key (str):
        prompt_text (str):
        recommendation_type (str):
        active (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        spa_url (None | str | Unset):
        created_by (None | str | Unset): Username of who created this prompt
    """

    platform_key: str
    prompt_text: str
    recommendation_type: str
    active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    spa_url: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_key = self.platform_key

        prompt_text = self.prompt_text

        recommendation_type = self.recommendation_type

        active = self.active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        spa_url: None | str | Unset = self.spa_url

        created_by: None | str | Unset = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_key": platform_key,
                "prompt_text": prompt_text,
                "recommendation_type": recommendation_type,
                "active": active,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if spa_url is not UNSET:
            field_dict["spa_url"] = spa_url
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_key = d.pop("platform_key")

        prompt_text = d.pop("prompt_text")

        recommendation_type = d.pop("recommendation_type")

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        spa_url = d.pop("spa_url", UNSET)

        created_by = d.pop("created_by", UNSET)

        platform_prompt_response = cls(
            platform_key=platform_key,
            prompt_text=prompt_text,
            recommendation_type=recommendation_type,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            spa_url=spa_url,
            created_by=created_by,
        )

        platform_prompt_response.additional_properties = d
        return platform_prompt_response

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
