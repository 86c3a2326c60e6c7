from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.prompt_prompt_visibility import PromptPromptVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptRequest")


@_attrs_define
class PromptRequest:
    """
    Attributes:
        prompt (str):
        platform (int):
        mentor (UUID | Unset):
        tone (None | str | Unset):
        style (str | Unset):
        language (str | Unset):
        tags (list[int] | Unset):
        is_system (bool | Unset):  Default: True.
        metadata (Any | Unset):
        category (str | Unset):
        title (None | str | Unset):
        description (None | str | Unset):
        prompt_visibility (PromptPromptVisibility | Unset):
        created_by (None | str | Unset):
    """

    prompt: str
    platform: int
    mentor: UUID | Unset = UNSET
    tone: None | str | Unset = UNSET
    style: str | Unset = UNSET
    language: str | Unset = UNSET
    tags: list[int] | Unset = UNSET
    is_system: bool | Unset = True
    metadata: Any | Unset = UNSET
    category: str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    prompt_visibility: PromptPromptVisibility | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        platform = self.platform

        mentor: str | Unset = UNSET
        if not isinstance(self.mentor, Unset):
            mentor = str(self.mentor)

        tone: None | str | Unset = self.tone

        style = self.style

        language = self.language

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        is_system = self.is_system

        metadata = self.metadata

        category = self.category

        title: None | str | Unset = self.title

        description: None | str | Unset = self.description

        prompt_visibility: str | Unset = UNSET
        if not isinstance(self.prompt_visibility, Unset):
            prompt_visibility = self.prompt_visibility.value

        created_by: None | str | Unset = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "platform": platform,
            }
        )
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if tone is not UNSET:
            field_dict["tone"] = tone
        if style is not UNSET:
            field_dict["style"] = style
        if language is not UNSET:
            field_dict["language"] = language
        if tags is not UNSET:
            field_dict["tags"] = tags
        if is_system is not UNSET:
            field_dict["is_system"] = is_system
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if category is not UNSET:
            field_dict["category"] = category
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if prompt_visibility is not UNSET:
            field_dict["prompt_visibility"] = prompt_visibility
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        if not isinstance(self.mentor, Unset):
            files.append(("mentor", (None, str(self.mentor), "text/plain")))

        if not isinstance(self.tone, Unset):
            if isinstance(self.tone, str):
                files.append(("tone", (None, str(self.tone).encode(), "text/plain")))
            else:
                files.append(("tone", (None, str(self.tone).encode(), "text/plain")))

        if not isinstance(self.style, Unset):
            files.append(("style", (None, str(self.style).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            for tags_item_element in self.tags:
                files.append(("tags", (None, str(tags_item_element).encode(), "text/plain")))

        if not isinstance(self.is_system, Unset):
            files.append(("is_system", (None, str(self.is_system).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.category, Unset):
            files.append(("category", (None, str(self.category).encode(), "text/plain")))

        if not isinstance(self.title, Unset):
            if isinstance(self.title, str):
                files.append(("title", (None, str(self.title).encode(), "text/plain")))
            else:
                files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str):
                files.append(("description", (None, str(self.description).encode(), "text/plain")))
            else:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.prompt_visibility, Unset):
            files.append(
                (
                    "prompt_visibility",
                    (None, str(self.prompt_visibility.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.created_by, Unset):
            if isinstance(self.created_by, str):
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))
            else:
                files.append(("created_by", (None, str(self.created_by).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        platform = d.pop("platform")

        _mentor = d.pop("mentor", UNSET)
        mentor: UUID | Unset
        if isinstance(_mentor, Unset):
            mentor = UNSET
        else:
            mentor = UUID(_mentor)

        tone = d.pop("tone", UNSET)

        style = d.pop("style", UNSET)

        language = d.pop("language", UNSET)

        tags = cast(list[int], d.pop("tags", UNSET))

        is_system = d.pop("is_system", UNSET)

        metadata = d.pop("metadata", UNSET)

        category = d.pop("category", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _prompt_visibility = d.pop("prompt_visibility", UNSET)
        prompt_visibility: PromptPromptVisibility | Unset
        if isinstance(_prompt_visibility, Unset):
            prompt_visibility = UNSET
        else:
            prompt_visibility = PromptPromptVisibility(_prompt_visibility)

        created_by = d.pop("created_by", UNSET)

        prompt_request = cls(
            prompt=prompt,
            platform=platform,
            mentor=mentor,
            tone=tone,
            style=style,
            language=language,
            tags=tags,
            is_system=is_system,
            metadata=metadata,
            category=category,
            title=title,
            description=description,
            prompt_visibility=prompt_visibility,
            created_by=created_by,
        )

        prompt_request.additional_properties = d
        return prompt_request

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
