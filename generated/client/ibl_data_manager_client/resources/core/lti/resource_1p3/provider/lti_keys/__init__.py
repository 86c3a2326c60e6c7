"""`Client.core.lti.resource_1p3.provider.lti_keys`: 5 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ......._operation import RequestOptions, body_from_fields
from ......._response import async_to_raw_response, to_raw_response
from .......api.core import (
    core_lti1p3_provider_lti_keys_create as _core_lti1p3_provider_lti_keys_create,
)
from .......api.core import (
    core_lti1p3_provider_lti_keys_destroy as _core_lti1p3_provider_lti_keys_destroy,
)
from .......api.core import (
    core_lti1p3_provider_lti_keys_list as _core_lti1p3_provider_lti_keys_list,
)
from .......api.core import (
    core_lti1p3_provider_lti_keys_retrieve as _core_lti1p3_provider_lti_keys_retrieve,
)
from .......api.core import (
    core_lti1p3_provider_lti_keys_update as _core_lti1p3_provider_lti_keys_update,
)
from .......models.lti_key import LtiKey
from .......models.lti_key_request import LtiKeyRequest
from .......types import UNSET, Unset

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client

__all__ = [
    "CoreLtiResource1p3ProviderLtiKeysResource",
    "CoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse",
    "AsyncCoreLtiResource1p3ProviderLtiKeysResource",
    "AsyncCoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse",
]


class CoreLtiResource1p3ProviderLtiKeysResource:
    """`Client.core.lti.resource_1p3.provider.lti_keys`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse(self)

    def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[LtiKey]:
        """List your LTI Provider Key's

        Args:
            platform_key (str, query)

        Returns:
            list[LtiKey]
        """
        return self._client._send(
            _core_lti1p3_provider_lti_keys_list.OPERATION,
            _core_lti1p3_provider_lti_keys_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: LtiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiKey: ...

    @overload
    def create(
        self,
        *,
        name: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiKey: ...

    def create(
        self,
        *,
        body: LtiKeyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiKey:
        """Create a new LTI Provider Key

        Args:
            body (LtiKeyRequest, request body)
            Or the body's fields as keywords instead of body=: name, platform_key

        Returns:
            LtiKey
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_keys.create",
            body,
            LtiKeyRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return self._client._send(
            _core_lti1p3_provider_lti_keys_create.OPERATION,
            _core_lti1p3_provider_lti_keys_create.build_request(body=body),
            options,
        )

    def destroy(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an LTI Provider Key

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            None
        """
        return self._client._send(
            _core_lti1p3_provider_lti_keys_destroy.OPERATION,
            _core_lti1p3_provider_lti_keys_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    def retrieve(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiKey:
        """Get details about a specific LTI Provider Key

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            LtiKey
        """
        return self._client._send(
            _core_lti1p3_provider_lti_keys_retrieve.OPERATION,
            _core_lti1p3_provider_lti_keys_retrieve.build_request(id=id, platform_key=platform_key),
            options,
        )

    @overload
    def update(
        self,
        *,
        id: str,
        body: LtiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiKey: ...

    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiKey: ...

    def update(
        self,
        *,
        id: str,
        body: LtiKeyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiKey:
        """Update an LTI Provider Key

        Args:
            id (str, path)
            body (LtiKeyRequest, request body)
            Or the body's fields as keywords instead of body=: name, platform_key

        Returns:
            LtiKey
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_keys.update",
            body,
            LtiKeyRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return self._client._send(
            _core_lti1p3_provider_lti_keys_update.OPERATION,
            _core_lti1p3_provider_lti_keys_update.build_request(id=id, body=body),
            options,
        )


class CoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse:
    """`Client.core.lti.resource_1p3.provider.lti_keys`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreLtiResource1p3ProviderLtiKeysResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.destroy = to_raw_response(resource.destroy)
        self.retrieve = to_raw_response(resource.retrieve)
        self.update = to_raw_response(resource.update)


class AsyncCoreLtiResource1p3ProviderLtiKeysResource:
    """`AsyncClient.core.lti.resource_1p3.provider.lti_keys`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse(self)

    async def list(
        self,
        *,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> list[LtiKey]:
        """List your LTI Provider Key's

        Args:
            platform_key (str, query)

        Returns:
            list[LtiKey]
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_keys_list.OPERATION,
            _core_lti1p3_provider_lti_keys_list.build_request(platform_key=platform_key),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: LtiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiKey: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiKey: ...

    async def create(
        self,
        *,
        body: LtiKeyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiKey:
        """Create a new LTI Provider Key

        Args:
            body (LtiKeyRequest, request body)
            Or the body's fields as keywords instead of body=: name, platform_key

        Returns:
            LtiKey
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_keys.create",
            body,
            LtiKeyRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return await self._client._send(
            _core_lti1p3_provider_lti_keys_create.OPERATION,
            _core_lti1p3_provider_lti_keys_create.build_request(body=body),
            options,
        )

    async def destroy(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an LTI Provider Key

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            None
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_keys_destroy.OPERATION,
            _core_lti1p3_provider_lti_keys_destroy.build_request(id=id, platform_key=platform_key),
            options,
        )

    async def retrieve(
        self,
        *,
        id: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiKey:
        """Get details about a specific LTI Provider Key

        Args:
            id (str, path)
            platform_key (str, query)

        Returns:
            LtiKey
        """
        return await self._client._send(
            _core_lti1p3_provider_lti_keys_retrieve.OPERATION,
            _core_lti1p3_provider_lti_keys_retrieve.build_request(id=id, platform_key=platform_key),
            options,
        )

    @overload
    async def update(
        self,
        *,
        id: str,
        body: LtiKeyRequest,
        **options: Unpack[RequestOptions],
    ) -> LtiKey: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        platform_key: str,
        **options: Unpack[RequestOptions],
    ) -> LtiKey: ...

    async def update(
        self,
        *,
        id: str,
        body: LtiKeyRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LtiKey:
        """Update an LTI Provider Key

        Args:
            id (str, path)
            body (LtiKeyRequest, request body)
            Or the body's fields as keywords instead of body=: name, platform_key

        Returns:
            LtiKey
        """
        body = body_from_fields(
            "core.lti.resource_1p3.provider.lti_keys.update",
            body,
            LtiKeyRequest,
            ["name", "platform_key"],
            (
                ("name", "name", name),
                ("platform_key", "platform_key", platform_key),
            ),
        )
        return await self._client._send(
            _core_lti1p3_provider_lti_keys_update.OPERATION,
            _core_lti1p3_provider_lti_keys_update.build_request(id=id, body=body),
            options,
        )


class AsyncCoreLtiResource1p3ProviderLtiKeysResourceWithRawResponse:
    """`AsyncClient.core.lti.resource_1p3.provider.lti_keys`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreLtiResource1p3ProviderLtiKeysResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.destroy = async_to_raw_response(resource.destroy)
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.update = async_to_raw_response(resource.update)
