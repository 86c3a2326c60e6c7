"""`Client.core.lti.resource_1p3.provider.lti_tools`: 5 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ......._operation import RequestOptions
from ......._response import async_to_raw_response, to_raw_response
from .......api.core import (
    core_lti1p3_provider_lti_tools_create as _core_lti1p3_provider_lti_tools_create,
)
from .......api.core import (
    core_lti1p3_provider_lti_tools_destroy as _core_lti1p3_provider_lti_tools_destroy,
)
from .......api.core import (
    core_lti1p3_provider_lti_tools_list as _core_lti1p3_provider_lti_tools_list,
)
from .......api.core import (
    core_lti1p3_provider_lti_tools_retrieve as _core_lti1p3_provider_lti_tools_retrieve,
)
from .......api.core import (
    core_lti1p3_provider_lti_tools_update as _core_lti1p3_provider_lti_tools_update,
)
from .......models.lti_tool import LtiTool
from .......models.lti_tool_request import LtiToolRequest

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CoreLtiResource1p3ProviderLtiToolsResource",
    "CoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse",
    "AsyncCoreLtiResource1p3ProviderLtiToolsResource",
    "AsyncCoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse",
]


class CoreLtiResource1p3ProviderLtiToolsResource:
    """`Client.core.lti.resource_1p3.provider.lti_tools`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[LtiTool]:
        """List your LTI Tool's

        Args:
            platform_key (str, query)

        Returns:
            list[LtiTool]
        """
        return self._client._send(
            _core_lti1p3_provider_lti_tools_list.OPERATION,
            _core_lti1p3_provider_lti_tools_list.build_request(platform_key=platform_key),
            options,
        )

    def create(
        self,
        *,
        body: LtiToolRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Create a new LTI Tool

        Args:
            body (LtiToolRequest, request body)

        Returns:
            LtiTool
        """
        return self._client._send(
            _core_lti1p3_provider_lti_tools_create.OPERATION,
            _core_lti1p3_provider_lti_tools_create.build_request(body=body),
            options,
        )

    def destroy(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an LTI Tool

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            None
        """
        return self._client._send(
            _core_lti1p3_provider_lti_tools_destroy.OPERATION,
            _core_lti1p3_provider_lti_tools_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    def retrieve(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Get details about a specific LTI Tool

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            LtiTool
        """
        return self._client._send(
            _core_lti1p3_provider_lti_tools_retrieve.OPERATION,
            _core_lti1p3_provider_lti_tools_retrieve.build_request(
                id=id, platform_key=platform_key
            ),
            options,
        )

    def update(
        self,
        *,
        id: str,
        body: LtiToolRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Update an LTI Tool

        Args:
            id (str, path)
            body (LtiToolRequest, request body)

        Returns:
            LtiTool
        """
        return self._client._send(
            _core_lti1p3_provider_lti_tools_update.OPERATION,
            _core_lti1p3_provider_lti_tools_update.build_request(id=id, body=body),
            options,
        )


class CoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse:
    """`Client.core.lti.resource_1p3.provider.lti_tools`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreLtiResource1p3ProviderLtiToolsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncCoreLtiResource1p3ProviderLtiToolsResource:
    """`AsyncClient.core.lti.resource_1p3.provider.lti_tools`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[LtiTool]:
        """List your LTI Tool's

        Args:
            platform_key (str, query)

        Returns:
            list[LtiTool]
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_tools_list.OPERATION,
            _core_lti1p3_provider_lti_tools_list.build_request(platform_key=platform_key),
            options,
        )

    async def create(
        self,
        *,
        body: LtiToolRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Create a new LTI Tool

        Args:
            body (LtiToolRequest, request body)

        Returns:
            LtiTool
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_tools_create.OPERATION,
            _core_lti1p3_provider_lti_tools_create.build_request(body=body),
            options,
        )

    async def destroy(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an LTI Tool

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_tools_destroy.OPERATION,
            _core_lti1p3_provider_lti_tools_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    async def retrieve(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Get details about a specific LTI Tool

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            LtiTool
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_tools_retrieve.OPERATION,
            _core_lti1p3_provider_lti_tools_retrieve.build_request(
                id=id, platform_key=platform_key
            ),
            options,
        )

    async def update(
        self,
        *,
        id: str,
        body: LtiToolRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Update an LTI Tool

        Args:
            id (str, path)
            body (LtiToolRequest, request body)

        Returns:
            LtiTool
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_tools_update.OPERATION,
            _core_lti1p3_provider_lti_tools_update.build_request(id=id, body=body),
            options,
        )


class AsyncCoreLtiResource1p3ProviderLtiToolsResourceWithRawResponse:
    """`AsyncClient.core.lti.resource_1p3.provider.lti_tools`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreLtiResource1p3ProviderLtiToolsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
