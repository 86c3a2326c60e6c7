from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorResult")


@_attrs_define
class VectorResult:
    """
    Attributes:
        snippet (str):
        type_ (str | Unset):  Default: 'document'.
        title (str | Unset):  Default: ''.
        source (str | Unset):
        score (float | Unset):
        confidence_level (float | Unset):
        llm_provider (str | Unset):  Default: 'openai'.
        llm_model (str | Unset):  Default: 'gpt-4o-mini'.
    """

    snippet: str
    type_: str | Unset = "document"
    title: str | Unset = ""
    source: str | Unset = UNSET
    score: float | Unset = UNSET
    confidence_level: float | Unset = UNSET
    llm_provider: str | Unset = "openai"
    llm_model: str | Unset = "gpt-4o-mini"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snippet = self.snippet

        type_ = self.type_

        title = self.title

        source = self.source

        score = self.score

        confidence_level = self.confidence_level

        llm_provider = self.llm_provider

        llm_model = self.llm_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snippet": snippet,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if source is not UNSET:
            field_dict["source"] = source
        if score is not UNSET:
            field_dict["score"] = score
        if confidence_level is not UNSET:
            field_dict["confidence_level"] = confidence_level
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        snippet = d.pop("snippet")

        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        source = d.pop("source", UNSET)

        score = d.pop("score", UNSET)

        confidence_level = d.pop("confidence_level", UNSET)

        llm_provider = d.pop("llm_provider", UNSET)

        llm_model = d.pop("llm_model", UNSET)

        vector_result = cls(
            snippet=snippet,
            type_=type_,
            title=title,
            source=source,
            score=score,
            confidence_level=confidence_level,
            llm_provider=llm_provider,
            llm_model=llm_model,
        )

        vector_result.additional_properties = d
        return vector_result

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
