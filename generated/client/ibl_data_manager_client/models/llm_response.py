from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMResponse")


@_attrs_define
class LLMResponse:
    """
    Attributes:
        id (int):
        name (str):
        description (None | str | Unset):
        metadata (Any | Unset):
        resource_ids (Any | Unset):
        tags (Any | Unset):
        overview (None | str | Unset):
        use_cases (None | str | Unset):
        documentation (None | str | Unset):
        sdk_samples (None | str | Unset):
        chat_models (Any | Unset):
        disabled_models (Any | Unset): List of disabled models. If empty, all models are enabled.
        logo (None | str | Unset):
    """

    id: int
    name: str
    description: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    resource_ids: Any | Unset = UNSET
    tags: Any | Unset = UNSET
    overview: None | str | Unset = UNSET
    use_cases: None | str | Unset = UNSET
    documentation: None | str | Unset = UNSET
    sdk_samples: None | str | Unset = UNSET
    chat_models: Any | Unset = UNSET
    disabled_models: Any | Unset = UNSET
    logo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset = self.description

        metadata = self.metadata

        resource_ids = self.resource_ids

        tags = self.tags

        overview: None | str | Unset = self.overview

        use_cases: None | str | Unset = self.use_cases

        documentation: None | str | Unset = self.documentation

        sdk_samples: None | str | Unset = self.sdk_samples

        chat_models = self.chat_models

        disabled_models = self.disabled_models

        logo: None | str | Unset = self.logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if resource_ids is not UNSET:
            field_dict["resource_ids"] = resource_ids
        if tags is not UNSET:
            field_dict["tags"] = tags
        if overview is not UNSET:
            field_dict["overview"] = overview
        if use_cases is not UNSET:
            field_dict["use_cases"] = use_cases
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if sdk_samples is not UNSET:
            field_dict["sdk_samples"] = sdk_samples
        if chat_models is not UNSET:
            field_dict["chat_models"] = chat_models
        if disabled_models is not UNSET:
            field_dict["disabled_models"] = disabled_models
        if logo is not UNSET:
            field_dict["logo"] = logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        metadata = d.pop("metadata", UNSET)

        resource_ids = d.pop("resource_ids", UNSET)

        tags = d.pop("tags", UNSET)

        overview = d.pop("overview", UNSET)

        use_cases = d.pop("use_cases", UNSET)

        documentation = d.pop("documentation", UNSET)

        sdk_samples = d.pop("sdk_samples", UNSET)

        chat_models = d.pop("chat_models", UNSET)

        disabled_models = d.pop("disabled_models", UNSET)

        logo = d.pop("logo", UNSET)

        llm_response = cls(
            id=id,
            name=name,
            description=description,
            metadata=metadata,
            resource_ids=resource_ids,
            tags=tags,
            overview=overview,
            use_cases=use_cases,
            documentation=documentation,
            sdk_samples=sdk_samples,
            chat_models=chat_models,
            disabled_models=disabled_models,
            logo=logo,
        )

        llm_response.additional_properties = d
        return llm_response

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
