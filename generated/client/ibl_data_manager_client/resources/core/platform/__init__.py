"""`Client.core.platform`: 2 operations and 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.core import core_platform_create as _core_platform_create
from ....api.core import core_platform_retrieve as _core_platform_retrieve
from ....models.platform_list import PlatformList
from ....models.platform_update_post_request import PlatformUpdatePostRequest
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .api_tokens import (
        AsyncCorePlatformApiTokensResource,
        AsyncCorePlatformApiTokensResourceWithRawResponse,
        CorePlatformApiTokensResource,
        CorePlatformApiTokensResourceWithRawResponse,
    )
    from .config import (
        AsyncCorePlatformConfigResource,
        AsyncCorePlatformConfigResourceWithRawResponse,
        CorePlatformConfigResource,
        CorePlatformConfigResourceWithRawResponse,
    )
    from .configurations import (
        AsyncCorePlatformConfigurationsResource,
        AsyncCorePlatformConfigurationsResourceWithRawResponse,
        CorePlatformConfigurationsResource,
        CorePlatformConfigurationsResourceWithRawResponse,
    )
    from .users import (
        AsyncCorePlatformUsersResource,
        AsyncCorePlatformUsersResourceWithRawResponse,
        CorePlatformUsersResource,
        CorePlatformUsersResourceWithRawResponse,
    )

__all__ = [
    "CorePlatformResource",
    "CorePlatformResourceWithRawResponse",
    "AsyncCorePlatformResource",
    "AsyncCorePlatformResourceWithRawResponse",
]


class CorePlatformResource:
    """`Client.core.platform`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformResourceWithRawResponse(self)

    @cached_property
    def api_tokens(self) -> CorePlatformApiTokensResource:
        from .api_tokens import CorePlatformApiTokensResource

        return CorePlatformApiTokensResource(self._client)

    @cached_property
    def config(self) -> CorePlatformConfigResource:
        from .config import CorePlatformConfigResource

        return CorePlatformConfigResource(self._client)

    @cached_property
    def configurations(self) -> CorePlatformConfigurationsResource:
        from .configurations import CorePlatformConfigurationsResource

        return CorePlatformConfigurationsResource(self._client)

    @cached_property
    def users(self) -> CorePlatformUsersResource:
        from .users import CorePlatformUsersResource

        return CorePlatformUsersResource(self._client)

    def retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList:
        """GET /api/core/platform/ Get main platform info.  POST /api/core/platform/ Save main
        platform settings.  Params: user_id (optional) key field_key (POST) value (POST)

        Args:
            key (str, query)
            user_id (int | Unset, query)

        Returns:
            PlatformList
        """
        return self._client._send(
            _core_platform_retrieve.OPERATION,
            _core_platform_retrieve.build_request(key=key, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: PlatformUpdatePostRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformList: ...

    @overload
    def create(
        self,
        *,
        user_id: int,
        key: str,
        new_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lms_url: str | Unset = UNSET,
        cms_url: str | Unset = UNSET,
        portal_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList: ...

    def create(
        self,
        *,
        body: PlatformUpdatePostRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        key: str | Unset = UNSET,
        new_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lms_url: str | Unset = UNSET,
        cms_url: str | Unset = UNSET,
        portal_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList:
        """Update platform object  Params: user_id  key new_key (If changing platform key) name
        Advanced Params (Don't expose these to users) lms_url cms_url portal_url

        Args:
            body (PlatformUpdatePostRequest, request body)
            Or the body's fields as keywords instead of body=: user_id, key, new_key, name,
                lms_url, cms_url, portal_url

        Returns:
            PlatformList
        """
        body = body_from_fields(
            "core.platform.create",
            body,
            PlatformUpdatePostRequest,
            ["user_id", "key"],
            (
                ("user_id", "user_id", user_id),
                ("key", "key", key),
                ("new_key", "new_key", new_key),
                ("name", "name", name),
                ("lms_url", "lms_url", lms_url),
                ("cms_url", "cms_url", cms_url),
                ("portal_url", "portal_url", portal_url),
            ),
        )
        return self._client._send(
            _core_platform_create.OPERATION, _core_platform_create.build_request(body=body), options
        )


class CorePlatformResourceWithRawResponse:
    """`Client.core.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)

    @cached_property
    def api_tokens(self) -> CorePlatformApiTokensResourceWithRawResponse:
        from .api_tokens import CorePlatformApiTokensResourceWithRawResponse

        return CorePlatformApiTokensResourceWithRawResponse(self._resource.api_tokens)

    @cached_property
    def config(self) -> CorePlatformConfigResourceWithRawResponse:
        from .config import CorePlatformConfigResourceWithRawResponse

        return CorePlatformConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def configurations(self) -> CorePlatformConfigurationsResourceWithRawResponse:
        from .configurations import CorePlatformConfigurationsResourceWithRawResponse

        return CorePlatformConfigurationsResourceWithRawResponse(self._resource.configurations)

    @cached_property
    def users(self) -> CorePlatformUsersResourceWithRawResponse:
        from .users import CorePlatformUsersResourceWithRawResponse

        return CorePlatformUsersResourceWithRawResponse(self._resource.users)


class AsyncCorePlatformResource:
    """`AsyncClient.core.platform`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformResourceWithRawResponse(self)

    @cached_property
    def api_tokens(self) -> AsyncCorePlatformApiTokensResource:
        from .api_tokens import AsyncCorePlatformApiTokensResource

        return AsyncCorePlatformApiTokensResource(self._client)

    @cached_property
    def config(self) -> AsyncCorePlatformConfigResource:
        from .config import AsyncCorePlatformConfigResource

        return AsyncCorePlatformConfigResource(self._client)

    @cached_property
    def configurations(self) -> AsyncCorePlatformConfigurationsResource:
        from .configurations import AsyncCorePlatformConfigurationsResource

        return AsyncCorePlatformConfigurationsResource(self._client)

    @cached_property
    def users(self) -> AsyncCorePlatformUsersResource:
        from .users import AsyncCorePlatformUsersResource

        return AsyncCorePlatformUsersResource(self._client)

    async def retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList:
        """GET /api/core/platform/ Get main platform info.  POST /api/core/platform/ Save main
        platform settings.  Params: user_id (optional) key field_key (POST) value (POST)

        Args:
            key (str, query)
            user_id (int | Unset, query)

        Returns:
            PlatformList
        """
        return await self._client._send(
            _core_platform_retrieve.OPERATION,
            _core_platform_retrieve.build_request(key=key, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: PlatformUpdatePostRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformList: ...

    @overload
    async def create(
        self,
        *,
        user_id: int,
        key: str,
        new_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lms_url: str | Unset = UNSET,
        cms_url: str | Unset = UNSET,
        portal_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList: ...

    async def create(
        self,
        *,
        body: PlatformUpdatePostRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        key: str | Unset = UNSET,
        new_key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lms_url: str | Unset = UNSET,
        cms_url: str | Unset = UNSET,
        portal_url: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList:
        """Update platform object  Params: user_id  key new_key (If changing platform key) name
        Advanced Params (Don't expose these to users) lms_url cms_url portal_url

        Args:
            body (PlatformUpdatePostRequest, request body)
            Or the body's fields as keywords instead of body=: user_id, key, new_key, name,
                lms_url, cms_url, portal_url

        Returns:
            PlatformList
        """
        body = body_from_fields(
            "core.platform.create",
            body,
            PlatformUpdatePostRequest,
            ["user_id", "key"],
            (
                ("user_id", "user_id", user_id),
                ("key", "key", key),
                ("new_key", "new_key", new_key),
                ("name", "name", name),
                ("lms_url", "lms_url", lms_url),
                ("cms_url", "cms_url", cms_url),
                ("portal_url", "portal_url", portal_url),
            ),
        )
        return await self._client._send(
            _core_platform_create.OPERATION, _core_platform_create.build_request(body=body), options
        )


class AsyncCorePlatformResourceWithRawResponse:
    """`AsyncClient.core.platform`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)

    @cached_property
    def api_tokens(self) -> AsyncCorePlatformApiTokensResourceWithRawResponse:
        from .api_tokens import AsyncCorePlatformApiTokensResourceWithRawResponse

        return AsyncCorePlatformApiTokensResourceWithRawResponse(self._resource.api_tokens)

    @cached_property
    def config(self) -> AsyncCorePlatformConfigResourceWithRawResponse:
        from .config import AsyncCorePlatformConfigResourceWithRawResponse

        return AsyncCorePlatformConfigResourceWithRawResponse(self._resource.config)

    @cached_property
    def configurations(self) -> AsyncCorePlatformConfigurationsResourceWithRawResponse:
        from .configurations import AsyncCorePlatformConfigurationsResourceWithRawResponse

        return AsyncCorePlatformConfigurationsResourceWithRawResponse(self._resource.configurations)

    @cached_property
    def users(self) -> AsyncCorePlatformUsersResourceWithRawResponse:
        from .users import AsyncCorePlatformUsersResourceWithRawResponse

        return AsyncCorePlatformUsersResourceWithRawResponse(self._resource.users)
