"""`Client.ai_media.orgs.users`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .heygen import (
        AiMediaOrgsUsersHeygenResource,
        AiMediaOrgsUsersHeygenResourceWithRawResponse,
        AsyncAiMediaOrgsUsersHeygenResource,
        AsyncAiMediaOrgsUsersHeygenResourceWithRawResponse,
    )
    from .veo import (
        AiMediaOrgsUsersVeoResource,
        AiMediaOrgsUsersVeoResourceWithRawResponse,
        AsyncAiMediaOrgsUsersVeoResource,
        AsyncAiMediaOrgsUsersVeoResourceWithRawResponse,
    )
    from .video_script_generation import (
        AiMediaOrgsUsersVideoScriptGenerationResource,
        AiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse,
        AsyncAiMediaOrgsUsersVideoScriptGenerationResource,
        AsyncAiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse,
    )

__all__ = [
    "AiMediaOrgsUsersResource",
    "AiMediaOrgsUsersResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersResource",
    "AsyncAiMediaOrgsUsersResourceWithRawResponse",
]


class AiMediaOrgsUsersResource:
    """`Client.ai_media.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def heygen(self) -> AiMediaOrgsUsersHeygenResource:
        from .heygen import AiMediaOrgsUsersHeygenResource

        return AiMediaOrgsUsersHeygenResource(self._client)

    @cached_property
    def veo(self) -> AiMediaOrgsUsersVeoResource:
        from .veo import AiMediaOrgsUsersVeoResource

        return AiMediaOrgsUsersVeoResource(self._client)

    @cached_property
    def video_script_generation(self) -> AiMediaOrgsUsersVideoScriptGenerationResource:
        from .video_script_generation import AiMediaOrgsUsersVideoScriptGenerationResource

        return AiMediaOrgsUsersVideoScriptGenerationResource(self._client)


class AiMediaOrgsUsersResourceWithRawResponse:
    """`Client.ai_media.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def heygen(self) -> AiMediaOrgsUsersHeygenResourceWithRawResponse:
        from .heygen import AiMediaOrgsUsersHeygenResourceWithRawResponse

        return AiMediaOrgsUsersHeygenResourceWithRawResponse(self._resource.heygen)

    @cached_property
    def veo(self) -> AiMediaOrgsUsersVeoResourceWithRawResponse:
        from .veo import AiMediaOrgsUsersVeoResourceWithRawResponse

        return AiMediaOrgsUsersVeoResourceWithRawResponse(self._resource.veo)

    @cached_property
    def video_script_generation(
        self,
    ) -> AiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse:
        from .video_script_generation import (
            AiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse,
        )

        return AiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse(
            self._resource.video_script_generation
        )


class AsyncAiMediaOrgsUsersResource:
    """`AsyncClient.ai_media.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMediaOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def heygen(self) -> AsyncAiMediaOrgsUsersHeygenResource:
        from .heygen import AsyncAiMediaOrgsUsersHeygenResource

        return AsyncAiMediaOrgsUsersHeygenResource(self._client)

    @cached_property
    def veo(self) -> AsyncAiMediaOrgsUsersVeoResource:
        from .veo import AsyncAiMediaOrgsUsersVeoResource

        return AsyncAiMediaOrgsUsersVeoResource(self._client)

    @cached_property
    def video_script_generation(self) -> AsyncAiMediaOrgsUsersVideoScriptGenerationResource:
        from .video_script_generation import AsyncAiMediaOrgsUsersVideoScriptGenerationResource

        return AsyncAiMediaOrgsUsersVideoScriptGenerationResource(self._client)


class AsyncAiMediaOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def heygen(self) -> AsyncAiMediaOrgsUsersHeygenResourceWithRawResponse:
        from .heygen import AsyncAiMediaOrgsUsersHeygenResourceWithRawResponse

        return AsyncAiMediaOrgsUsersHeygenResourceWithRawResponse(self._resource.heygen)

    @cached_property
    def veo(self) -> AsyncAiMediaOrgsUsersVeoResourceWithRawResponse:
        from .veo import AsyncAiMediaOrgsUsersVeoResourceWithRawResponse

        return AsyncAiMediaOrgsUsersVeoResourceWithRawResponse(self._resource.veo)

    @cached_property
    def video_script_generation(
        self,
    ) -> AsyncAiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse:
        from .video_script_generation import (
            AsyncAiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse,
        )

        return AsyncAiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse(
            self._resource.video_script_generation
        )
