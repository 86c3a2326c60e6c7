"""`Client.ai_search.prompts`: 4 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ...._operation import RequestOptions, optional_body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.ai_search import create_platform_prompt as _create_platform_prompt
from ....api.ai_search import delete_platform_prompt as _delete_platform_prompt
from ....api.ai_search import list_platform_prompts as _list_platform_prompts
from ....api.ai_search import update_platform_prompt as _update_platform_prompt
from ....models.platform_prompt import PlatformPrompt
from ....models.platform_prompt_recommendation_type import PlatformPromptRecommendationType
from ....models.platform_prompt_response import PlatformPromptResponse
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "AiSearchPromptsResource",
    "AiSearchPromptsResourceWithRawResponse",
    "AsyncAiSearchPromptsResource",
    "AsyncAiSearchPromptsResourceWithRawResponse",
]


class AiSearchPromptsResource:
    """`Client.ai_search.prompts`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiSearchPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiSearchPromptsResourceWithRawResponse(self)

    def delete_platform_prompt(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a recommendation prompt

        Delete a recommendation prompt by ID. Must provide platform_key to verify ownership.
        This permanently removes the prompt.

        Returns:
            None
        """
        return self._client._send(
            _delete_platform_prompt.OPERATION, _delete_platform_prompt.build_request(), options
        )

    def list_platform_prompts(
        self,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformPromptResponse]:
        """List recommendation prompts for a platform

        Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or
        recommendation type.

        Returns:
            list[PlatformPromptResponse]
        """
        return self._client._send(
            _list_platform_prompts.OPERATION, _list_platform_prompts.build_request(), options
        )

    @overload
    def create_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse: ...

    @overload
    def create_platform_prompt(
        self,
        *,
        platform_key: str | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        recommendation_type: PlatformPromptRecommendationType | Unset = UNSET,
        spa_url: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse: ...

    def create_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        recommendation_type: PlatformPromptRecommendationType | Unset = UNSET,
        spa_url: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse:
        """Create a new recommendation prompt

        Create a new recommendation prompt for a platform and SPA.

        Args:
            body (PlatformPrompt | Unset, request body): Serializer for platform recommendation
                prompt management. Used by instructors/admins to configure tenant-specific
                prompts for different SPAs. A platform can have multiple prompts (one per
                SPA/frontend). Note: spa_url will be automatically normalized (protocol
                stripped, lowercase) during validation.
            Or the body's fields as keywords instead of body=: platform_key, prompt_text,
                recommendation_type, spa_url, active

        Returns:
            PlatformPromptResponse
        """
        body = optional_body_from_fields(
            "ai_search.prompts.create_platform_prompt",
            body,
            PlatformPrompt,
            [],
            (
                ("platform_key", "platform_key", platform_key),
                ("prompt_text", "prompt_text", prompt_text),
                ("recommendation_type", "recommendation_type", recommendation_type),
                ("spa_url", "spa_url", spa_url),
                ("active", "active", active),
            ),
        )
        return self._client._send(
            _create_platform_prompt.OPERATION,
            _create_platform_prompt.build_request(body=body),
            options,
        )

    @overload
    def update_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse: ...

    @overload
    def update_platform_prompt(
        self,
        *,
        platform_key: str | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        recommendation_type: PlatformPromptRecommendationType | Unset = UNSET,
        spa_url: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse: ...

    def update_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        recommendation_type: PlatformPromptRecommendationType | Unset = UNSET,
        spa_url: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse:
        """Update an existing recommendation prompt

        Update an existing prompt by ID. Must provide platform_key to verify ownership.

        Args:
            body (PlatformPrompt | Unset, request body): Serializer for platform recommendation
                prompt management. Used by instructors/admins to configure tenant-specific
                prompts for different SPAs. A platform can have multiple prompts (one per
                SPA/frontend). Note: spa_url will be automatically normalized (protocol
                stripped, lowercase) during validation.
            Or the body's fields as keywords instead of body=: platform_key, prompt_text,
                recommendation_type, spa_url, active

        Returns:
            PlatformPromptResponse
        """
        body = optional_body_from_fields(
            "ai_search.prompts.update_platform_prompt",
            body,
            PlatformPrompt,
            [],
            (
                ("platform_key", "platform_key", platform_key),
                ("prompt_text", "prompt_text", prompt_text),
                ("recommendation_type", "recommendation_type", recommendation_type),
                ("spa_url", "spa_url", spa_url),
                ("active", "active", active),
            ),
        )
        return self._client._send(
            _update_platform_prompt.OPERATION,
            _update_platform_prompt.build_request(body=body),
            options,
        )


class AiSearchPromptsResourceWithRawResponse:
    """`Client.ai_search.prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiSearchPromptsResource) -> None:
        self._resource = resource
        self.delete_platform_prompt = to_raw_response(resource.delete_platform_prompt)
        self.list_platform_prompts = to_raw_response(resource.list_platform_prompts)
        self.create_platform_prompt = to_raw_response(resource.create_platform_prompt)
        self.update_platform_prompt = to_raw_response(resource.update_platform_prompt)


class AsyncAiSearchPromptsResource:
    """`AsyncClient.ai_search.prompts`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiSearchPromptsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiSearchPromptsResourceWithRawResponse(self)

    async def delete_platform_prompt(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a recommendation prompt

        Delete a recommendation prompt by ID. Must provide platform_key to verify ownership.
        This permanently removes the prompt.

        Returns:
            None
        """
        return await self._client._send(
            _delete_platform_prompt.OPERATION, _delete_platform_prompt.build_request(), options
        )

    async def list_platform_prompts(
        self,
        **options: Unpack[RequestOptions],
    ) -> list[PlatformPromptResponse]:
        """List recommendation prompts for a platform

        Get all recommendation prompts for a specific platform. Optionally filter by SPA URL or
        recommendation type.

        Returns:
            list[PlatformPromptResponse]
        """
        return await self._client._send(
            _list_platform_prompts.OPERATION, _list_platform_prompts.build_request(), options
        )

    @overload
    async def create_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse: ...

    @overload
    async def create_platform_prompt(
        self,
        *,
        platform_key: str | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        recommendation_type: PlatformPromptRecommendationType | Unset = UNSET,
        spa_url: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse: ...

    async def create_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        recommendation_type: PlatformPromptRecommendationType | Unset = UNSET,
        spa_url: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse:
        """Create a new recommendation prompt

        Create a new recommendation prompt for a platform and SPA.

        Args:
            body (PlatformPrompt | Unset, request body): Serializer for platform recommendation
                prompt management. Used by instructors/admins to configure tenant-specific
                prompts for different SPAs. A platform can have multiple prompts (one per
                SPA/frontend). Note: spa_url will be automatically normalized (protocol
                stripped, lowercase) during validation.
            Or the body's fields as keywords instead of body=: platform_key, prompt_text,
                recommendation_type, spa_url, active

        Returns:
            PlatformPromptResponse
        """
        body = optional_body_from_fields(
            "ai_search.prompts.create_platform_prompt",
            body,
            PlatformPrompt,
            [],
            (
                ("platform_key", "platform_key", platform_key),
                ("prompt_text", "prompt_text", prompt_text),
                ("recommendation_type", "recommendation_type", recommendation_type),
                ("spa_url", "spa_url", spa_url),
                ("active", "active", active),
            ),
        )
        return await self._client._send(
            _create_platform_prompt.OPERATION,
            _create_platform_prompt.build_request(body=body),
            options,
        )

    @overload
    async def update_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse: ...

    @overload
    async def update_platform_prompt(
        self,
        *,
        platform_key: str | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        recommendation_type: PlatformPromptRecommendationType | Unset = UNSET,
        spa_url: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse: ...

    async def update_platform_prompt(
        self,
        *,
        body: PlatformPrompt | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        prompt_text: str | Unset = UNSET,
        recommendation_type: PlatformPromptRecommendationType | Unset = UNSET,
        spa_url: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformPromptResponse:
        """Update an existing recommendation prompt

        Update an existing prompt by ID. Must provide platform_key to verify ownership.

        Args:
            body (PlatformPrompt | Unset, request body): Serializer for platform recommendation
                prompt management. Used by instructors/admins to configure tenant-specific
                prompts for different SPAs. A platform can have multiple prompts (one per
                SPA/frontend). Note: spa_url will be automatically normalized (protocol
                stripped, lowercase) during validation.
            Or the body's fields as keywords instead of body=: platform_key, prompt_text,
                recommendation_type, spa_url, active

        Returns:
            PlatformPromptResponse
        """
        body = optional_body_from_fields(
            "ai_search.prompts.update_platform_prompt",
            body,
            PlatformPrompt,
            [],
            (
                ("platform_key", "platform_key", platform_key),
                ("prompt_text", "prompt_text", prompt_text),
                ("recommendation_type", "recommendation_type", recommendation_type),
                ("spa_url", "spa_url", spa_url),
                ("active", "active", active),
            ),
        )
        return await self._client._send(
            _update_platform_prompt.OPERATION,
            _update_platform_prompt.build_request(body=body),
            options,
        )


class AsyncAiSearchPromptsResourceWithRawResponse:
    """`AsyncClient.ai_search.prompts`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiSearchPromptsResource) -> None:
        self._resource = resource
        self.delete_platform_prompt = async_to_raw_response(resource.delete_platform_prompt)
        self.list_platform_prompts = async_to_raw_response(resource.list_platform_prompts)
        self.create_platform_prompt = async_to_raw_response(resource.create_platform_prompt)
        self.update_platform_prompt = async_to_raw_response(resource.update_platform_prompt)
