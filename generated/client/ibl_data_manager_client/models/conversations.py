from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_model import TopicModel


T = TypeVar("T", bound="Conversations")


@_attrs_define
class Conversations:
    """
    Attributes:
        id (UUID):
        messages (str):
        topics (list[TopicModel]):
        sentiment (str):
        mentor (UUID):
        student (str):
        email (str):
        model (str):
        rating (int):
        platform (str):
        lti_email (str): Email claim from LTI1.3 JWT if an LTI user and available
        lti_username (str): Username claim from LTI1.3 JWT if an LTI user and available
        inserted_at (datetime.datetime):
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

    id: UUID
    messages: str
    topics: list[TopicModel]
    sentiment: str
    mentor: UUID
    student: str
    email: str
    model: str
    rating: int
    platform: str
    lti_email: str
    lti_username: str
    inserted_at: datetime.datetime
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
        id = str(self.id)

        messages = self.messages

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        sentiment = self.sentiment

        mentor = str(self.mentor)

        student = self.student

        email = self.email

        model = self.model

        rating = self.rating

        platform = self.platform

        lti_email = self.lti_email

        lti_username = self.lti_username

        inserted_at = self.inserted_at.isoformat()

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
                "id": id,
                "messages": messages,
                "topics": topics,
                "sentiment": sentiment,
                "mentor": mentor,
                "student": student,
                "email": email,
                "model": model,
                "rating": rating,
                "platform": platform,
                "lti_email": lti_email,
                "lti_username": lti_username,
                "inserted_at": inserted_at,
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_model import TopicModel  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        messages = d.pop("messages")

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = TopicModel.from_dict(topics_item_data)

            topics.append(topics_item)

        sentiment = d.pop("sentiment")

        mentor = UUID(d.pop("mentor"))

        student = d.pop("student")

        email = d.pop("email")

        model = d.pop("model")

        rating = d.pop("rating")

        platform = d.pop("platform")

        lti_email = d.pop("lti_email")

        lti_username = d.pop("lti_username")

        inserted_at = datetime.datetime.fromisoformat(d.pop("inserted_at"))

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

        conversations = cls(
            id=id,
            messages=messages,
            topics=topics,
            sentiment=sentiment,
            mentor=mentor,
            student=student,
            email=email,
            model=model,
            rating=rating,
            platform=platform,
            lti_email=lti_email,
            lti_username=lti_username,
            inserted_at=inserted_at,
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

        conversations.additional_properties = d
        return conversations

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
