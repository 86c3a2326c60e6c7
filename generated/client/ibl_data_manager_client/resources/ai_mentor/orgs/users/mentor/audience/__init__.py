"""`Client.ai_mentor.orgs.users.mentor.audience`: 3 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_audience_create as _ai_mentor_orgs_users_mentor_audience_create,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_audience_destroy as _ai_mentor_orgs_users_mentor_audience_destroy,
)
from .......api.ai_mentor import (
    ai_mentor_orgs_users_mentor_audience_list as _ai_mentor_orgs_users_mentor_audience_list,
)
from .......models.mentor_audience import MentorAudience
from .......models.mentor_audience_request import MentorAudienceRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersMentorAudienceResource",
    "AiMentorOrgsUsersMentorAudienceResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorAudienceResource",
    "AsyncAiMentorOrgsUsersMentorAudienceResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorAudienceResource:
    """`Client.ai_mentor.orgs.users.mentor.audience`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorAudienceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorAudienceResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a mentor audience.  Accessible to tenant admins only.  Returns:     - 204: No
        content.     - 400: Bad request if audience name is missing.     - 404: Not found if
        audience does not exist.     - 401: Unauthorized.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_audience_destroy.OPERATION,
            _ai_mentor_orgs_users_mentor_audience_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[MentorAudience]:
        """Retrieve the list of mentor audiences.  Returns:     - 200: List of mentor audiences.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[MentorAudience]
        """
        return self._client._send(
            _ai_mentor_orgs_users_mentor_audience_list.OPERATION,
            _ai_mentor_orgs_users_mentor_audience_list.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorAudienceRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorAudience: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorAudience: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorAudienceRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorAudience:
        """Create a new mentor audience.  Accessible to tenant admins only.  Returns:     - 201:
        Created mentor audience.     - 401: Unauthorized.

        Args:
            org (str, path)
            user_id (str, path)
            body (MentorAudienceRequest, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            MentorAudience
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor.audience.create",
            body,
            MentorAudienceRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return self._client._send(
            _ai_mentor_orgs_users_mentor_audience_create.OPERATION,
            _ai_mentor_orgs_users_mentor_audience_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersMentorAudienceResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor.audience`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorAudienceResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersMentorAudienceResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor.audience`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorAudienceResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorAudienceResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a mentor audience.  Accessible to tenant admins only.  Returns:     - 204: No
        content.     - 400: Bad request if audience name is missing.     - 404: Not found if
        audience does not exist.     - 401: Unauthorized.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_audience_destroy.OPERATION,
            _ai_mentor_orgs_users_mentor_audience_destroy.build_request(org=org, user_id=user_id),
            options,
        )

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> list[MentorAudience]:
        """Retrieve the list of mentor audiences.  Returns:     - 200: List of mentor audiences.

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            list[MentorAudience]
        """
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_audience_list.OPERATION,
            _ai_mentor_orgs_users_mentor_audience_list.build_request(org=org, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorAudienceRequest,
        **options: Unpack[RequestOptions],
    ) -> MentorAudience: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorAudience: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: MentorAudienceRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MentorAudience:
        """Create a new mentor audience.  Accessible to tenant admins only.  Returns:     - 201:
        Created mentor audience.     - 401: Unauthorized.

        Args:
            org (str, path)
            user_id (str, path)
            body (MentorAudienceRequest, request body)
            Or the body's fields as keywords instead of body=: name, description

        Returns:
            MentorAudience
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.mentor.audience.create",
            body,
            MentorAudienceRequest,
            ["name"],
            (
                ("name", "name", name),
                ("description", "description", description),
            ),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_mentor_audience_create.OPERATION,
            _ai_mentor_orgs_users_mentor_audience_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersMentorAudienceResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor.audience`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorAudienceResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
