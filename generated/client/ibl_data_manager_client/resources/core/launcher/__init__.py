"""`Client.core.launcher`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack, overload

from ...._operation import RequestOptions, body_from_fields
from ...._response import async_to_raw_response, to_raw_response
from ....api.core import core_launcher_create as _core_launcher_create
from ....api.core import core_launcher_retrieve as _core_launcher_retrieve
from ....models.launcher_view_post_request import LauncherViewPostRequest
from ....models.platform_list import PlatformList
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CoreLauncherResource",
    "CoreLauncherResourceWithRawResponse",
    "AsyncCoreLauncherResource",
    "AsyncCoreLauncherResourceWithRawResponse",
]


class CoreLauncherResource:
    """`Client.core.launcher`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreLauncherResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreLauncherResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList:
        """GET Launch status  Params: key user_id: Optional

        Args:
            key (str, query)
            user_id (int | Unset, query)

        Returns:
            PlatformList
        """
        return self._client._send(
            _core_launcher_retrieve.OPERATION,
            _core_launcher_retrieve.build_request(key=key, user_id=user_id),
            options,
        )

    @overload
    def create(
        self,
        *,
        body: LauncherViewPostRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformList: ...

    @overload
    def create(
        self,
        *,
        user_id: int,
        key: str,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        lms_url: str | Unset = UNSET,
        cms_url: str | Unset = UNSET,
        portal_url: str | Unset = UNSET,
        use_default_hosts: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList: ...

    def create(
        self,
        *,
        body: LauncherViewPostRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        lms_url: str | Unset = UNSET,
        cms_url: str | Unset = UNSET,
        portal_url: str | Unset = UNSET,
        use_default_hosts: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList:
        """POST: Launch a new edX platform  Params: user_id: The ID of the requesting user
        (required) key: The Deep LMS subdomain (required) name: The edX platform name
        (\"optional\") org: The edX organization (\"optional\") lms_url: LMS URL (\"optional\")
        cms_url: CMS URL (\"optional\") portal_url: Portal URL (\"optional\") use_default_hosts:
        Use Django settings for LMS/CMS hosts (\"optional\")

        Args:
            body (LauncherViewPostRequest, request body)
            Or the body's fields as keywords instead of body=: user_id, key, name, org, lms_url,
                cms_url, portal_url, use_default_hosts

        Returns:
            PlatformList
        """
        body = body_from_fields(
            "core.launcher.create",
            body,
            LauncherViewPostRequest,
            ["user_id", "key"],
            (
                ("user_id", "user_id", user_id),
                ("key", "key", key),
                ("name", "name", name),
                ("org", "org", org),
                ("lms_url", "lms_url", lms_url),
                ("cms_url", "cms_url", cms_url),
                ("portal_url", "portal_url", portal_url),
                ("use_default_hosts", "use_default_hosts", use_default_hosts),
            ),
        )
        return self._client._send(
            _core_launcher_create.OPERATION, _core_launcher_create.build_request(body=body), options
        )


class CoreLauncherResourceWithRawResponse:
    """`Client.core.launcher`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreLauncherResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)
        self.create = to_raw_response(resource.create)


class AsyncCoreLauncherResource:
    """`AsyncClient.core.launcher`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreLauncherResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreLauncherResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        key: str,
        user_id: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList:
        """GET Launch status  Params: key user_id: Optional

        Args:
            key (str, query)
            user_id (int | Unset, query)

        Returns:
            PlatformList
        """
        return await self._client._send(
            _core_launcher_retrieve.OPERATION,
            _core_launcher_retrieve.build_request(key=key, user_id=user_id),
            options,
        )

    @overload
    async def create(
        self,
        *,
        body: LauncherViewPostRequest,
        **options: Unpack[RequestOptions],
    ) -> PlatformList: ...

    @overload
    async def create(
        self,
        *,
        user_id: int,
        key: str,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        lms_url: str | Unset = UNSET,
        cms_url: str | Unset = UNSET,
        portal_url: str | Unset = UNSET,
        use_default_hosts: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList: ...

    async def create(
        self,
        *,
        body: LauncherViewPostRequest | Unset = UNSET,
        user_id: int | Unset = UNSET,
        key: str | Unset = UNSET,
        name: str | Unset = UNSET,
        org: str | Unset = UNSET,
        lms_url: str | Unset = UNSET,
        cms_url: str | Unset = UNSET,
        portal_url: str | Unset = UNSET,
        use_default_hosts: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlatformList:
        """POST: Launch a new edX platform  Params: user_id: The ID of the requesting user
        (required) key: The Deep LMS subdomain (required) name: The edX platform name
        (\"optional\") org: The edX organization (\"optional\") lms_url: LMS URL (\"optional\")
        cms_url: CMS URL (\"optional\") portal_url: Portal URL (\"optional\") use_default_hosts:
        Use Django settings for LMS/CMS hosts (\"optional\")

        Args:
            body (LauncherViewPostRequest, request body)
            Or the body's fields as keywords instead of body=: user_id, key, name, org, lms_url,
                cms_url, portal_url, use_default_hosts

        Returns:
            PlatformList
        """
        body = body_from_fields(
            "core.launcher.create",
            body,
            LauncherViewPostRequest,
            ["user_id", "key"],
            (
                ("user_id", "user_id", user_id),
                ("key", "key", key),
                ("name", "name", name),
                ("org", "org", org),
                ("lms_url", "lms_url", lms_url),
                ("cms_url", "cms_url", cms_url),
                ("portal_url", "portal_url", portal_url),
                ("use_default_hosts", "use_default_hosts", use_default_hosts),
            ),
        )
        return await self._client._send(
            _core_launcher_create.OPERATION, _core_launcher_create.build_request(body=body), options
        )


class AsyncCoreLauncherResourceWithRawResponse:
    """`AsyncClient.core.launcher`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreLauncherResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
        self.create = async_to_raw_response(resource.create)
