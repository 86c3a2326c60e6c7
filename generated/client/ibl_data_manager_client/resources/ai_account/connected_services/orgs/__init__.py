"""`Client.ai_account.connected_services.orgs`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .users import (
        AiAccountConnectedServicesOrgsUsersResource,
        AiAccountConnectedServicesOrgsUsersResourceWithRawResponse,
        AsyncAiAccountConnectedServicesOrgsUsersResource,
        AsyncAiAccountConnectedServicesOrgsUsersResourceWithRawResponse,
    )

__all__ = [
    "AiAccountConnectedServicesOrgsResource",
    "AiAccountConnectedServicesOrgsResourceWithRawResponse",
    "AsyncAiAccountConnectedServicesOrgsResource",
    "AsyncAiAccountConnectedServicesOrgsResourceWithRawResponse",
]


class AiAccountConnectedServicesOrgsResource:
    """`Client.ai_account.connected_services.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountConnectedServicesOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountConnectedServicesOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AiAccountConnectedServicesOrgsUsersResource:
        from .users import AiAccountConnectedServicesOrgsUsersResource

        return AiAccountConnectedServicesOrgsUsersResource(self._client)


class AiAccountConnectedServicesOrgsResourceWithRawResponse:
    """`Client.ai_account.connected_services.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountConnectedServicesOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AiAccountConnectedServicesOrgsUsersResourceWithRawResponse:
        from .users import AiAccountConnectedServicesOrgsUsersResourceWithRawResponse

        return AiAccountConnectedServicesOrgsUsersResourceWithRawResponse(self._resource.users)


class AsyncAiAccountConnectedServicesOrgsResource:
    """`AsyncClient.ai_account.connected_services.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountConnectedServicesOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountConnectedServicesOrgsResourceWithRawResponse(self)

    @cached_property
    def users(self) -> AsyncAiAccountConnectedServicesOrgsUsersResource:
        from .users import AsyncAiAccountConnectedServicesOrgsUsersResource

        return AsyncAiAccountConnectedServicesOrgsUsersResource(self._client)


class AsyncAiAccountConnectedServicesOrgsResourceWithRawResponse:
    """`AsyncClient.ai_account.connected_services.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountConnectedServicesOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def users(self) -> AsyncAiAccountConnectedServicesOrgsUsersResourceWithRawResponse:
        from .users import AsyncAiAccountConnectedServicesOrgsUsersResourceWithRawResponse

        return AsyncAiAccountConnectedServicesOrgsUsersResourceWithRawResponse(self._resource.users)
