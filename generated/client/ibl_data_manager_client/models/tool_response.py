from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_category import ToolCategory


T = TypeVar("T", bound="ToolResponse")


@_attrs_define
class ToolResponse:
    """
    Attributes:
        id (int):
        name (str):
        category (ToolCategory):
        is_allowed (str):
        display_name (str | Unset):
        slug (str | Unset):
        description (None | str | Unset):
        logo (None | str | Unset):
        metadata (Any | Unset):
        allow_base_agent (bool | Unset):
        allow_openai_agent (bool | Unset):
        allow_openai_assistant (bool | Unset):
        allow_google_agent (bool | Unset):
    """

    id: int
    name: str
    category: ToolCategory
    is_allowed: str
    display_name: str | Unset = UNSET
    slug: str | Unset = UNSET
    description: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    allow_base_agent: bool | Unset = UNSET
    allow_openai_agent: bool | Unset = UNSET
    allow_openai_assistant: bool | Unset = UNSET
    allow_google_agent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category = self.category.to_dict()

        is_allowed = self.is_allowed

        display_name = self.display_name

        slug = self.slug

        description: None | str | Unset = self.description

        logo: None | str | Unset = self.logo

        metadata = self.metadata

        allow_base_agent = self.allow_base_agent

        allow_openai_agent = self.allow_openai_agent

        allow_openai_assistant = self.allow_openai_assistant

        allow_google_agent = self.allow_google_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "category": category,
                "is_allowed": is_allowed,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if logo is not UNSET:
            field_dict["logo"] = logo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if allow_base_agent is not UNSET:
            field_dict["allow_base_agent"] = allow_base_agent
        if allow_openai_agent is not UNSET:
            field_dict["allow_openai_agent"] = allow_openai_agent
        if allow_openai_assistant is not UNSET:
            field_dict["allow_openai_assistant"] = allow_openai_assistant
        if allow_google_agent is not UNSET:
            field_dict["allow_google_agent"] = allow_google_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_category import ToolCategory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        category = ToolCategory.from_dict(d.pop("category"))

        is_allowed = d.pop("is_allowed")

        display_name = d.pop("display_name", UNSET)

        slug = d.pop("slug", UNSET)

        description = d.pop("description", UNSET)

        logo = d.pop("logo", UNSET)

        metadata = d.pop("metadata", UNSET)

        allow_base_agent = d.pop("allow_base_agent", UNSET)

        allow_openai_agent = d.pop("allow_openai_agent", UNSET)

        allow_openai_assistant = d.pop("allow_openai_assistant", UNSET)

        allow_google_agent = d.pop("allow_google_agent", UNSET)

        tool_response = cls(
            id=id,
            name=name,
            category=category,
            is_allowed=is_allowed,
            display_name=display_name,
            slug=slug,
            description=description,
            logo=logo,
            metadata=metadata,
            allow_base_agent=allow_base_agent,
            allow_openai_agent=allow_openai_agent,
            allow_openai_assistant=allow_openai_assistant,
            allow_google_agent=allow_google_agent,
        )

        tool_response.additional_properties = d
        return tool_response

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
