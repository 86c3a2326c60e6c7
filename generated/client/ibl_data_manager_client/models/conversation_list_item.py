from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationListItem")


@_attrs_define
class ConversationListItem:
    """
    Attributes:
        platform_name (str):
        platform_key (str):
        mentor (str):
        mentor_unique_id (str):
        model (str):
        cost (str):
        name (str):
        topics (Any):
        message_count (int):
        created_at (datetime.datetime):
        platform (int):
        session (UUID):
        username (None | str | Unset):
        first_user_message (None | str | Unset):
        user_queries (int | None | Unset):
        assistant_responses (int | None | Unset):
        average_sentiment (float | None | Unset):
        sentiment (None | str | Unset):
        user (int | None | Unset): edX user ID
    """

    platform_name: str
    platform_key: str
    mentor: str
    mentor_unique_id: str
    model: str
    cost: str
    name: str
    topics: Any
    message_count: int
    created_at: datetime.datetime
    platform: int
    session: UUID
    username: None | str | Unset = UNSET
    first_user_message: None | str | Unset = UNSET
    user_queries: int | None | Unset = UNSET
    assistant_responses: int | None | Unset = UNSET
    average_sentiment: float | None | Unset = UNSET
    sentiment: None | str | Unset = UNSET
    user: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_name = self.platform_name

        platform_key = self.platform_key

        mentor = self.mentor

        mentor_unique_id = self.mentor_unique_id

        model = self.model

        cost = self.cost

        name = self.name

        topics = self.topics

        message_count = self.message_count

        created_at = self.created_at.isoformat()

        platform = self.platform

        session = str(self.session)

        username: None | str | Unset = self.username

        first_user_message: None | str | Unset = self.first_user_message

        user_queries: int | None | Unset = self.user_queries

        assistant_responses: int | None | Unset = self.assistant_responses

        average_sentiment: float | None | Unset = self.average_sentiment

        sentiment: None | str | Unset = self.sentiment

        user: int | None | Unset = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_name": platform_name,
                "platform_key": platform_key,
                "mentor": mentor,
                "mentor_unique_id": mentor_unique_id,
                "model": model,
                "cost": cost,
                "name": name,
                "topics": topics,
                "message_count": message_count,
                "created_at": created_at,
                "platform": platform,
                "session": session,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if first_user_message is not UNSET:
            field_dict["first_user_message"] = first_user_message
        if user_queries is not UNSET:
            field_dict["user_queries"] = user_queries
        if assistant_responses is not UNSET:
            field_dict["assistant_responses"] = assistant_responses
        if average_sentiment is not UNSET:
            field_dict["average_sentiment"] = average_sentiment
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_name = d.pop("platform_name")

        platform_key = d.pop("platform_key")

        mentor = d.pop("mentor")

        mentor_unique_id = d.pop("mentor_unique_id")

        model = d.pop("model")

        cost = d.pop("cost")

        name = d.pop("name")

        topics = d.pop("topics")

        message_count = d.pop("message_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        platform = d.pop("platform")

        session = UUID(d.pop("session"))

        username = d.pop("username", UNSET)

        first_user_message = d.pop("first_user_message", UNSET)

        user_queries = d.pop("user_queries", UNSET)

        assistant_responses = d.pop("assistant_responses", UNSET)

        average_sentiment = d.pop("average_sentiment", UNSET)

        sentiment = d.pop("sentiment", UNSET)

        user = d.pop("user", UNSET)

        conversation_list_item = cls(
            platform_name=platform_name,
            platform_key=platform_key,
            mentor=mentor,
            mentor_unique_id=mentor_unique_id,
            model=model,
            cost=cost,
            name=name,
            topics=topics,
            message_count=message_count,
            created_at=created_at,
            platform=platform,
            session=session,
            username=username,
            first_user_message=first_user_message,
            user_queries=user_queries,
            assistant_responses=assistant_responses,
            average_sentiment=average_sentiment,
            sentiment=sentiment,
            user=user,
        )

        conversation_list_item.additional_properties = d
        return conversation_list_item

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
