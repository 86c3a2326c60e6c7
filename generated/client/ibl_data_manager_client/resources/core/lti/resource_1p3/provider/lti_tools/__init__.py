"""`Client.core.lti.resource_1p3.provider.lti_tools`: 5 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
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
from .......models.lti_launch_gate import LtiLaunchGate
from .......models.lti_tool import LtiTool
from .......models.lti_tool_request import LtiToolRequest
from .......types import UNSET, Unset

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

    @overload
    def create(
        self,
        *,
        body: LtiToolRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiTool: ...

    @overload
    def create(
        self,
        *,
        title: str,
        issuer: str,
        client_id: str,
        auth_login_url: str,
        auth_token_url: str,
        tool_key: int,
        deployment_ids: list[str],
        platform_key: str,
        launch_gate: LtiLaunchGate,
        auth_audience: None | str | Unset = UNSET,
        key_set_url: None | str | Unset = UNSET,
        key_set: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiTool: ...

    def create(
        self,
        *,
        body: LtiToolRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        issuer: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        auth_login_url: str | Unset = UNSET,
        auth_token_url: str | Unset = UNSET,
        tool_key: int | Unset = UNSET,
        deployment_ids: list[str] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        launch_gate: LtiLaunchGate | Unset = UNSET,
        auth_audience: None | str | Unset = UNSET,
        key_set_url: None | str | Unset = UNSET,
        key_set: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Create a new LTI Tool

        Args:
            body (LtiToolRequest, request body)
            Or the body's fields as keywords instead of body=: title, issuer, client_id,
                auth_login_url, auth_token_url, tool_key, deployment_ids, platform_key,
                launch_gate, auth_audience, key_set_url, key_set

        Returns:
            LtiTool
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_tools.create",
            body,
            LtiToolRequest,
            [
                "title",
                "issuer",
                "client_id",
                "auth_login_url",
                "auth_token_url",
                "tool_key",
                "deployment_ids",
                "platform_key",
                "launch_gate",
            ],
            (
                ("title", "title", title),
                ("issuer", "issuer", issuer),
                ("client_id", "client_id", client_id),
                ("auth_login_url", "auth_login_url", auth_login_url),
                ("auth_token_url", "auth_token_url", auth_token_url),
                ("tool_key", "tool_key", tool_key),
                ("deployment_ids", "deployment_ids", deployment_ids),
                ("platform_key", "platform_key", platform_key),
                ("launch_gate", "launch_gate", launch_gate),
                ("auth_audience", "auth_audience", auth_audience),
                ("key_set_url", "key_set_url", key_set_url),
                ("key_set", "key_set", key_set),
            ),
        )
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

    @overload
    def update(
        self,
        *,
        id: str,
        body: LtiToolRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiTool: ...

    @overload
    def update(
        self,
        *,
        id: str,
        title: str,
        issuer: str,
        client_id: str,
        auth_login_url: str,
        auth_token_url: str,
        tool_key: int,
        deployment_ids: list[str],
        platform_key: str,
        launch_gate: LtiLaunchGate,
        auth_audience: None | str | Unset = UNSET,
        key_set_url: None | str | Unset = UNSET,
        key_set: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiTool: ...

    def update(
        self,
        *,
        id: str,
        body: LtiToolRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        issuer: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        auth_login_url: str | Unset = UNSET,
        auth_token_url: str | Unset = UNSET,
        tool_key: int | Unset = UNSET,
        deployment_ids: list[str] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        launch_gate: LtiLaunchGate | Unset = UNSET,
        auth_audience: None | str | Unset = UNSET,
        key_set_url: None | str | Unset = UNSET,
        key_set: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Update an LTI Tool

        Args:
            id (str, path)
            body (LtiToolRequest, request body)
            Or the body's fields as keywords instead of body=: title, issuer, client_id,
                auth_login_url, auth_token_url, tool_key, deployment_ids, platform_key,
                launch_gate, auth_audience, key_set_url, key_set

        Returns:
            LtiTool
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_tools.update",
            body,
            LtiToolRequest,
            [
                "title",
                "issuer",
                "client_id",
                "auth_login_url",
                "auth_token_url",
                "tool_key",
                "deployment_ids",
                "platform_key",
                "launch_gate",
            ],
            (
                ("title", "title", title),
                ("issuer", "issuer", issuer),
                ("client_id", "client_id", client_id),
                ("auth_login_url", "auth_login_url", auth_login_url),
                ("auth_token_url", "auth_token_url", auth_token_url),
                ("tool_key", "tool_key", tool_key),
                ("deployment_ids", "deployment_ids", deployment_ids),
                ("platform_key", "platform_key", platform_key),
                ("launch_gate", "launch_gate", launch_gate),
                ("auth_audience", "auth_audience", auth_audience),
                ("key_set_url", "key_set_url", key_set_url),
                ("key_set", "key_set", key_set),
            ),
        )
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

    @overload
    async def create(
        self,
        *,
        body: LtiToolRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiTool: ...

    @overload
    async def create(
        self,
        *,
        title: str,
        issuer: str,
        client_id: str,
        auth_login_url: str,
        auth_token_url: str,
        tool_key: int,
        deployment_ids: list[str],
        platform_key: str,
        launch_gate: LtiLaunchGate,
        auth_audience: None | str | Unset = UNSET,
        key_set_url: None | str | Unset = UNSET,
        key_set: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiTool: ...

    async def create(
        self,
        *,
        body: LtiToolRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        issuer: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        auth_login_url: str | Unset = UNSET,
        auth_token_url: str | Unset = UNSET,
        tool_key: int | Unset = UNSET,
        deployment_ids: list[str] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        launch_gate: LtiLaunchGate | Unset = UNSET,
        auth_audience: None | str | Unset = UNSET,
        key_set_url: None | str | Unset = UNSET,
        key_set: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Create a new LTI Tool

        Args:
            body (LtiToolRequest, request body)
            Or the body's fields as keywords instead of body=: title, issuer, client_id,
                auth_login_url, auth_token_url, tool_key, deployment_ids, platform_key,
                launch_gate, auth_audience, key_set_url, key_set

        Returns:
            LtiTool
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_tools.create",
            body,
            LtiToolRequest,
            [
                "title",
                "issuer",
                "client_id",
                "auth_login_url",
                "auth_token_url",
                "tool_key",
                "deployment_ids",
                "platform_key",
                "launch_gate",
            ],
            (
                ("title", "title", title),
                ("issuer", "issuer", issuer),
                ("client_id", "client_id", client_id),
                ("auth_login_url", "auth_login_url", auth_login_url),
                ("auth_token_url", "auth_token_url", auth_token_url),
                ("tool_key", "tool_key", tool_key),
                ("deployment_ids", "deployment_ids", deployment_ids),
                ("platform_key", "platform_key", platform_key),
                ("launch_gate", "launch_gate", launch_gate),
                ("auth_audience", "auth_audience", auth_audience),
                ("key_set_url", "key_set_url", key_set_url),
                ("key_set", "key_set", key_set),
            ),
        )
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

    @overload
    async def update(
        self,
        *,
        id: str,
        body: LtiToolRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiTool: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        title: str,
        issuer: str,
        client_id: str,
        auth_login_url: str,
        auth_token_url: str,
        tool_key: int,
        deployment_ids: list[str],
        platform_key: str,
        launch_gate: LtiLaunchGate,
        auth_audience: None | str | Unset = UNSET,
        key_set_url: None | str | Unset = UNSET,
        key_set: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiTool: ...

    async def update(
        self,
        *,
        id: str,
        body: LtiToolRequest | Unset = UNSET,
        title: str | Unset = UNSET,
        issuer: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        auth_login_url: str | Unset = UNSET,
        auth_token_url: str | Unset = UNSET,
        tool_key: int | Unset = UNSET,
        deployment_ids: list[str] | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        launch_gate: LtiLaunchGate | Unset = UNSET,
        auth_audience: None | str | Unset = UNSET,
        key_set_url: None | str | Unset = UNSET,
        key_set: Any | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiTool:
        """Update an LTI Tool

        Args:
            id (str, path)
            body (LtiToolRequest, request body)
            Or the body's fields as keywords instead of body=: title, issuer, client_id,
                auth_login_url, auth_token_url, tool_key, deployment_ids, platform_key,
                launch_gate, auth_audience, key_set_url, key_set

        Returns:
            LtiTool
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_tools.update",
            body,
            LtiToolRequest,
            [
                "title",
                "issuer",
                "client_id",
                "auth_login_url",
                "auth_token_url",
                "tool_key",
                "deployment_ids",
                "platform_key",
                "launch_gate",
            ],
            (
                ("title", "title", title),
                ("issuer", "issuer", issuer),
                ("client_id", "client_id", client_id),
                ("auth_login_url", "auth_login_url", auth_login_url),
                ("auth_token_url", "auth_token_url", auth_token_url),
                ("tool_key", "tool_key", tool_key),
                ("deployment_ids", "deployment_ids", deployment_ids),
                ("platform_key", "platform_key", platform_key),
                ("launch_gate", "launch_gate", launch_gate),
                ("auth_audience", "auth_audience", auth_audience),
                ("key_set_url", "key_set_url", key_set_url),
                ("key_set", "key_set", key_set),
            ),
        )
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
