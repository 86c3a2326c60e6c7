"""`Client.ai_account.orgs.users.free_trial`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_account import (
    ai_account_orgs_users_free_trial_retrieve as _ai_account_orgs_users_free_trial_retrieve,
)
from ......models.ai_account_orgs_users_free_trial_retrieve_response import (
    AiAccountOrgsUsersFreeTrialRetrieveResponse,
)

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiAccountOrgsUsersFreeTrialResource",
    "AiAccountOrgsUsersFreeTrialResourceWithRawResponse",
    "AsyncAiAccountOrgsUsersFreeTrialResource",
    "AsyncAiAccountOrgsUsersFreeTrialResourceWithRawResponse",
]


class AiAccountOrgsUsersFreeTrialResource:
    """`Client.ai_account.orgs.users.free_trial`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAccountOrgsUsersFreeTrialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAccountOrgsUsersFreeTrialResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> AiAccountOrgsUsersFreeTrialRetrieveResponse:
        """Retrieve the free trial status for an organization.  Args:     request: The HTTP request
        org: Organization key identifier  Returns:     Response: Free trial status (boolean)
        Raises:     NotFound: When organization is not found

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            AiAccountOrgsUsersFreeTrialRetrieveResponse
        """
        return self._client._send(
            _ai_account_orgs_users_free_trial_retrieve.OPERATION,
            _ai_account_orgs_users_free_trial_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AiAccountOrgsUsersFreeTrialResourceWithRawResponse:
    """`Client.ai_account.orgs.users.free_trial`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAccountOrgsUsersFreeTrialResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAccountOrgsUsersFreeTrialResource:
    """`AsyncClient.ai_account.orgs.users.free_trial`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAccountOrgsUsersFreeTrialResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAccountOrgsUsersFreeTrialResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        **options: Unpack[RequestOptions],
    ) -> AiAccountOrgsUsersFreeTrialRetrieveResponse:
        """Retrieve the free trial status for an organization.  Args:     request: The HTTP request
        org: Organization key identifier  Returns:     Response: Free trial status (boolean)
        Raises:     NotFound: When organization is not found

        Args:
            org (str, path)
            user_id (str, path)

        Returns:
            AiAccountOrgsUsersFreeTrialRetrieveResponse
        """
        return await self._client._send(
            _ai_account_orgs_users_free_trial_retrieve.OPERATION,
            _ai_account_orgs_users_free_trial_retrieve.build_request(org=org, user_id=user_id),
            options,
        )


class AsyncAiAccountOrgsUsersFreeTrialResourceWithRawResponse:
    """`AsyncClient.ai_account.orgs.users.free_trial`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAccountOrgsUsersFreeTrialResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
