"""`Client.ai_mentor.orgs.users.mentor`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .audience import (
        AiMentorOrgsUsersMentorAudienceResource,
        AiMentorOrgsUsersMentorAudienceResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorAudienceResource,
        AsyncAiMentorOrgsUsersMentorAudienceResourceWithRawResponse,
    )
    from .categories import (
        AiMentorOrgsUsersMentorCategoriesResource,
        AiMentorOrgsUsersMentorCategoriesResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorCategoriesResource,
        AsyncAiMentorOrgsUsersMentorCategoriesResourceWithRawResponse,
    )
    from .seed import (
        AiMentorOrgsUsersMentorSeedResource,
        AiMentorOrgsUsersMentorSeedResourceWithRawResponse,
        AsyncAiMentorOrgsUsersMentorSeedResource,
        AsyncAiMentorOrgsUsersMentorSeedResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsUsersMentorResource",
    "AiMentorOrgsUsersMentorResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersMentorResource",
    "AsyncAiMentorOrgsUsersMentorResourceWithRawResponse",
]


class AiMentorOrgsUsersMentorResource:
    """`Client.ai_mentor.orgs.users.mentor`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersMentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersMentorResourceWithRawResponse(self)

    @cached_property
    def audience(self) -> AiMentorOrgsUsersMentorAudienceResource:
        from .audience import AiMentorOrgsUsersMentorAudienceResource

        return AiMentorOrgsUsersMentorAudienceResource(self._client)

    @cached_property
    def categories(self) -> AiMentorOrgsUsersMentorCategoriesResource:
        from .categories import AiMentorOrgsUsersMentorCategoriesResource

        return AiMentorOrgsUsersMentorCategoriesResource(self._client)

    @cached_property
    def seed(self) -> AiMentorOrgsUsersMentorSeedResource:
        from .seed import AiMentorOrgsUsersMentorSeedResource

        return AiMentorOrgsUsersMentorSeedResource(self._client)


class AiMentorOrgsUsersMentorResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.mentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersMentorResource) -> None:
        self._resource = resource

    @cached_property
    def audience(self) -> AiMentorOrgsUsersMentorAudienceResourceWithRawResponse:
        from .audience import AiMentorOrgsUsersMentorAudienceResourceWithRawResponse

        return AiMentorOrgsUsersMentorAudienceResourceWithRawResponse(self._resource.audience)

    @cached_property
    def categories(self) -> AiMentorOrgsUsersMentorCategoriesResourceWithRawResponse:
        from .categories import AiMentorOrgsUsersMentorCategoriesResourceWithRawResponse

        return AiMentorOrgsUsersMentorCategoriesResourceWithRawResponse(self._resource.categories)

    @cached_property
    def seed(self) -> AiMentorOrgsUsersMentorSeedResourceWithRawResponse:
        from .seed import AiMentorOrgsUsersMentorSeedResourceWithRawResponse

        return AiMentorOrgsUsersMentorSeedResourceWithRawResponse(self._resource.seed)


class AsyncAiMentorOrgsUsersMentorResource:
    """`AsyncClient.ai_mentor.orgs.users.mentor`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersMentorResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersMentorResourceWithRawResponse(self)

    @cached_property
    def audience(self) -> AsyncAiMentorOrgsUsersMentorAudienceResource:
        from .audience import AsyncAiMentorOrgsUsersMentorAudienceResource

        return AsyncAiMentorOrgsUsersMentorAudienceResource(self._client)

    @cached_property
    def categories(self) -> AsyncAiMentorOrgsUsersMentorCategoriesResource:
        from .categories import AsyncAiMentorOrgsUsersMentorCategoriesResource

        return AsyncAiMentorOrgsUsersMentorCategoriesResource(self._client)

    @cached_property
    def seed(self) -> AsyncAiMentorOrgsUsersMentorSeedResource:
        from .seed import AsyncAiMentorOrgsUsersMentorSeedResource

        return AsyncAiMentorOrgsUsersMentorSeedResource(self._client)


class AsyncAiMentorOrgsUsersMentorResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.mentor`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersMentorResource) -> None:
        self._resource = resource

    @cached_property
    def audience(self) -> AsyncAiMentorOrgsUsersMentorAudienceResourceWithRawResponse:
        from .audience import AsyncAiMentorOrgsUsersMentorAudienceResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorAudienceResourceWithRawResponse(self._resource.audience)

    @cached_property
    def categories(self) -> AsyncAiMentorOrgsUsersMentorCategoriesResourceWithRawResponse:
        from .categories import AsyncAiMentorOrgsUsersMentorCategoriesResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorCategoriesResourceWithRawResponse(
            self._resource.categories
        )

    @cached_property
    def seed(self) -> AsyncAiMentorOrgsUsersMentorSeedResourceWithRawResponse:
        from .seed import AsyncAiMentorOrgsUsersMentorSeedResourceWithRawResponse

        return AsyncAiMentorOrgsUsersMentorSeedResourceWithRawResponse(self._resource.seed)
