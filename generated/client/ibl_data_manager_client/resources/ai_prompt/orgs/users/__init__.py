"""`Client.ai_prompt.orgs.users`: 13 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .all_chats_memory import (
        AiPromptOrgsUsersAllChatsMemoryResource,
        AiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse,
        AsyncAiPromptOrgsUsersAllChatsMemoryResource,
        AsyncAiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse,
    )
    from .chat_memory_status import (
        AiPromptOrgsUsersChatMemoryStatusResource,
        AiPromptOrgsUsersChatMemoryStatusResourceWithRawResponse,
        AsyncAiPromptOrgsUsersChatMemoryStatusResource,
        AsyncAiPromptOrgsUsersChatMemoryStatusResourceWithRawResponse,
    )
    from .languages import (
        AiPromptOrgsUsersLanguagesResource,
        AiPromptOrgsUsersLanguagesResourceWithRawResponse,
        AsyncAiPromptOrgsUsersLanguagesResource,
        AsyncAiPromptOrgsUsersLanguagesResourceWithRawResponse,
    )
    from .memory import (
        AiPromptOrgsUsersMemoryResource,
        AiPromptOrgsUsersMemoryResourceWithRawResponse,
        AsyncAiPromptOrgsUsersMemoryResource,
        AsyncAiPromptOrgsUsersMemoryResourceWithRawResponse,
    )
    from .memory_context import (
        AiPromptOrgsUsersMemoryContextResource,
        AiPromptOrgsUsersMemoryContextResourceWithRawResponse,
        AsyncAiPromptOrgsUsersMemoryContextResource,
        AsyncAiPromptOrgsUsersMemoryContextResourceWithRawResponse,
    )
    from .memory_status import (
        AiPromptOrgsUsersMemoryStatusResource,
        AiPromptOrgsUsersMemoryStatusResourceWithRawResponse,
        AsyncAiPromptOrgsUsersMemoryStatusResource,
        AsyncAiPromptOrgsUsersMemoryStatusResourceWithRawResponse,
    )
    from .metadata import (
        AiPromptOrgsUsersMetadataResource,
        AiPromptOrgsUsersMetadataResourceWithRawResponse,
        AsyncAiPromptOrgsUsersMetadataResource,
        AsyncAiPromptOrgsUsersMetadataResourceWithRawResponse,
    )
    from .prompt import (
        AiPromptOrgsUsersPromptResource,
        AiPromptOrgsUsersPromptResourceWithRawResponse,
        AsyncAiPromptOrgsUsersPromptResource,
        AsyncAiPromptOrgsUsersPromptResourceWithRawResponse,
    )
    from .prompts import (
        AiPromptOrgsUsersPromptsResource,
        AiPromptOrgsUsersPromptsResourceWithRawResponse,
        AsyncAiPromptOrgsUsersPromptsResource,
        AsyncAiPromptOrgsUsersPromptsResourceWithRawResponse,
    )
    from .sessions import (
        AiPromptOrgsUsersSessionsResource,
        AiPromptOrgsUsersSessionsResourceWithRawResponse,
        AsyncAiPromptOrgsUsersSessionsResource,
        AsyncAiPromptOrgsUsersSessionsResourceWithRawResponse,
    )
    from .styles import (
        AiPromptOrgsUsersStylesResource,
        AiPromptOrgsUsersStylesResourceWithRawResponse,
        AsyncAiPromptOrgsUsersStylesResource,
        AsyncAiPromptOrgsUsersStylesResourceWithRawResponse,
    )
    from .tags import (
        AiPromptOrgsUsersTagsResource,
        AiPromptOrgsUsersTagsResourceWithRawResponse,
        AsyncAiPromptOrgsUsersTagsResource,
        AsyncAiPromptOrgsUsersTagsResourceWithRawResponse,
    )
    from .tones import (
        AiPromptOrgsUsersTonesResource,
        AiPromptOrgsUsersTonesResourceWithRawResponse,
        AsyncAiPromptOrgsUsersTonesResource,
        AsyncAiPromptOrgsUsersTonesResourceWithRawResponse,
    )

__all__ = [
    "AiPromptOrgsUsersResource",
    "AiPromptOrgsUsersResourceWithRawResponse",
    "AsyncAiPromptOrgsUsersResource",
    "AsyncAiPromptOrgsUsersResourceWithRawResponse",
]


class AiPromptOrgsUsersResource:
    """`Client.ai_prompt.orgs.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiPromptOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiPromptOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def all_chats_memory(self) -> AiPromptOrgsUsersAllChatsMemoryResource:
        from .all_chats_memory import AiPromptOrgsUsersAllChatsMemoryResource

        return AiPromptOrgsUsersAllChatsMemoryResource(self._client)

    @cached_property
    def chat_memory_status(self) -> AiPromptOrgsUsersChatMemoryStatusResource:
        from .chat_memory_status import AiPromptOrgsUsersChatMemoryStatusResource

        return AiPromptOrgsUsersChatMemoryStatusResource(self._client)

    @cached_property
    def languages(self) -> AiPromptOrgsUsersLanguagesResource:
        from .languages import AiPromptOrgsUsersLanguagesResource

        return AiPromptOrgsUsersLanguagesResource(self._client)

    @cached_property
    def memory(self) -> AiPromptOrgsUsersMemoryResource:
        from .memory import AiPromptOrgsUsersMemoryResource

        return AiPromptOrgsUsersMemoryResource(self._client)

    @cached_property
    def memory_context(self) -> AiPromptOrgsUsersMemoryContextResource:
        from .memory_context import AiPromptOrgsUsersMemoryContextResource

        return AiPromptOrgsUsersMemoryContextResource(self._client)

    @cached_property
    def memory_status(self) -> AiPromptOrgsUsersMemoryStatusResource:
        from .memory_status import AiPromptOrgsUsersMemoryStatusResource

        return AiPromptOrgsUsersMemoryStatusResource(self._client)

    @cached_property
    def metadata(self) -> AiPromptOrgsUsersMetadataResource:
        from .metadata import AiPromptOrgsUsersMetadataResource

        return AiPromptOrgsUsersMetadataResource(self._client)

    @cached_property
    def prompt(self) -> AiPromptOrgsUsersPromptResource:
        from .prompt import AiPromptOrgsUsersPromptResource

        return AiPromptOrgsUsersPromptResource(self._client)

    @cached_property
    def prompts(self) -> AiPromptOrgsUsersPromptsResource:
        from .prompts import AiPromptOrgsUsersPromptsResource

        return AiPromptOrgsUsersPromptsResource(self._client)

    @cached_property
    def sessions(self) -> AiPromptOrgsUsersSessionsResource:
        from .sessions import AiPromptOrgsUsersSessionsResource

        return AiPromptOrgsUsersSessionsResource(self._client)

    @cached_property
    def styles(self) -> AiPromptOrgsUsersStylesResource:
        from .styles import AiPromptOrgsUsersStylesResource

        return AiPromptOrgsUsersStylesResource(self._client)

    @cached_property
    def tags(self) -> AiPromptOrgsUsersTagsResource:
        from .tags import AiPromptOrgsUsersTagsResource

        return AiPromptOrgsUsersTagsResource(self._client)

    @cached_property
    def tones(self) -> AiPromptOrgsUsersTonesResource:
        from .tones import AiPromptOrgsUsersTonesResource

        return AiPromptOrgsUsersTonesResource(self._client)


class AiPromptOrgsUsersResourceWithRawResponse:
    """`Client.ai_prompt.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiPromptOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def all_chats_memory(self) -> AiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse:
        from .all_chats_memory import AiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse

        return AiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse(
            self._resource.all_chats_memory
        )

    @cached_property
    def chat_memory_status(self) -> AiPromptOrgsUsersChatMemoryStatusResourceWithRawResponse:
        from .chat_memory_status import AiPromptOrgsUsersChatMemoryStatusResourceWithRawResponse

        return AiPromptOrgsUsersChatMemoryStatusResourceWithRawResponse(
            self._resource.chat_memory_status
        )

    @cached_property
    def languages(self) -> AiPromptOrgsUsersLanguagesResourceWithRawResponse:
        from .languages import AiPromptOrgsUsersLanguagesResourceWithRawResponse

        return AiPromptOrgsUsersLanguagesResourceWithRawResponse(self._resource.languages)

    @cached_property
    def memory(self) -> AiPromptOrgsUsersMemoryResourceWithRawResponse:
        from .memory import AiPromptOrgsUsersMemoryResourceWithRawResponse

        return AiPromptOrgsUsersMemoryResourceWithRawResponse(self._resource.memory)

    @cached_property
    def memory_context(self) -> AiPromptOrgsUsersMemoryContextResourceWithRawResponse:
        from .memory_context import AiPromptOrgsUsersMemoryContextResourceWithRawResponse

        return AiPromptOrgsUsersMemoryContextResourceWithRawResponse(self._resource.memory_context)

    @cached_property
    def memory_status(self) -> AiPromptOrgsUsersMemoryStatusResourceWithRawResponse:
        from .memory_status import AiPromptOrgsUsersMemoryStatusResourceWithRawResponse

        return AiPromptOrgsUsersMemoryStatusResourceWithRawResponse(self._resource.memory_status)

    @cached_property
    def metadata(self) -> AiPromptOrgsUsersMetadataResourceWithRawResponse:
        from .metadata import AiPromptOrgsUsersMetadataResourceWithRawResponse

        return AiPromptOrgsUsersMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def prompt(self) -> AiPromptOrgsUsersPromptResourceWithRawResponse:
        from .prompt import AiPromptOrgsUsersPromptResourceWithRawResponse

        return AiPromptOrgsUsersPromptResourceWithRawResponse(self._resource.prompt)

    @cached_property
    def prompts(self) -> AiPromptOrgsUsersPromptsResourceWithRawResponse:
        from .prompts import AiPromptOrgsUsersPromptsResourceWithRawResponse

        return AiPromptOrgsUsersPromptsResourceWithRawResponse(self._resource.prompts)

    @cached_property
    def sessions(self) -> AiPromptOrgsUsersSessionsResourceWithRawResponse:
        from .sessions import AiPromptOrgsUsersSessionsResourceWithRawResponse

        return AiPromptOrgsUsersSessionsResourceWithRawResponse(self._resource.sessions)

    @cached_property
    def styles(self) -> AiPromptOrgsUsersStylesResourceWithRawResponse:
        from .styles import AiPromptOrgsUsersStylesResourceWithRawResponse

        return AiPromptOrgsUsersStylesResourceWithRawResponse(self._resource.styles)

    @cached_property
    def tags(self) -> AiPromptOrgsUsersTagsResourceWithRawResponse:
        from .tags import AiPromptOrgsUsersTagsResourceWithRawResponse

        return AiPromptOrgsUsersTagsResourceWithRawResponse(self._resource.tags)

    @cached_property
    def tones(self) -> AiPromptOrgsUsersTonesResourceWithRawResponse:
        from .tones import AiPromptOrgsUsersTonesResourceWithRawResponse

        return AiPromptOrgsUsersTonesResourceWithRawResponse(self._resource.tones)


