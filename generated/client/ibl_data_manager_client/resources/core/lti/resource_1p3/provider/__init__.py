"""`Client.core.lti.resource_1p3.provider`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client
    from .lti_keys import (
        AsyncCoreLtiResource1p3ProviderLtiKeysResource,
        AsyncCoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse,
        CoreLtiResource1p3ProviderLtiKeysResource,
        CoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse,
    )
    from .lti_mentors import (
        AsyncCoreLtiResource1p3ProviderLtiMentorsResource,
        AsyncCoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse,
        CoreLtiResource1p3ProviderLtiMentorsResource,
        CoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse,
    )
    from .lti_tools import (
        AsyncCoreLtiResource1p3ProviderLtiToolsResource,
        AsyncCoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse,
        CoreLtiResource1p3ProviderLtiToolsResource,
        CoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse,
    )

__all__ = [
    "CoreLtiResource1p3ProviderResource",
    "CoreLtiResource1p3ProviderResourceWithRawResponse",
    "AsyncCoreLtiResource1p3ProviderResource",
    "AsyncCoreLtiResource1p3ProviderResourceWithRawResponse",
]


class CoreLtiResource1p3ProviderResource:
    """`Client.core.lti.resource_1p3.provider`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreLtiResource1p3ProviderResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreLtiResource1p3ProviderResourceWithRawResponse(self)

    @cached_property
    def lti_keys(self) -> CoreLtiResource1p3ProviderLtiKeysResource:
        from .lti_keys import CoreLtiResource1p3ProviderLtiKeysResource

        return CoreLtiResource1p3ProviderLtiKeysResource(self._client)

    @cached_property
    def lti_mentors(self) -> CoreLtiResource1p3ProviderLtiMentorsResource:
        from .lti_mentors import CoreLtiResource1p3ProviderLtiMentorsResource

        return CoreLtiResource1p3ProviderLtiMentorsResource(self._client)

    @cached_property
    def lti_tools(self) -> CoreLtiResource1p3ProviderLtiToolsResource:
        from .lti_tools import CoreLtiResource1p3ProviderLtiToolsResource

        return CoreLtiResource1p3ProviderLtiToolsResource(self._client)


class CoreLtiResource1p3ProviderResourceWithRawResponse:
    """`Client.core.lti.resource_1p3.provider`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreLtiResource1p3ProviderResource) -> None:
        self._resource = resource

    @cached_property
    def lti_keys(self) -> CoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse:
        from .lti_keys import CoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse

        return CoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse(self._resource.lti_keys)

    @cached_property
    def lti_mentors(self) -> CoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse:
        from .lti_mentors import CoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse

        return CoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse(
            self._resource.lti_mentors
        )

    @cached_property
    def lti_tools(self) -> CoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse:
        from .lti_tools import CoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse

        return CoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse(self._resource.lti_tools)


class AsyncCoreLtiResource1p3ProviderResource:
    """`AsyncClient.core.lti.resource_1p3.provider`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreLtiResource1p3ProviderResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreLtiResource1p3ProviderResourceWithRawResponse(self)

    @cached_property
    def lti_keys(self) -> AsyncCoreLtiResource1p3ProviderLtiKeysResource:
        from .lti_keys import AsyncCoreLtiResource1p3ProviderLtiKeysResource

        return AsyncCoreLtiResource1p3ProviderLtiKeysResource(self._client)

    @cached_property
    def lti_mentors(self) -> AsyncCoreLtiResource1p3ProviderLtiMentorsResource:
        from .lti_mentors import AsyncCoreLtiResource1p3ProviderLtiMentorsResource

        return AsyncCoreLtiResource1p3ProviderLtiMentorsResource(self._client)

    @cached_property
    def lti_tools(self) -> AsyncCoreLtiResource1p3ProviderLtiToolsResource:
        from .lti_tools import AsyncCoreLtiResource1p3ProviderLtiToolsResource

        return AsyncCoreLtiResource1p3ProviderLtiToolsResource(self._client)


class AsyncCoreLtiResource1p3ProviderResourceWithRawResponse:
    """`AsyncClient.core.lti.resource_1p3.provider`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreLtiResource1p3ProviderResource) -> None:
        self._resource = resource

    @cached_property
    def lti_keys(self) -> AsyncCoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse:
        from .lti_keys import AsyncCoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse

        return AsyncCoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse(
            self._resource.lti_keys
        )

    @cached_property
    def lti_mentors(self) -> AsyncCoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse:
        from .lti_mentors import AsyncCoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse

        return AsyncCoreLtiResource1p3ProviderLtiMentorsResourceWithRawResponse(
            self._resource.lti_mentors
        )

    @cached_property
    def lti_tools(self) -> AsyncCoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse:
        from .lti_tools import AsyncCoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse

        return AsyncCoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse(
            self._resource.lti_tools
        )
