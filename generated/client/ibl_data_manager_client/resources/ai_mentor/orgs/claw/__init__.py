"""`Client.ai_mentor.orgs.claw`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .instances import (
        AiMentorOrgsClawInstancesResource,
        AiMentorOrgsClawInstancesResourceWithRawResponse,
        AsyncAiMentorOrgsClawInstancesResource,
        AsyncAiMentorOrgsClawInstancesResourceWithRawResponse,
    )
    from .mentor_configs import (
        AiMentorOrgsClawMentorConfigsResource,
        AiMentorOrgsClawMentorConfigsResourceWithRawResponse,
        AsyncAiMentorOrgsClawMentorConfigsResource,
        AsyncAiMentorOrgsClawMentorConfigsResourceWithRawResponse,
    )
    from .model_providers import (
        AiMentorOrgsClawModelProvidersResource,
        AiMentorOrgsClawModelProvidersResourceWithRawResponse,
        AsyncAiMentorOrgsClawModelProvidersResource,
        AsyncAiMentorOrgsClawModelProvidersResourceWithRawResponse,
    )

__all__ = [
    "AiMentorOrgsClawResource",
    "AiMentorOrgsClawResourceWithRawResponse",
    "AsyncAiMentorOrgsClawResource",
    "AsyncAiMentorOrgsClawResourceWithRawResponse",
]


class AiMentorOrgsClawResource:
    """`Client.ai_mentor.orgs.claw`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsClawResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsClawResourceWithRawResponse(self)

    @cached_property
    def instances(self) -> AiMentorOrgsClawInstancesResource:
        from .instances import AiMentorOrgsClawInstancesResource

        return AiMentorOrgsClawInstancesResource(self._client)

    @cached_property
    def mentor_configs(self) -> AiMentorOrgsClawMentorConfigsResource:
        from .mentor_configs import AiMentorOrgsClawMentorConfigsResource

        return AiMentorOrgsClawMentorConfigsResource(self._client)

    @cached_property
    def model_providers(self) -> AiMentorOrgsClawModelProvidersResource:
        from .model_providers import AiMentorOrgsClawModelProvidersResource

        return AiMentorOrgsClawModelProvidersResource(self._client)


class AiMentorOrgsClawResourceWithRawResponse:
    """`Client.ai_mentor.orgs.claw`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsClawResource) -> None:
        self._resource = resource

    @cached_property
    def instances(self) -> AiMentorOrgsClawInstancesResourceWithRawResponse:
        from .instances import AiMentorOrgsClawInstancesResourceWithRawResponse

        return AiMentorOrgsClawInstancesResourceWithRawResponse(self._resource.instances)

    @cached_property
    def mentor_configs(self) -> AiMentorOrgsClawMentorConfigsResourceWithRawResponse:
        from .mentor_configs import AiMentorOrgsClawMentorConfigsResourceWithRawResponse

        return AiMentorOrgsClawMentorConfigsResourceWithRawResponse(self._resource.mentor_configs)

    @cached_property
    def model_providers(self) -> AiMentorOrgsClawModelProvidersResourceWithRawResponse:
        from .model_providers import AiMentorOrgsClawModelProvidersResourceWithRawResponse

        return AiMentorOrgsClawModelProvidersResourceWithRawResponse(self._resource.model_providers)


class AsyncAiMentorOrgsClawResource:
    """`AsyncClient.ai_mentor.orgs.claw`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsClawResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsClawResourceWithRawResponse(self)

    @cached_property
    def instances(self) -> AsyncAiMentorOrgsClawInstancesResource:
        from .instances import AsyncAiMentorOrgsClawInstancesResource

        return AsyncAiMentorOrgsClawInstancesResource(self._client)

    @cached_property
    def mentor_configs(self) -> AsyncAiMentorOrgsClawMentorConfigsResource:
        from .mentor_configs import AsyncAiMentorOrgsClawMentorConfigsResource

        return AsyncAiMentorOrgsClawMentorConfigsResource(self._client)

    @cached_property
    def model_providers(self) -> AsyncAiMentorOrgsClawModelProvidersResource:
        from .model_providers import AsyncAiMentorOrgsClawModelProvidersResource

        return AsyncAiMentorOrgsClawModelProvidersResource(self._client)


class AsyncAiMentorOrgsClawResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.claw`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsClawResource) -> None:
        self._resource = resource

    @cached_property
    def instances(self) -> AsyncAiMentorOrgsClawInstancesResourceWithRawResponse:
        from .instances import AsyncAiMentorOrgsClawInstancesResourceWithRawResponse

        return AsyncAiMentorOrgsClawInstancesResourceWithRawResponse(self._resource.instances)

    @cached_property
    def mentor_configs(self) -> AsyncAiMentorOrgsClawMentorConfigsResourceWithRawResponse:
        from .mentor_configs import AsyncAiMentorOrgsClawMentorConfigsResourceWithRawResponse

        return AsyncAiMentorOrgsClawMentorConfigsResourceWithRawResponse(
            self._resource.mentor_configs
        )

    @cached_property
    def model_providers(self) -> AsyncAiMentorOrgsClawModelProvidersResourceWithRawResponse:
        from .model_providers import AsyncAiMentorOrgsClawModelProvidersResourceWithRawResponse

        return AsyncAiMentorOrgsClawModelProvidersResourceWithRawResponse(
            self._resource.model_providers
        )
