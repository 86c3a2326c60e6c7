from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_model import TopicModel


T = TypeVar("T", bound="ConversationsRequest")


@_attrs_define
class ConversationsRequest:
    """
    Attributes:
        topics (list[TopicModel]):
        mentor (UUID):
        model (str):
        platform (str):
        has_document (bool | Unset):
        memory_tracked (bool | Unset):
        enable_artifacts (bool | Unset):
        is_shared (bool | Unset):
        is_authenticated (bool | Unset): False if session was created by an anonymous user
        llm_name (None | str | Unset):
        llm_provider (None | str | Unset):
        metadata (Any | Unset):
        title (None | str | Unset): AI-generated title summarizing the conversation
        is_conversation (bool | Unset): True if the session has both user and AI messages
        message_count_human (int | Unset): Count of human messages in this session
        message_count_ai (int | Unset): Count of AI messages in this session
        tools (list[int] | Unset):
    """

    topics: list[TopicModel]
    mentor: UUID
    model: str
    platform: str
    has_document: bool | Unset = UNSET
    memory_tracked: bool | Unset = UNSET
    enable_artifacts: bool | Unset = UNSET
    is_shared: bool | Unset = UNSET
    is_authenticated: bool | Unset = UNSET
    llm_name: None | str | Unset = UNSET
    llm_provider: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    title: None | str | Unset = UNSET
    is_conversation: bool | Unset = UNSET
    message_count_human: int | Unset = UNSET
    message_count_ai: int | Unset = UNSET
    tools: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        mentor = str(self.mentor)

        model = self.model

        platform = self.platform

        has_document = self.has_document

        memory_tracked = self.memory_tracked

        enable_artifacts = self.enable_artifacts

        is_shared = self.is_shared

        is_authenticated = self.is_authenticated

        llm_name: None | str | Unset = self.llm_name

        llm_provider: None | str | Unset = self.llm_provider

        metadata = self.metadata

        title: None | str | Unset = self.title

        is_conversation = self.is_conversation

        message_count_human = self.message_count_human

        message_count_ai = self.message_count_ai

        tools: list[int] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topics": topics,
                "mentor": mentor,
                "model": model,
                "platform": platform,
            }
        )
        if has_document is not UNSET:
            field_dict["has_document"] = has_document
        if memory_tracked is not UNSET:
            field_dict["memory_tracked"] = memory_tracked
        if enable_artifacts is not UNSET:
            field_dict["enable_artifacts"] = enable_artifacts
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if is_authenticated is not UNSET:
            field_dict["is_authenticated"] = is_authenticated
        if llm_name is not UNSET:
            field_dict["llm_name"] = llm_name
        if llm_provider is not UNSET:
            field_dict["llm_provider"] = llm_provider
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if title is not UNSET:
            field_dict["title"] = title
        if is_conversation is not UNSET:
            field_dict["is_conversation"] = is_conversation
        if message_count_human is not UNSET:
            field_dict["message_count_human"] = message_count_human
        if message_count_ai is not UNSET:
            field_dict["message_count_ai"] = message_count_ai
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for topics_item_element in self.topics:
            files.append(
                (
                    "topics",
                    (None, json.dumps(topics_item_element.to_dict()).encode(), "application/json"),
                )
            )

        files.append(("mentor", (None, str(self.mentor), "text/plain")))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        files.append(("platform", (None, str(self.platform).encode(), "text/plain")))

        if not isinstance(self.has_document, Unset):
            files.append(("has_document", (None, str(self.has_document).encode(), "text/plain")))

        if not isinstance(self.memory_tracked, Unset):
            files.append(
                ("memory_tracked", (None, str(self.memory_tracked).encode(), "text/plain"))
            )

        if not isinstance(self.enable_artifacts, Unset):
            files.append(
                ("enable_artifacts", (None, str(self.enable_artifacts).encode(), "text/plain"))
            )

        if not isinstance(self.is_shared, Unset):
            files.append(("is_shared", (None, str(self.is_shared).encode(), "text/plain")))

        if not isinstance(self.is_authenticated, Unset):
            files.append(
                ("is_authenticated", (None, str(self.is_authenticated).encode(), "text/plain"))
            )

        if not isinstance(self.llm_name, Unset):
            if isinstance(self.llm_name, str):
                files.append(("llm_name", (None, str(self.llm_name).encode(), "text/plain")))
            else:
                files.append(("llm_name", (None, str(self.llm_name).encode(), "text/plain")))

        if not isinstance(self.llm_provider, Unset):
            if isinstance(self.llm_provider, str):
                files.append(
                    ("llm_provider", (None, str(self.llm_provider).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("llm_provider", (None, str(self.llm_provider).encode(), "text/plain"))
                )

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.title, Unset):
            if isinstance(self.title, str):
                files.append(("title", (None, str(self.title).encode(), "text/plain")))
            else:
                files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.is_conversation, Unset):
            files.append(
                ("is_conversation", (None, str(self.is_conversation).encode(), "text/plain"))
            )

        if not isinstance(self.message_count_human, Unset):
            files.append(
                (
                    "message_count_human",
                    (None, str(self.message_count_human).encode(), "text/plain"),
                )
            )

        if not isinstance(self.message_count_ai, Unset):
            files.append(
                ("message_count_ai", (None, str(self.message_count_ai).encode(), "text/plain"))
            )

        if not isinstance(self.tools, Unset):
            for tools_item_element in self.tools:
                files.append(("tools", (None, str(tools_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_model import TopicModel  # noqa: PLC0415

        d = dict(src_dict)
        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = TopicModel.from_dict(topics_item_data)

            topics.append(topics_item)

        mentor = UUID(d.pop("mentor"))

        model = d.pop("model")

        platform = d.pop("platform")

        has_document = d.pop("has_document", UNSET)

        memory_tracked = d.pop("memory_tracked", UNSET)

        enable_artifacts = d.pop("enable_artifacts", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        is_authenticated = d.pop("is_authenticated", UNSET)

        llm_name = d.pop("llm_name", UNSET)

        llm_provider = d.pop("llm_provider", UNSET)

        metadata = d.pop("metadata", UNSET)

        title = d.pop("title", UNSET)

        is_conversation = d.pop("is_conversation", UNSET)

        message_count_human = d.pop("message_count_human", UNSET)

        message_count_ai = d.pop("message_count_ai", UNSET)

        tools = cast(list[int], d.pop("tools", UNSET))

        conversations_request = cls(
            topics=topics,
            mentor=mentor,
            model=model,
            platform=platform,
            has_document=has_document,
            memory_tracked=memory_tracked,
            enable_artifacts=enable_artifacts,
            is_shared=is_shared,
            is_authenticated=is_authenticated,
            llm_name=llm_name,
            llm_provider=llm_provider,
            metadata=metadata,
            title=title,
            is_conversation=is_conversation,
            message_count_human=message_count_human,
            message_count_ai=message_count_ai,
            tools=tools,
        )

        conversations_request.additional_properties = d
        return conversations_request

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
