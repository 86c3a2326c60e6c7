"""`Client.ai_mentor.orgs.users.sessions`: 4 operations and 8 sub-resources."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack
from uuid import UUID

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_create as _ai_mentor_orgs_users_sessions_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_destroy as _ai_mentor_orgs_users_sessions_destroy,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_retrieve as _ai_mentor_orgs_users_sessions_retrieve,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_sessions_update as _ai_mentor_orgs_users_sessions_update,
)
from ......models.ai_mentor_orgs_users_sessions_destroy_response_204 import (
    AiMentorOrgsUsersSessionsDestroyResponse204,
)
from ......models.chat_session_request import ChatSessionRequest
from ......models.chat_session_response import ChatSessionResponse
from ......models.message_view import MessageView
from ......models.message_view_request import MessageViewRequest
from ......models.message_view_updat_response import MessageViewUpdatResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .browser_screenshot import (
        AiMentorOrgsUsersSessionsBrowserScreenshotResource,
        AiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResource,
        AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse,
    )
    from .download_session import (
        AiMentorOrgsUsersSessionsDownloadSessionResource,
        AiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsDownloadSessionResource,
        AsyncAiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse,
    )
    from .memories import (
        AiMentorOrgsUsersSessionsMemoriesResource,
        AiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsMemoriesResource,
        AsyncAiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse,
    )
    from .memory import (
        AiMentorOrgsUsersSessionsMemoryResource,
        AiMentorOrgsUsersSessionsMemoryResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsMemoryResource,
        AsyncAiMentorOrgsUsersSessionsMemoryResourceWithRawResponse,
    )
    from .shared import (
        AiMentorOrgsUsersSessionsSharedResource,
        AiMentorOrgsUsersSessionsSharedResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsSharedResource,
        AsyncAiMentorOrgsUsersSessionsSharedResourceWithRawResponse,
    )
    from .shell_logs import (
        AiMentorOrgsUsersSessionsShellLogsResource,
        AiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsShellLogsResource,
        AsyncAiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse,
    )
    from .suggestion import (
        AiMentorOrgsUsersSessionsSuggestionResource,
        AiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsSuggestionResource,
        AsyncAiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse,
    )
    from .tasks import (
        AiMentorOrgsUsersSessionsTasksResource,
        AiMentorOrgsUsersSessionsTasksResourceWithRawResponse,
        AsyncAiMentorOrgsUsersSessionsTasksResource,
        AsyncAiMentorOrgsUsersSessionsTasksResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersSessionsResource",
    "AiMentorOrgsUsersSessionsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersSessionsResource",
    "AsyncAiMentorOrgsUsersSessionsResourceWithRawResponse",
]


class AiMentorOrgsUsersSessionsResource:
    """`Client.ai_mentor.orgs.users.sessions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersSessionsResourceWithRawResponse(self)

    @cached_property
    def browser_screenshot(self) -> AiMentorOrgsUsersSessionsBrowserScreenshotResource:
        from .browser_screenshot import AiMentorOrgsUsersSessionsBrowserScreenshotResource

        return AiMentorOrgsUsersSessionsBrowserScreenshotResource(self._client)

    @cached_property
    def download_session(self) -> AiMentorOrgsUsersSessionsDownloadSessionResource:
        from .download_session import AiMentorOrgsUsersSessionsDownloadSessionResource

        return AiMentorOrgsUsersSessionsDownloadSessionResource(self._client)

    @cached_property
    def memories(self) -> AiMentorOrgsUsersSessionsMemoriesResource:
        from .memories import AiMentorOrgsUsersSessionsMemoriesResource

        return AiMentorOrgsUsersSessionsMemoriesResource(self._client)

    @cached_property
    def memory(self) -> AiMentorOrgsUsersSessionsMemoryResource:
        from .memory import AiMentorOrgsUsersSessionsMemoryResource

        return AiMentorOrgsUsersSessionsMemoryResource(self._client)

    @cached_property
    def shared(self) -> AiMentorOrgsUsersSessionsSharedResource:
        from .shared import AiMentorOrgsUsersSessionsSharedResource

        return AiMentorOrgsUsersSessionsSharedResource(self._client)

    @cached_property
    def shell_logs(self) -> AiMentorOrgsUsersSessionsShellLogsResource:
        from .shell_logs import AiMentorOrgsUsersSessionsShellLogsResource

        return AiMentorOrgsUsersSessionsShellLogsResource(self._client)

    @cached_property
    def suggestion(self) -> AiMentorOrgsUsersSessionsSuggestionResource:
        from .suggestion import AiMentorOrgsUsersSessionsSuggestionResource

        return AiMentorOrgsUsersSessionsSuggestionResource(self._client)

    @cached_property
    def tasks(self) -> AiMentorOrgsUsersSessionsTasksResource:
        from .tasks import AiMentorOrgsUsersSessionsTasksResource

        return AiMentorOrgsUsersSessionsTasksResource(self._client)

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ChatSessionRequest,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionResponse:
        """Retrieve or create a chat session with a mentor.  Passing `null` as `tools` results in
        using all tools assigned to the mentor. To specify that no tools be used, pass an empty
        list.  Args:     request: HTTP request containing mentor details.     org: Organization
        key identifier.     user_id (optional): Username for authentication (if required by the
        mentor).  Returns:     Response: JSON object containing the session ID.  Raises:
        Http404: If the mentor is not found.     ValidationError: If the username is invalid.
        ValidationError: If one or more tool slugs are invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (ChatSessionRequest, request body)

        Returns:
            ChatSessionResponse
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_create.OPERATION,
            _ai_mentor_orgs_users_sessions_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> AiMentorOrgsUsersSessionsDestroyResponse204:
        """Deletes all messages in a chat session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            AiMentorOrgsUsersSessionsDestroyResponse204
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_destroy.OPERATION,
            _ai_mentor_orgs_users_sessions_destroy.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> MessageView:
        """Retrieve Chat Messages

        Fetches chat messages for a specific session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            MessageView
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> Iterator[Any]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_sessions_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            _ai_mentor_orgs_users_sessions_retrieve.PAGE,
            options,
        )

    def update(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        body: MessageViewRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageViewUpdatResponse:
        """Update the title of a chat session and its tools

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            body (MessageViewRequest | Unset, request body)

        Returns:
            MessageViewUpdatResponse
        """
        return self._client._send(
            _ai_mentor_orgs_users_sessions_update.OPERATION,
            _ai_mentor_orgs_users_sessions_update.build_request(
                org=org, user_id=user_id, session_id=session_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersSessionsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersSessionsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)

    @cached_property
    def browser_screenshot(
        self,
    ) -> AiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse:
        from .browser_screenshot import (
            AiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse,
        )

        return AiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse(
            self._resource.browser_screenshot
        )

    @cached_property
    def download_session(self) -> AiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse:
        from .download_session import (
            AiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse,
        )

        return AiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse(
            self._resource.download_session
        )

    @cached_property
    def memories(self) -> AiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse:
        from .memories import AiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse

        return AiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse(self._resource.memories)

    @cached_property
    def memory(self) -> AiMentorOrgsUsersSessionsMemoryResourceWithRawResponse:
        from .memory import AiMentorOrgsUsersSessionsMemoryResourceWithRawResponse

        return AiMentorOrgsUsersSessionsMemoryResourceWithRawResponse(self._resource.memory)

    @cached_property
    def shared(self) -> AiMentorOrgsUsersSessionsSharedResourceWithRawResponse:
        from .shared import AiMentorOrgsUsersSessionsSharedResourceWithRawResponse

        return AiMentorOrgsUsersSessionsSharedResourceWithRawResponse(self._resource.shared)

    @cached_property
    def shell_logs(self) -> AiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse:
        from .shell_logs import AiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse

        return AiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse(self._resource.shell_logs)

    @cached_property
    def suggestion(self) -> AiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse:
        from .suggestion import AiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse

        return AiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse(self._resource.suggestion)

    @cached_property
    def tasks(self) -> AiMentorOrgsUsersSessionsTasksResourceWithRawResponse:
        from .tasks import AiMentorOrgsUsersSessionsTasksResourceWithRawResponse

        return AiMentorOrgsUsersSessionsTasksResourceWithRawResponse(self._resource.tasks)


class AsyncAiMentorOrgsUsersSessionsResource:
    """`AsyncClient.ai_mentor.orgs.users.sessions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersSessionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersSessionsResourceWithRawResponse(self)

    @cached_property
    def browser_screenshot(self) -> AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResource:
        from .browser_screenshot import AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResource

        return AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResource(self._client)

    @cached_property
    def download_session(self) -> AsyncAiMentorOrgsUsersSessionsDownloadSessionResource:
        from .download_session import AsyncAiMentorOrgsUsersSessionsDownloadSessionResource

        return AsyncAiMentorOrgsUsersSessionsDownloadSessionResource(self._client)

    @cached_property
    def memories(self) -> AsyncAiMentorOrgsUsersSessionsMemoriesResource:
        from .memories import AsyncAiMentorOrgsUsersSessionsMemoriesResource

        return AsyncAiMentorOrgsUsersSessionsMemoriesResource(self._client)

    @cached_property
    def memory(self) -> AsyncAiMentorOrgsUsersSessionsMemoryResource:
        from .memory import AsyncAiMentorOrgsUsersSessionsMemoryResource

        return AsyncAiMentorOrgsUsersSessionsMemoryResource(self._client)

    @cached_property
    def shared(self) -> AsyncAiMentorOrgsUsersSessionsSharedResource:
        from .shared import AsyncAiMentorOrgsUsersSessionsSharedResource

        return AsyncAiMentorOrgsUsersSessionsSharedResource(self._client)

    @cached_property
    def shell_logs(self) -> AsyncAiMentorOrgsUsersSessionsShellLogsResource:
        from .shell_logs import AsyncAiMentorOrgsUsersSessionsShellLogsResource

        return AsyncAiMentorOrgsUsersSessionsShellLogsResource(self._client)

    @cached_property
    def suggestion(self) -> AsyncAiMentorOrgsUsersSessionsSuggestionResource:
        from .suggestion import AsyncAiMentorOrgsUsersSessionsSuggestionResource

        return AsyncAiMentorOrgsUsersSessionsSuggestionResource(self._client)

    @cached_property
    def tasks(self) -> AsyncAiMentorOrgsUsersSessionsTasksResource:
        from .tasks import AsyncAiMentorOrgsUsersSessionsTasksResource

        return AsyncAiMentorOrgsUsersSessionsTasksResource(self._client)

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: ChatSessionRequest,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionResponse:
        """Retrieve or create a chat session with a mentor.  Passing `null` as `tools` results in
        using all tools assigned to the mentor. To specify that no tools be used, pass an empty
        list.  Args:     request: HTTP request containing mentor details.     org: Organization
        key identifier.     user_id (optional): Username for authentication (if required by the
        mentor).  Returns:     Response: JSON object containing the session ID.  Raises:
        Http404: If the mentor is not found.     ValidationError: If the username is invalid.
        ValidationError: If one or more tool slugs are invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (ChatSessionRequest, request body)

        Returns:
            ChatSessionResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_create.OPERATION,
            _ai_mentor_orgs_users_sessions_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> AiMentorOrgsUsersSessionsDestroyResponse204:
        """Deletes all messages in a chat session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            AiMentorOrgsUsersSessionsDestroyResponse204
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_destroy.OPERATION,
            _ai_mentor_orgs_users_sessions_destroy.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> MessageView:
        """Retrieve Chat Messages

        Fetches chat messages for a specific session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)

        Returns:
            MessageView
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )

    def iter_retrieve(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[Any]:
        """Every item of every page of `retrieve`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_sessions_retrieve.OPERATION,
            _ai_mentor_orgs_users_sessions_retrieve.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            _ai_mentor_orgs_users_sessions_retrieve.PAGE,
            options,
        )

    async def update(
        self,
        *,
        org: str,
        user_id: str,
        session_id: UUID,
        body: MessageViewRequest | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageViewUpdatResponse:
        """Update the title of a chat session and its tools

        Args:
            org (str, path)
            user_id (str, path)
            session_id (UUID, path)
            body (MessageViewRequest | Unset, request body)

        Returns:
            MessageViewUpdatResponse
        """
        return await self._client._send(
            _ai_mentor_orgs_users_sessions_update.OPERATION,
            _ai_mentor_orgs_users_sessions_update.build_request(
                org=org, user_id=user_id, session_id=session_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersSessionsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.sessions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersSessionsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)

    @cached_property
    def browser_screenshot(
        self,
    ) -> AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse:
        from .browser_screenshot import (
            AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersSessionsBrowserScreenshotResourceWithRawResponse(
            self._resource.browser_screenshot
        )

    @cached_property
    def download_session(
        self,
    ) -> AsyncAiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse:
        from .download_session import (
            AsyncAiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse,
        )

        return AsyncAiMentorOrgsUsersSessionsDownloadSessionResourceWithRawResponse(
            self._resource.download_session
        )

    @cached_property
    def memories(self) -> AsyncAiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse:
        from .memories import AsyncAiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionsMemoriesResourceWithRawResponse(
            self._resource.memories
        )

    @cached_property
    def memory(self) -> AsyncAiMentorOrgsUsersSessionsMemoryResourceWithRawResponse:
        from .memory import AsyncAiMentorOrgsUsersSessionsMemoryResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionsMemoryResourceWithRawResponse(self._resource.memory)

    @cached_property
    def shared(self) -> AsyncAiMentorOrgsUsersSessionsSharedResourceWithRawResponse:
        from .shared import AsyncAiMentorOrgsUsersSessionsSharedResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionsSharedResourceWithRawResponse(self._resource.shared)

    @cached_property
    def shell_logs(self) -> AsyncAiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse:
        from .shell_logs import AsyncAiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionsShellLogsResourceWithRawResponse(
            self._resource.shell_logs
        )

    @cached_property
    def suggestion(self) -> AsyncAiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse:
        from .suggestion import AsyncAiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionsSuggestionResourceWithRawResponse(
            self._resource.suggestion
        )

    @cached_property
    def tasks(self) -> AsyncAiMentorOrgsUsersSessionsTasksResourceWithRawResponse:
        from .tasks import AsyncAiMentorOrgsUsersSessionsTasksResourceWithRawResponse

        return AsyncAiMentorOrgsUsersSessionsTasksResourceWithRawResponse(self._resource.tasks)
