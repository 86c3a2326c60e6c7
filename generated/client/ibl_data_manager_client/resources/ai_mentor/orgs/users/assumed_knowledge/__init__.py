"""`Client.ai_mentor.orgs.users.assumed_knowledge`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_assumed_knowledge_create as _ai_mentor_orgs_users_assumed_knowledge_create,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_assumed_knowledge_retrieve as _ai_mentor_orgs_users_assumed_knowledge_retrieve,
)
from ......models.assumed_knowledge import AssumedKnowledge
from ......models.assumed_knowledge_level import AssumedKnowledgeLevel
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersAssumedKnowledgeResource",
    "AiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersAssumedKnowledgeResource",
    "AsyncAiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse",
]


class AiMentorOrgsUsersAssumedKnowledgeResource:
    """`Client.ai_mentor.orgs.users.assumed_knowledge`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> AssumedKnowledge:
        """Retrieve assumed knowledge levels.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user to retrieve assumed
        knowledge for.  Returns:     Response: The assumed knowledge levels for different
        categories.  Raises:     NotFound: If no assumed knowledge exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            AssumedKnowledge
        """
        return self._client._send(
            _ai_mentor_orgs_users_assumed_knowledge_retrieve.OPERATION,
            _ai_mentor_orgs_users_assumed_knowledge_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AssumedKnowledge,
        **options: Unpack[RequestOptions],
    ) -> AssumedKnowledge: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        levels: list[AssumedKnowledgeLevel],
        **options: Unpack[RequestOptions],
    ) -> AssumedKnowledge: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AssumedKnowledge | Unset = UNSET,
        levels: list[AssumedKnowledgeLevel] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AssumedKnowledge:
        """Update assumed knowledge levels.  Args:     request: The HTTP request containing the
        updated knowledge levels.     org: The organization/tenant identifier.     user_id: The
        ID of the user to update assumed knowledge for.  Returns:     Response: The updated
        assumed knowledge levels.  Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (AssumedKnowledge, request body)
            Or the body's fields as keywords instead of body=: levels

        Returns:
            AssumedKnowledge
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.assumed_knowledge.create",
            body,
            AssumedKnowledge,
            ["levels"],
            (("levels", "levels", levels),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_assumed_knowledge_create.OPERATION,
            _ai_mentor_orgs_users_assumed_knowledge_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.assumed_knowledge`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersAssumedKnowledgeResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersAssumedKnowledgeResource:
    """`AsyncClient.ai_mentor.orgs.users.assumed_knowledge`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> AssumedKnowledge:
        """Retrieve assumed knowledge levels.  Args:     request: The HTTP request.     org: The
        organization/tenant identifier.     user_id: The ID of the user to retrieve assumed
        knowledge for.  Returns:     Response: The assumed knowledge levels for different
        categories.  Raises:     NotFound: If no assumed knowledge exists for the user.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            AssumedKnowledge
        """
        return await self._client._send(
            _ai_mentor_orgs_users_assumed_knowledge_retrieve.OPERATION,
            _ai_mentor_orgs_users_assumed_knowledge_retrieve.build_request(
                org=org, user_id=user_id
            ),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AssumedKnowledge,
        **options: Unpack[RequestOptions],
    ) -> AssumedKnowledge: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        levels: list[AssumedKnowledgeLevel],
        **options: Unpack[RequestOptions],
    ) -> AssumedKnowledge: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: AssumedKnowledge | Unset = UNSET,
        levels: list[AssumedKnowledgeLevel] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AssumedKnowledge:
        """Update assumed knowledge levels.  Args:     request: The HTTP request containing the
        updated knowledge levels.     org: The organization/tenant identifier.     user_id: The
        ID of the user to update assumed knowledge for.  Returns:     Response: The updated
        assumed knowledge levels.  Raises:     BadRequest: If the provided data is invalid.

        Args:
            org (str, path)
            user_id (str, path)
            body (AssumedKnowledge, request body)
            Or the body's fields as keywords instead of body=: levels

        Returns:
            AssumedKnowledge
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.assumed_knowledge.create",
            body,
            AssumedKnowledge,
            ["levels"],
            (("levels", "levels", levels),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_assumed_knowledge_create.OPERATION,
            _ai_mentor_orgs_users_assumed_knowledge_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersAssumedKnowledgeResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.assumed_knowledge`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersAssumedKnowledgeResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
