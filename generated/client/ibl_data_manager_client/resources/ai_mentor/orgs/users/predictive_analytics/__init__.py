"""`Client.ai_mentor.orgs.users.predictive_analytics`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_predictive_analytics_create as _ai_mentor_orgs_users_predictive_analytics_create,
)
from ......models.predictive_analytics_request import PredictiveAnalyticsRequest
from ......models.predictive_analytics_response import PredictiveAnalyticsResponse
from ......models.reuest_data_variable_list import ReuestDataVariableList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersPredictiveAnalyticsResource",
    "AiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersPredictiveAnalyticsResource",
    "AsyncAiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse",
]


class AiMentorOrgsUsersPredictiveAnalyticsResource:
    """`Client.ai_mentor.orgs.users.predictive_analytics`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PredictiveAnalyticsRequest,
        **options: Unpack[RequestOptions],
    ) -> PredictiveAnalyticsResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        user_id: str,
        prompt: ReuestDataVariableList,
        **options: Unpack[RequestOptions],
    ) -> PredictiveAnalyticsResponse: ...

    def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PredictiveAnalyticsRequest | Unset = UNSET,
        prompt: ReuestDataVariableList | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PredictiveAnalyticsResponse:
        """Retrieve predictive analytics based on historical data variables.  Args:     request:
        HTTP request containing predictive analytics input.     org: Organization key
        identifier.  Returns:     - 200: Object containing predicted data.     - 400: When AI
        response cannot be loaded into JSON.     - 404: When OpenAI key for the tenant is not
        set.     - 429: When OpenAI request exceeds the rate limit.  Example:     **POST**
        `/api/ai-prompt/orgs/main/users/johndoe/predictive-analytics/`

        Args:
            org (str, path)
            user_id (str, path)
            body (PredictiveAnalyticsRequest, request body)
            Or the body's fields as keywords instead of body=: prompt

        Returns:
            PredictiveAnalyticsResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.predictive_analytics.create",
            body,
            PredictiveAnalyticsRequest,
            ["prompt"],
            (("prompt", "prompt", prompt),),
        )
        return self._client._send(
            _ai_mentor_orgs_users_predictive_analytics_create.OPERATION,
            _ai_mentor_orgs_users_predictive_analytics_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.predictive_analytics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersPredictiveAnalyticsResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAiMentorOrgsUsersPredictiveAnalyticsResource:
    """`AsyncClient.ai_mentor.orgs.users.predictive_analytics`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PredictiveAnalyticsRequest,
        **options: Unpack[RequestOptions],
    ) -> PredictiveAnalyticsResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        user_id: str,
        prompt: ReuestDataVariableList,
        **options: Unpack[RequestOptions],
    ) -> PredictiveAnalyticsResponse: ...

    async def create(
        self,
        *,
        org: str,
        user_id: str,
        body: PredictiveAnalyticsRequest | Unset = UNSET,
        prompt: ReuestDataVariableList | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PredictiveAnalyticsResponse:
        """Retrieve predictive analytics based on historical data variables.  Args:     request:
        HTTP request containing predictive analytics input.     org: Organization key
        identifier.  Returns:     - 200: Object containing predicted data.     - 400: When AI
        response cannot be loaded into JSON.     - 404: When OpenAI key for the tenant is not
        set.     - 429: When OpenAI request exceeds the rate limit.  Example:     **POST**
        `/api/ai-prompt/orgs/main/users/johndoe/predictive-analytics/`

        Args:
            org (str, path)
            user_id (str, path)
            body (PredictiveAnalyticsRequest, request body)
            Or the body's fields as keywords instead of body=: prompt

        Returns:
            PredictiveAnalyticsResponse
        """
        body = body_from_fields(
            "ai_mentor.orgs.users.predictive_analytics.create",
            body,
            PredictiveAnalyticsRequest,
            ["prompt"],
            (("prompt", "prompt", prompt),),
        )
        return await self._client._send(
            _ai_mentor_orgs_users_predictive_analytics_create.OPERATION,
            _ai_mentor_orgs_users_predictive_analytics_create.build_request(
                org=org, user_id=user_id, body=body
            ),
            options,
        )


class AsyncAiMentorOrgsUsersPredictiveAnalyticsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.predictive_analytics`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersPredictiveAnalyticsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
