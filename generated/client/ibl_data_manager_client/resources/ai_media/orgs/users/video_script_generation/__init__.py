"""`Client.ai_media.orgs.users.video_script_generation`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .audio import (
        AiMediaOrgsUsersVideoScriptGenerationAudioResource,
        AiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse,
        AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResource,
        AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse,
    )
    from .document import (
        AiMediaOrgsUsersVideoScriptGenerationDocumentResource,
        AiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse,
        AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResource,
        AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse,
    )
    from .text import (
        AiMediaOrgsUsersVideoScriptGenerationTextResource,
        AiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse,
        AsyncAiMediaOrgsUsersVideoScriptGenerationTextResource,
        AsyncAiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse,
    )

__all__ = [
    "AiMediaOrgsUsersVideoScriptGenerationResource",
    "AiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse",
    "AsyncAiMediaOrgsUsersVideoScriptGenerationResource",
    "AsyncAiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse",
]


class AiMediaOrgsUsersVideoScriptGenerationResource:
    """`Client.ai_media.orgs.users.video_script_generation`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse(self)

    @cached_property
    def audio(self) -> AiMediaOrgsUsersVideoScriptGenerationAudioResource:
        from .audio import AiMediaOrgsUsersVideoScriptGenerationAudioResource

        return AiMediaOrgsUsersVideoScriptGenerationAudioResource(self._client)

    @cached_property
    def document(self) -> AiMediaOrgsUsersVideoScriptGenerationDocumentResource:
        from .document import AiMediaOrgsUsersVideoScriptGenerationDocumentResource

        return AiMediaOrgsUsersVideoScriptGenerationDocumentResource(self._client)

    @cached_property
    def text(self) -> AiMediaOrgsUsersVideoScriptGenerationTextResource:
        from .text import AiMediaOrgsUsersVideoScriptGenerationTextResource

        return AiMediaOrgsUsersVideoScriptGenerationTextResource(self._client)


class AiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse:
    """`Client.ai_media.orgs.users.video_script_generation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMediaOrgsUsersVideoScriptGenerationResource) -> None:
        self._resource = resource

    @cached_property
    def audio(self) -> AiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse:
        from .audio import AiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse

        return AiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse(
            self._resource.audio
        )

    @cached_property
    def document(self) -> AiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse:
        from .document import AiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse

        return AiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse(
            self._resource.document
        )

    @cached_property
    def text(self) -> AiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse:
        from .text import AiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse

        return AiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse(self._resource.text)


class AsyncAiMediaOrgsUsersVideoScriptGenerationResource:
    """`AsyncClient.ai_media.orgs.users.video_script_generation`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncAiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse(self)

    @cached_property
    def audio(self) -> AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResource:
        from .audio import AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResource

        return AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResource(self._client)

    @cached_property
    def document(self) -> AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResource:
        from .document import AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResource

        return AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResource(self._client)

    @cached_property
    def text(self) -> AsyncAiMediaOrgsUsersVideoScriptGenerationTextResource:
        from .text import AsyncAiMediaOrgsUsersVideoScriptGenerationTextResource

        return AsyncAiMediaOrgsUsersVideoScriptGenerationTextResource(self._client)


class AsyncAiMediaOrgsUsersVideoScriptGenerationResourceWithRawResponse:
    """`AsyncClient.ai_media.orgs.users.video_script_generation`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMediaOrgsUsersVideoScriptGenerationResource) -> None:
        self._resource = resource

    @cached_property
    def audio(self) -> AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse:
        from .audio import AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse

        return AsyncAiMediaOrgsUsersVideoScriptGenerationAudioResourceWithRawResponse(
            self._resource.audio
        )

    @cached_property
    def document(self) -> AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse:
        from .document import (
            AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse,
        )

        return AsyncAiMediaOrgsUsersVideoScriptGenerationDocumentResourceWithRawResponse(
            self._resource.document
        )

    @cached_property
    def text(self) -> AsyncAiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse:
        from .text import AsyncAiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse

        return AsyncAiMediaOrgsUsersVideoScriptGenerationTextResourceWithRawResponse(
            self._resource.text
        )
