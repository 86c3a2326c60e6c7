"""`Client.ai_mentor.orgs.users.resources.web`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_resources_web_create as _ai_mentor_orgs_users_resources_web_create,
)
from .......models.web_resource import WebResource
from .......models.web_resources_query import WebResourcesQuery
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersResourcesWebResource",
    "AiMentorOrgsUsersResourcesWebResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersResourcesWebResource",
    "AsyncAiMentorOrgsUsersResourcesWebResourceWithRawResponse",
]


class AiMentorOrgsUsersResourcesWebResource:
    """`Client.ai_mentor.orgs.users.resources.web`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersResourcesWebResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersResourcesWebResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: WebResourcesQuery,
        **options: Unpack[RequestOptions],
    ) -> list[WebResource]: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        query: str,
        **options: Unpack[RequestOptions],
    ) -> list[WebResource]: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: WebResourcesQuery | Unset = UNSET,
        query: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[WebResource]:
        """Search for web resources based on a query.  Args:     request: The HTTP request
        containing the search query.     org: The organization/tenant identifier.     user_id:
        The ID of the user making the request.  Returns:     Response: A list of web resources
        matching the query.  Raises:     ValidationError: If the search fails or returns no
        results.

        Args:
            org (str, path)
            user_id (str, path)
            body (WebResourcesQuery, request body)
            Or the body's fields as keywords instead of body=: query

        Returns:
            list[WebResource]
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.resources.web.create",
            body,
            WebResourcesQuery,
            ["query"],
            (("query", "query", query),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_resources_web_create.OPERATION,
            _ai_mentor_orgs_users_resources_web_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersResourcesWebResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.resources.web`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersResourcesWebResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersResourcesWebResource:
    """`AsyncClient.ai_mentor.orgs.users.resources.web`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersResourcesWebResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersResourcesWebResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: WebResourcesQuery,
        **options: Unpack[RequestOptions],
    ) -> list[WebResource]: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        query: str,
        **options: Unpack[RequestOptions],
    ) -> list[WebResource]: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: WebResourcesQuery | Unset = UNSET,
        query: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> list[WebResource]:
        """Search for web resources based on a query.  Args:     request: The HTTP request
        containing the search query.     org: The organization/tenant identifier.     user_id:
        The ID of the user making the request.  Returns:     Response: A list of web resources
        matching the query.  Raises:     ValidationError: If the search fails or returns no
        results.

        Args:
            org (str, path)
            user_id (str, path)
            body (WebResourcesQuery, request body)
            Or the body's fields as keywords instead of body=: query

        Returns:
            list[WebResource]
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.resources.web.create",
            body,
            WebResourcesQuery,
            ["query"],
            (("query", "query", query),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_resources_web_create.OPERATION,
            _ai_mentor_orgs_users_resources_web_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersResourcesWebResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.resources.web`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersResourcesWebResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
