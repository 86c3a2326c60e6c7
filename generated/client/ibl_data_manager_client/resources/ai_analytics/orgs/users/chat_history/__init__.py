"""`Client.ai_analytics.orgs.users.chat_history`: 6 operations."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload
from uuid import UUID

from ......_operation import RequestOptions, body_from_fields, optional_body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    ai_analytics_orgs_users_chat_history_create as _ai_analytics_orgs_users_chat_history_create,
)
from ......api.ai_analytics import (
    ai_analytics_orgs_users_chat_history_destroy as _ai_analytics_orgs_users_chat_history_destroy,
)
from ......api.ai_analytics import (
    ai_analytics_orgs_users_chat_history_list as _ai_analytics_orgs_users_chat_history_list,
)
from ......api.ai_analytics import (
    ai_analytics_orgs_users_chat_history_partial_update as _ai_analytics_orgs_users_chat_history_partial_update,
)
from ......api.ai_analytics import (
    ai_analytics_orgs_users_chat_history_retrieve as _ai_analytics_orgs_users_chat_history_retrieve,
)
from ......api.ai_analytics import (
    ai_analytics_orgs_users_chat_history_update as _ai_analytics_orgs_users_chat_history_update,
)
from ......models.conversations import Conversations
from ......models.conversations_request import ConversationsRequest
from ......models.paginated_conversations_list import PaginatedConversationsList
from ......models.patched_conversations import PatchedConversations
from ......models.topic_model import TopicModel
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAnalyticsOrgsUsersChatHistoryResource",
    "AiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse",
    "AsyncAiAnalyticsOrgsUsersChatHistoryResource",
    "AsyncAiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse",
]


class AiAnalyticsOrgsUsersChatHistoryResource:
    """`Client.ai_analytics.orgs.users.chat_history`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedConversationsList:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)

        Returns:
            PaginatedConversationsList
        """
        return self._client._send(
            _ai_analytics_orgs_users_chat_history_list.OPERATION,
            _ai_analytics_orgs_users_chat_history_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                page=page,
                page_size=page_size,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Conversations]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_analytics_orgs_users_chat_history_list.OPERATION,
            _ai_analytics_orgs_users_chat_history_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                page=page,
                page_size=page_size,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
            ),
            _ai_analytics_orgs_users_chat_history_list.PAGE,
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: ConversationsRequest,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body_topics: list[TopicModel],
        body_mentor: UUID,
        model: str,
        platform: str,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: ConversationsRequest | Unset = UNSET,
        body_topics: list[TopicModel] | Unset = UNSET,
        body_mentor: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)
            body (ConversationsRequest, request body)
            Or the body's fields as keywords instead of body=: body_topics, body_mentor, model,
                platform, has_document, memory_tracked, enable_artifacts, is_shared,
                is_authenticated, llm_name, llm_provider, metadata, title, is_conversation,
                message_count_human, message_count_ai, tools

        Returns:
            Conversations
        """
        body = body_from_fields(
            "ai_analytics.orgs.users.chat_history.create",
            body,
            ConversationsRequest,
            ["body_topics", "body_mentor", "model", "platform"],
            (
                ("body_topics", "topics", body_topics),
                ("body_mentor", "mentor", body_mentor),
                ("model", "model", model),
                ("platform", "platform", platform),
                ("has_document", "has_document", has_document),
                ("memory_tracked", "memory_tracked", memory_tracked),
                ("enable_artifacts", "enable_artifacts", enable_artifacts),
                ("is_shared", "is_shared", is_shared),
                ("is_authenticated", "is_authenticated", is_authenticated),
                ("llm_name", "llm_name", llm_name),
                ("llm_provider", "llm_provider", llm_provider),
                ("metadata", "metadata", metadata),
                ("title", "title", title),
                ("is_conversation", "is_conversation", is_conversation),
                ("message_count_human", "message_count_human", message_count_human),
                ("message_count_ai", "message_count_ai", message_count_ai),
                ("tools", "tools", tools),
            ),
        )
        return self._client._send(
            _ai_analytics_orgs_users_chat_history_create.OPERATION,
            _ai_analytics_orgs_users_chat_history_create.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
                body=body,
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)

        Returns:
            None
        """
        return self._client._send(
            _ai_analytics_orgs_users_chat_history_destroy.OPERATION,
            _ai_analytics_orgs_users_chat_history_destroy.build_request(
                org=org,
                user_id=user_id,
                id=id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)

        Returns:
            Conversations
        """
        return self._client._send(
            _ai_analytics_orgs_users_chat_history_retrieve.OPERATION,
            _ai_analytics_orgs_users_chat_history_retrieve.build_request(
                org=org,
                user_id=user_id,
                id=id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
            ),
            options,
        )

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: PatchedConversations | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    @overload
    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body_topics: list[TopicModel] | Unset = UNSET,
        body_mentor: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: PatchedConversations | Unset = UNSET,
        body_topics: list[TopicModel] | Unset = UNSET,
        body_mentor: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)
            body (PatchedConversations | Unset, request body)
            Or the body's fields as keywords instead of body=: body_topics, body_mentor, model,
                platform, has_document, memory_tracked, enable_artifacts, is_shared,
                is_authenticated, llm_name, llm_provider, metadata, title, is_conversation,
                message_count_human, message_count_ai, tools

        Returns:
            Conversations
        """
        body = optional_body_from_fields(
            "ai_analytics.orgs.users.chat_history.partial_update",
            body,
            PatchedConversations,
            [],
            (
                ("body_topics", "topics", body_topics),
                ("body_mentor", "mentor", body_mentor),
                ("model", "model", model),
                ("platform", "platform", platform),
                ("has_document", "has_document", has_document),
                ("memory_tracked", "memory_tracked", memory_tracked),
                ("enable_artifacts", "enable_artifacts", enable_artifacts),
                ("is_shared", "is_shared", is_shared),
                ("is_authenticated", "is_authenticated", is_authenticated),
                ("llm_name", "llm_name", llm_name),
                ("llm_provider", "llm_provider", llm_provider),
                ("metadata", "metadata", metadata),
                ("title", "title", title),
                ("is_conversation", "is_conversation", is_conversation),
                ("message_count_human", "message_count_human", message_count_human),
                ("message_count_ai", "message_count_ai", message_count_ai),
                ("tools", "tools", tools),
            ),
        )
        return self._client._send(
            _ai_analytics_orgs_users_chat_history_partial_update.OPERATION,
            _ai_analytics_orgs_users_chat_history_partial_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
                body=body,
            ),
            options,
        )

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: ConversationsRequest,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    @overload
    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body_topics: list[TopicModel],
        body_mentor: UUID,
        model: str,
        platform: str,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    def update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: ConversationsRequest | Unset = UNSET,
        body_topics: list[TopicModel] | Unset = UNSET,
        body_mentor: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)
            body (ConversationsRequest, request body)
            Or the body's fields as keywords instead of body=: body_topics, body_mentor, model,
                platform, has_document, memory_tracked, enable_artifacts, is_shared,
                is_authenticated, llm_name, llm_provider, metadata, title, is_conversation,
                message_count_human, message_count_ai, tools

        Returns:
            Conversations
        """
        body = body_from_fields(
            "ai_analytics.orgs.users.chat_history.update",
            body,
            ConversationsRequest,
            ["body_topics", "body_mentor", "model", "platform"],
            (
                ("body_topics", "topics", body_topics),
                ("body_mentor", "mentor", body_mentor),
                ("model", "model", model),
                ("platform", "platform", platform),
                ("has_document", "has_document", has_document),
                ("memory_tracked", "memory_tracked", memory_tracked),
                ("enable_artifacts", "enable_artifacts", enable_artifacts),
                ("is_shared", "is_shared", is_shared),
                ("is_authenticated", "is_authenticated", is_authenticated),
                ("llm_name", "llm_name", llm_name),
                ("llm_provider", "llm_provider", llm_provider),
                ("metadata", "metadata", metadata),
                ("title", "title", title),
                ("is_conversation", "is_conversation", is_conversation),
                ("message_count_human", "message_count_human", message_count_human),
                ("message_count_ai", "message_count_ai", message_count_ai),
                ("tools", "tools", tools),
            ),
        )
        return self._client._send(
            _ai_analytics_orgs_users_chat_history_update.OPERATION,
            _ai_analytics_orgs_users_chat_history_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
                body=body,
            ),
            options,
        )


class AiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse:
    """`Client.ai_analytics.orgs.users.chat_history`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsOrgsUsersChatHistoryResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.partial_update = to_raw_response(resource.partial_update)
        self.update = to_raw_response(resource.update)


class AsyncAiAnalyticsOrgsUsersChatHistoryResource:
    """`AsyncClient.ai_analytics.orgs.users.chat_history`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedConversationsList:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)

        Returns:
            PaginatedConversationsList
        """
        return await self._client._send(
            _ai_analytics_orgs_users_chat_history_list.OPERATION,
            _ai_analytics_orgs_users_chat_history_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                page=page,
                page_size=page_size,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Conversations]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_analytics_orgs_users_chat_history_list.OPERATION,
            _ai_analytics_orgs_users_chat_history_list.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                page=page,
                page_size=page_size,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
            ),
            _ai_analytics_orgs_users_chat_history_list.PAGE,
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: ConversationsRequest,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body_topics: list[TopicModel],
        body_mentor: UUID,
        model: str,
        platform: str,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: ConversationsRequest | Unset = UNSET,
        body_topics: list[TopicModel] | Unset = UNSET,
        body_mentor: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)
            body (ConversationsRequest, request body)
            Or the body's fields as keywords instead of body=: body_topics, body_mentor, model,
                platform, has_document, memory_tracked, enable_artifacts, is_shared,
                is_authenticated, llm_name, llm_provider, metadata, title, is_conversation,
                message_count_human, message_count_ai, tools

        Returns:
            Conversations
        """
        body = body_from_fields(
            "ai_analytics.orgs.users.chat_history.create",
            body,
            ConversationsRequest,
            ["body_topics", "body_mentor", "model", "platform"],
            (
                ("body_topics", "topics", body_topics),
                ("body_mentor", "mentor", body_mentor),
                ("model", "model", model),
                ("platform", "platform", platform),
                ("has_document", "has_document", has_document),
                ("memory_tracked", "memory_tracked", memory_tracked),
                ("enable_artifacts", "enable_artifacts", enable_artifacts),
                ("is_shared", "is_shared", is_shared),
                ("is_authenticated", "is_authenticated", is_authenticated),
                ("llm_name", "llm_name", llm_name),
                ("llm_provider", "llm_provider", llm_provider),
                ("metadata", "metadata", metadata),
                ("title", "title", title),
                ("is_conversation", "is_conversation", is_conversation),
                ("message_count_human", "message_count_human", message_count_human),
                ("message_count_ai", "message_count_ai", message_count_ai),
                ("tools", "tools", tools),
            ),
        )
        return await self._client._send(
            _ai_analytics_orgs_users_chat_history_create.OPERATION,
            _ai_analytics_orgs_users_chat_history_create.build_request(
                org=org,
                user_id=user_id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
                body=body,
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)

        Returns:
            None
        """
        return await self._client._send(
            _ai_analytics_orgs_users_chat_history_destroy.OPERATION,
            _ai_analytics_orgs_users_chat_history_destroy.build_request(
                org=org,
                user_id=user_id,
                id=id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)

        Returns:
            Conversations
        """
        return await self._client._send(
            _ai_analytics_orgs_users_chat_history_retrieve.OPERATION,
            _ai_analytics_orgs_users_chat_history_retrieve.build_request(
                org=org,
                user_id=user_id,
                id=id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
            ),
            options,
        )

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: PatchedConversations | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    @overload
    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body_topics: list[TopicModel] | Unset = UNSET,
        body_mentor: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    async def partial_update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: PatchedConversations | Unset = UNSET,
        body_topics: list[TopicModel] | Unset = UNSET,
        body_mentor: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)
            body (PatchedConversations | Unset, request body)
            Or the body's fields as keywords instead of body=: body_topics, body_mentor, model,
                platform, has_document, memory_tracked, enable_artifacts, is_shared,
                is_authenticated, llm_name, llm_provider, metadata, title, is_conversation,
                message_count_human, message_count_ai, tools

        Returns:
            Conversations
        """
        body = optional_body_from_fields(
            "ai_analytics.orgs.users.chat_history.partial_update",
            body,
            PatchedConversations,
            [],
            (
                ("body_topics", "topics", body_topics),
                ("body_mentor", "mentor", body_mentor),
                ("model", "model", model),
                ("platform", "platform", platform),
                ("has_document", "has_document", has_document),
                ("memory_tracked", "memory_tracked", memory_tracked),
                ("enable_artifacts", "enable_artifacts", enable_artifacts),
                ("is_shared", "is_shared", is_shared),
                ("is_authenticated", "is_authenticated", is_authenticated),
                ("llm_name", "llm_name", llm_name),
                ("llm_provider", "llm_provider", llm_provider),
                ("metadata", "metadata", metadata),
                ("title", "title", title),
                ("is_conversation", "is_conversation", is_conversation),
                ("message_count_human", "message_count_human", message_count_human),
                ("message_count_ai", "message_count_ai", message_count_ai),
                ("tools", "tools", tools),
            ),
        )
        return await self._client._send(
            _ai_analytics_orgs_users_chat_history_partial_update.OPERATION,
            _ai_analytics_orgs_users_chat_history_partial_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
                body=body,
            ),
            options,
        )

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: ConversationsRequest,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    @overload
    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body_topics: list[TopicModel],
        body_mentor: UUID,
        model: str,
        platform: str,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations: ...

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        id: str,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: UUID | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        body: ConversationsRequest | Unset = UNSET,
        body_topics: list[TopicModel] | Unset = UNSET,
        body_mentor: UUID | Unset = UNSET,
        model: str | Unset = UNSET,
        platform: str | Unset = UNSET,
        has_document: bool | Unset = UNSET,
        memory_tracked: bool | Unset = UNSET,
        enable_artifacts: bool | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        is_authenticated: bool | Unset = UNSET,
        llm_name: None | str | Unset = UNSET,
        llm_provider: None | str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        title: None | str | Unset = UNSET,
        is_conversation: bool | Unset = UNSET,
        message_count_human: int | Unset = UNSET,
        message_count_ai: int | Unset = UNSET,
        tools: list[int] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.  This viewset provides
        endpoints for retrieving chat message history within an organization, with extensive
        filtering options by date range, user, topic, mentor, and sentiment.  Permissions:     -
        Restricted to platform administrators only

        Args:
            org (str, path)
            user_id (str, path)
            id (str, path)
            end_date (datetime.date | Unset, query)
            filter_user_id (str | Unset, query)
            mentor (UUID | Unset, query)
            sentiment (str | Unset, query)
            start_date (datetime.date | Unset, query)
            topics (str | Unset, query)
            body (ConversationsRequest, request body)
            Or the body's fields as keywords instead of body=: body_topics, body_mentor, model,
                platform, has_document, memory_tracked, enable_artifacts, is_shared,
                is_authenticated, llm_name, llm_provider, metadata, title, is_conversation,
                message_count_human, message_count_ai, tools

        Returns:
            Conversations
        """
        body = body_from_fields(
            "ai_analytics.orgs.users.chat_history.update",
            body,
            ConversationsRequest,
            ["body_topics", "body_mentor", "model", "platform"],
            (
                ("body_topics", "topics", body_topics),
                ("body_mentor", "mentor", body_mentor),
                ("model", "model", model),
                ("platform", "platform", platform),
                ("has_document", "has_document", has_document),
                ("memory_tracked", "memory_tracked", memory_tracked),
                ("enable_artifacts", "enable_artifacts", enable_artifacts),
                ("is_shared", "is_shared", is_shared),
                ("is_authenticated", "is_authenticated", is_authenticated),
                ("llm_name", "llm_name", llm_name),
                ("llm_provider", "llm_provider", llm_provider),
                ("metadata", "metadata", metadata),
                ("title", "title", title),
                ("is_conversation", "is_conversation", is_conversation),
                ("message_count_human", "message_count_human", message_count_human),
                ("message_count_ai", "message_count_ai", message_count_ai),
                ("tools", "tools", tools),
            ),
        )
        return await self._client._send(
            _ai_analytics_orgs_users_chat_history_update.OPERATION,
            _ai_analytics_orgs_users_chat_history_update.build_request(
                org=org,
                user_id=user_id,
                id=id,
                end_date=end_date,
                filter_user_id=filter_user_id,
                mentor=mentor,
                sentiment=sentiment,
                start_date=start_date,
                topics=topics,
                body=body,
            ),
            options,
        )


class AsyncAiAnalyticsOrgsUsersChatHistoryResourceWithRawResponse:
    """`AsyncClient.ai_analytics.orgs.users.chat_history`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsOrgsUsersChatHistoryResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.partial_update = async_to_raw_response(resource.partial_update)
        self.update = async_to_raw_response(resource.update)