class AsyncAiPromptOrgsUsersResource:
    """`AsyncClient.ai_prompt.orgs.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiPromptOrgsUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiPromptOrgsUsersResourceWithRawResponse(self)

    @cached_property
    def all_chats_memory(self) -> AsyncAiPromptOrgsUsersAllChatsMemoryResource:
        from .all_chats_memory import AsyncAiPromptOrgsUsersAllChatsMemoryResource

        return AsyncAiPromptOrgsUsersAllChatsMemoryResource(self._client)

    @cached_property
    def chat_memory_status(self) -> AsyncAiPromptOrgsUsersChatMemoryStatusResource:
        from .chat_memory_status import AsyncAiPromptOrgsUsersChatMemoryStatusResource

        return AsyncAiPromptOrgsUsersChatMemoryStatusResource(self._client)

    @cached_property
    def languages(self) -> AsyncAiPromptOrgsUsersLanguagesResource:
        from .languages import AsyncAiPromptOrgsUsersLanguagesResource

        return AsyncAiPromptOrgsUsersLanguagesResource(self._client)

    @cached_property
    def memory(self) -> AsyncAiPromptOrgsUsersMemoryResource:
        from .memory import AsyncAiPromptOrgsUsersMemoryResource

        return AsyncAiPromptOrgsUsersMemoryResource(self._client)

    @cached_property
    def memory_context(self) -> AsyncAiPromptOrgsUsersMemoryContextResource:
        from .memory_context import AsyncAiPromptOrgsUsersMemoryContextResource

        return AsyncAiPromptOrgsUsersMemoryContextResource(self._client)

    @cached_property
    def memory_status(self) -> AsyncAiPromptOrgsUsersMemoryStatusResource:
        from .memory_status import AsyncAiPromptOrgsUsersMemoryStatusResource

        return AsyncAiPromptOrgsUsersMemoryStatusResource(self._client)

    @cached_property
    def metadata(self) -> AsyncAiPromptOrgsUsersMetadataResource:
        from .metadata import AsyncAiPromptOrgsUsersMetadataResource

        return AsyncAiPromptOrgsUsersMetadataResource(self._client)

    @cached_property
    def prompt(self) -> AsyncAiPromptOrgsUsersPromptResource:
        from .prompt import AsyncAiPromptOrgsUsersPromptResource

        return AsyncAiPromptOrgsUsersPromptResource(self._client)

    @cached_property
    def prompts(self) -> AsyncAiPromptOrgsUsersPromptsResource:
        from .prompts import AsyncAiPromptOrgsUsersPromptsResource

        return AsyncAiPromptOrgsUsersPromptsResource(self._client)

    @cached_property
    def sessions(self) -> AsyncAiPromptOrgsUsersSessionsResource:
        from .sessions import AsyncAiPromptOrgsUsersSessionsResource

        return AsyncAiPromptOrgsUsersSessionsResource(self._client)

    @cached_property
    def styles(self) -> AsyncAiPromptOrgsUsersStylesResource:
        from .styles import AsyncAiPromptOrgsUsersStylesResource

        return AsyncAiPromptOrgsUsersStylesResource(self._client)

    @cached_property
    def tags(self) -> AsyncAiPromptOrgsUsersTagsResource:
        from .tags import AsyncAiPromptOrgsUsersTagsResource

        return AsyncAiPromptOrgsUsersTagsResource(self._client)

    @cached_property
    def tones(self) -> AsyncAiPromptOrgsUsersTonesResource:
        from .tones import AsyncAiPromptOrgsUsersTonesResource

        return AsyncAiPromptOrgsUsersTonesResource(self._client)


class AsyncAiPromptOrgsUsersResourceWithRawResponse:
    """`AsyncClient.ai_prompt.orgs.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiPromptOrgsUsersResource) -> None:
        self._resource = resource

    @cached_property
    def all_chats_memory(self) -> AsyncAiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse:
        from .all_chats_memory import AsyncAiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse

        return AsyncAiPromptOrgsUsersAllChatsMemoryResourceWithRawResponse(
            self._resource.all_chats_memory
        )

    @cached_property
    def chat_memory_status(self) -> AsyncAiPromptOrgsUsersChatMemoryStatusResourceWithRawResponse:
        from .chat_memory_status import (
            AsyncAiPromptOrgsUsersChatMemoryStatusResourceWithRawResponse,
        )

        return AsyncAiPromptOrgsUsersChatMemoryStatusResourceWithRawResponse(
            self._resource.chat_memory_status
        )

    @cached_property
    def languages(self) -> AsyncAiPromptOrgsUsersLanguagesResourceWithRawResponse:
        from .languages import AsyncAiPromptOrgsUsersLanguagesResourceWithRawResponse

        return AsyncAiPromptOrgsUsersLanguagesResourceWithRawResponse(self._resource.languages)

    @cached_property
    def memory(self) -> AsyncAiPromptOrgsUsersMemoryResourceWithRawResponse:
        from .memory import AsyncAiPromptOrgsUsersMemoryResourceWithRawResponse

        return AsyncAiPromptOrgsUsersMemoryResourceWithRawResponse(self._resource.memory)

    @cached_property
    def memory_context(self) -> AsyncAiPromptOrgsUsersMemoryContextResourceWithRawResponse:
        from .memory_context import AsyncAiPromptOrgsUsersMemoryContextResourceWithRawResponse

        return AsyncAiPromptOrgsUsersMemoryContextResourceWithRawResponse(
            self._resource.memory_context
        )

    @cached_property
    def memory_status(self) -> AsyncAiPromptOrgsUsersMemoryStatusResourceWithRawResponse:
        from .memory_status import AsyncAiPromptOrgsUsersMemoryStatusResourceWithRawResponse

        return AsyncAiPromptOrgsUsersMemoryStatusResourceWithRawResponse(
            self._resource.memory_status
        )

    @cached_property
    def metadata(self) -> AsyncAiPromptOrgsUsersMetadataResourceWithRawResponse:
        from .metadata import AsyncAiPromptOrgsUsersMetadataResourceWithRawResponse

        return AsyncAiPromptOrgsUsersMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def prompt(self) -> AsyncAiPromptOrgsUsersPromptResourceWithRawResponse:
        from .prompt import AsyncAiPromptOrgsUsersPromptResourceWithRawResponse

        return AsyncAiPromptOrgsUsersPromptResourceWithRawResponse(self._resource.prompt)

    @cached_property
    def prompts(self) -> AsyncAiPromptOrgsUsersPromptsResourceWithRawResponse:
        from .prompts import AsyncAiPromptOrgsUsersPromptsResourceWithRawResponse

        return AsyncAiPromptOrgsUsersPromptsResourceWithRawResponse(self._resource.prompts)

    @cached_property
    def sessions(self) -> AsyncAiPromptOrgsUsersSessionsResourceWithRawResponse:
        from .sessions import AsyncAiPromptOrgsUsersSessionsResourceWithRawResponse

        return AsyncAiPromptOrgsUsersSessionsResourceWithRawResponse(self._resource.sessions)

    @cached_property
    def styles(self) -> AsyncAiPromptOrgsUsersStylesResourceWithRawResponse:
        from .styles import AsyncAiPromptOrgsUsersStylesResourceWithRawResponse

        return AsyncAiPromptOrgsUsersStylesResourceWithRawResponse(self._resource.styles)

    @cached_property
    def tags(self) -> AsyncAiPromptOrgsUsersTagsResourceWithRawResponse:
        from .tags import AsyncAiPromptOrgsUsersTagsResourceWithRawResponse

        return AsyncAiPromptOrgsUsersTagsResourceWithRawResponse(self._resource.tags)

    @cached_property
    def tones(self) -> AsyncAiPromptOrgsUsersTonesResourceWithRawResponse:
        from .tones import AsyncAiPromptOrgsUsersTonesResourceWithRawResponse

        return AsyncAiPromptOrgsUsersTonesResourceWithRawResponse(self._resource.tones)
