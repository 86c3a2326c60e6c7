"""`Client.ai_account.orgs.use_free_trial`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_account import (
    ai_account_orgs_use_free_trial_create as _ai_account_orgs_use_free_trial_create,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsUseFreeTrialResource",
    "AiAccountOrgsUseFreeTrialResourceWithRawResponse",
    "AsyncAiAccountOrgsUseFreeTrialResource",
    "AsyncAiAccountOrgsUseFreeTrialResourceWithRawResponse",
]


class AiAccountOrgsUseFreeTrialResource:
    """`Client.ai_account.orgs.use_free_trial`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsUseFreeTrialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsUseFreeTrialResourceWithRawResponse(self)

    def create(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Enable, disable, or update free trial settings for an organization.  Request Body:
        enable (boolean): Set to true to enable free trial     disable (boolean): Set to true to
        disable free trial     metadata (object, optional): Additional metadata for the free
        trial  Args:     request: The HTTP request     org: Organization key identifier
        Returns:     Response: Confirmation message

        Args:
            org (str, path)

        Returns:
            None
        """
        return self._client._send(
            _ai_account_orgs_use_free_trial_create.OPERATION,
            _ai_account_orgs_use_free_trial_create.build_request(org=org),
            options,
        )


class AiAccountOrgsUseFreeTrialResourceWithRawResponse:
    """`Client.ai_account.orgs.use_free_trial`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsUseFreeTrialResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiAccountOrgsUseFreeTrialResource:
    """`AsyncClient.ai_account.orgs.use_free_trial`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsUseFreeTrialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsUseFreeTrialResourceWithRawResponse(self)

    async def create(
        self,
        *,
        org: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Enable, disable, or update free trial settings for an organization.  Request Body:
        enable (boolean): Set to true to enable free trial     disable (boolean): Set to true to
        disable free trial     metadata (object, optional): Additional metadata for the free
        trial  Args:     request: The HTTP request     org: Organization key identifier
        Returns:     Response: Confirmation message

        Args:
            org (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _ai_account_orgs_use_free_trial_create.OPERATION,
            _ai_account_orgs_use_free_trial_create.build_request(org=org),
            options,
        )


class AsyncAiAccountOrgsUseFreeTrialResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.use_free_trial`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsUseFreeTrialResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
