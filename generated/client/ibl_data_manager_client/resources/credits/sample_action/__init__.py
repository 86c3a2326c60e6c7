"""`Client.credits.sample_action`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.credits_ import credits_sample_action_create as _credits_sample_action_create

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CreditsSampleActionResource",
    "CreditsSampleActionResourceWithRawResponse",
    "AsyncCreditsSampleActionResource",
    "AsyncCreditsSampleActionResourceWithRawResponse",
]


class CreditsSampleActionResource:
    """`Client.credits.sample_action`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CreditsSampleActionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CreditsSampleActionResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Sample endpoint protected by @consume_credits (opt-in).  Balance is checked before the
        view runs. If insufficient, 402 with pricing_table is returned; otherwise the view runs
        and 1 credit is consumed.

        Returns:
            None
        """
        return self._client._send(
            _credits_sample_action_create.OPERATION,
            _credits_sample_action_create.build_request(),
            options,
        )


class CreditsSampleActionResourceWithRawResponse:
    """`Client.credits.sample_action`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CreditsSampleActionResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCreditsSampleActionResource:
    """`AsyncClient.credits.sample_action`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCreditsSampleActionResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCreditsSampleActionResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Sample endpoint protected by @consume_credits (opt-in).  Balance is checked before the
        view runs. If insufficient, 402 with pricing_table is returned; otherwise the view runs
        and 1 credit is consumed.

        Returns:
            None
        """
        return await self._client._send(
            _credits_sample_action_create.OPERATION,
            _credits_sample_action_create.build_request(),
            options,
        )


class AsyncCreditsSampleActionResourceWithRawResponse:
    """`AsyncClient.credits.sample_action`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCreditsSampleActionResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
