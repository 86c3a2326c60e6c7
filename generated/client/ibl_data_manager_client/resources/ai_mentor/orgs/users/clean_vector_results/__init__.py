"""`Client.ai_mentor.orgs.users.clean_vector_results`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_clean_vector_results_create as _ai_mentor_orgs_users_clean_vector_results_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_clean_vector_results_list as _ai_mentor_orgs_users_clean_vector_results_list,
)
from ......models.vector_result import VectorResult

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersCleanVectorResultsResource",
    "AiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersCleanVectorResultsResource",
    "AsyncAiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse",
]


class AiMentorOrgsUsersCleanVectorResultsResource:
    """`Client.ai_mentor.orgs.users.clean_vector_results`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[VectorResult]:
        """Retrieve and clean up vector results from a specific session.  This endpoint retrieves
        the documents last used by the mentor to answer the most recent query from the user in
        the specified session, and cleans them to remove any inappropriate content.  Args:
        request: The HTTP request.     org: The organization/tenant identifier.     user_id: The
        ID of the user making the request.     session_id: The ID of the session to retrieve
        vector results from.  Returns:     Response: The cleaned vector results.  Raises:
        BadRequest: If the API key for the cleaning provider is not found.     NotFound: If no
        vector results are found for the session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)

        Returns:
            list[VectorResult]
        """
        return self._client._send(
            _ai_mentor_orgs_users_clean_vector_results_list.OPERATION,
            _ai_mentor_orgs_users_clean_vector_results_list.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )

    def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        body: list[VectorResult],
        **options: Unpack[RequestOptions],
    ) -> list[VectorResult]:
        """Clean up provided vector results.  This endpoint allows users to submit specific vector
        results for cleaning, which is useful when there are particular documents that need to
        be processed.  Args:     request: The HTTP request containing the vector results to
        clean.     org: The organization/tenant identifier.     user_id: The ID of the user
        making the request.  Returns:     Response: The cleaned vector results.  Raises:
        BadRequest: If the API key for the cleaning provider is not found or the provided data
        is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)
            body (list[VectorResult], request body)

        Returns:
            list[VectorResult]
        """
        return self._client._send(
            _ai_mentor_orgs_users_clean_vector_results_create.OPERATION,
            _ai_mentor_orgs_users_clean_vector_results_create.build_request(
                org=org, user_id=user_id, session_id=session_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.clean_vector_results`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersCleanVectorResultsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersCleanVectorResultsResource:
    """`AsyncClient.ai_mentor.orgs.users.clean_vector_results`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[VectorResult]:
        """Retrieve and clean up vector results from a specific session.  This endpoint retrieves
        the documents last used by the mentor to answer the most recent query from the user in
        the specified session, and cleans them to remove any inappropriate content.  Args:
        request: The HTTP request.     org: The organization/tenant identifier.     user_id: The
        ID of the user making the request.     session_id: The ID of the session to retrieve
        vector results from.  Returns:     Response: The cleaned vector results.  Raises:
        BadRequest: If the API key for the cleaning provider is not found.     NotFound: If no
        vector results are found for the session.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)

        Returns:
            list[VectorResult]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_clean_vector_results_list.OPERATION,
            _ai_mentor_orgs_users_clean_vector_results_list.build_request(
                org=org, user_id=user_id, session_id=session_id
            ),
            options,
        )

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        session_id: str,
        body: list[VectorResult],
        **options: Unpack[RequestOptions],
    ) -> list[VectorResult]:
        """Clean up provided vector results.  This endpoint allows users to submit specific vector
        results for cleaning, which is useful when there are particular documents that need to
        be processed.  Args:     request: The HTTP request containing the vector results to
        clean.     org: The organization/tenant identifier.     user_id: The ID of the user
        making the request.  Returns:     Response: The cleaned vector results.  Raises:
        BadRequest: If the API key for the cleaning provider is not found or the provided data
        is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            session_id (str, path)
            body (list[VectorResult], request body)

        Returns:
            list[VectorResult]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_clean_vector_results_create.OPERATION,
            _ai_mentor_orgs_users_clean_vector_results_create.build_request(
                org=org, user_id=user_id, session_id=session_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersCleanVectorResultsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.clean_vector_results`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersCleanVectorResultsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
