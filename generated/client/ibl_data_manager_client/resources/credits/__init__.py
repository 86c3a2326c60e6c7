"""`Client.credits`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .sample_action import (
        AsyncCreditsSampleActionResource,
        AsyncCreditsSampleActionResourceWithRawResponse,
        CreditsSampleActionResource,
        CreditsSampleActionResourceWithRawResponse,
    )

__all__ = [
    "CreditsResource",
    "CreditsResourceWithRawResponse",
    "AsyncCreditsResource",
    "AsyncCreditsResourceWithRawResponse",
]


class CreditsResource:
    """`Client.credits`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CreditsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CreditsResourceWithRawResponse(self)

    @cached_property
    def sample_action(self) -> CreditsSampleActionResource:
        from .sample_action import CreditsSampleActionResource

        return CreditsSampleActionResource(self._client)


class CreditsResourceWithRawResponse:
    """`Client.credits`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CreditsResource) -> None:
        self._resource = resource

    @cached_property
    def sample_action(self) -> CreditsSampleActionResourceWithRawResponse:
        from .sample_action import CreditsSampleActionResourceWithRawResponse

        return CreditsSampleActionResourceWithRawResponse(self._resource.sample_action)


class AsyncCreditsResource:
    """`AsyncClient.credits`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCreditsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCreditsResourceWithRawResponse(self)

    @cached_property
    def sample_action(self) -> AsyncCreditsSampleActionResource:
        from .sample_action import AsyncCreditsSampleActionResource

        return AsyncCreditsSampleActionResource(self._client)


class AsyncCreditsResourceWithRawResponse:
    """`AsyncClient.credits`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCreditsResource) -> None:
        self._resource = resource

    @cached_property
    def sample_action(self) -> AsyncCreditsSampleActionResourceWithRawResponse:
        from .sample_action import AsyncCreditsSampleActionResourceWithRawResponse

        return AsyncCreditsSampleActionResourceWithRawResponse(self._resource.sample_action)
