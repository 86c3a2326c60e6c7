"""`Client.core.platform.users`: 1 operation and 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.core import core_platform_users_retrieve as _core_platform_users_retrieve
from .....models.user_platform_management_list_view_get_response import (
    UserPlatformManagementListViewGetResponse,
)
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .policies import (
        AsyncCorePlatformUsersPoliciesResource,
        AsyncCorePlatformUsersPoliciesResourceWithRawResponse,
        CorePlatformUsersPoliciesResource,
        CorePlatformUsersPoliciesResourceWithRawResponse,
    )

__all__ = [
    "CorePlatformUsersResource",
    "CorePlatformUsersResourceWithRawResponse",
    "AsyncCorePlatformUsersResource",
    "AsyncCorePlatformUsersResourceWithRawResponse",
]


class CorePlatformUsersResource:
    """`Client.core.platform.users`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CorePlatformUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CorePlatformUsersResourceWithRawResponse(self)

    @cached_property
    def policies(self) -> CorePlatformUsersPoliciesResource:
        from .policies import CorePlatformUsersPoliciesResource

        return CorePlatformUsersPoliciesResource(self._client)

    def retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_policies: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserPlatformManagementListViewGetResponse:
        """Retrieve users associated with platform and optionally their policies when
        return_policies is set

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            return_policies (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            UserPlatformManagementListViewGetResponse
        """
        return self._client._send(
            _core_platform_users_retrieve.OPERATION,
            _core_platform_users_retrieve.build_request(
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                return_policies=return_policies,
                sort=sort,
            ),
            options,
        )


class CorePlatformUsersResourceWithRawResponse:
    """`Client.core.platform.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CorePlatformUsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)

    @cached_property
    def policies(self) -> CorePlatformUsersPoliciesResourceWithRawResponse:
        from .policies import CorePlatformUsersPoliciesResourceWithRawResponse

        return CorePlatformUsersPoliciesResourceWithRawResponse(self._resource.policies)


class AsyncCorePlatformUsersResource:
    """`AsyncClient.core.platform.users`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCorePlatformUsersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCorePlatformUsersResourceWithRawResponse(self)

    @cached_property
    def policies(self) -> AsyncCorePlatformUsersPoliciesResource:
        from .policies import AsyncCorePlatformUsersPoliciesResource

        return AsyncCorePlatformUsersPoliciesResource(self._client)

    async def retrieve(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        platform_org: str | Unset = UNSET,
        query: str | Unset = UNSET,
        return_policies: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UserPlatformManagementListViewGetResponse:
        """Retrieve users associated with platform and optionally their policies when
        return_policies is set

        Args:
            page (int | Unset, query)
            page_size (int | Unset, query)
            platform_key (str | Unset, query)
            platform_org (str | Unset, query)
            query (str | Unset, query)
            return_policies (str | Unset, query)
            sort (str | Unset, query)

        Returns:
            UserPlatformManagementListViewGetResponse
        """
        return await self._client._send(
            _core_platform_users_retrieve.OPERATION,
            _core_platform_users_retrieve.build_request(
                page=page,
                page_size=page_size,
                platform_key=platform_key,
                platform_org=platform_org,
                query=query,
                return_policies=return_policies,
                sort=sort,
            ),
            options,
        )


class AsyncCorePlatformUsersResourceWithRawResponse:
    """`AsyncClient.core.platform.users`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCorePlatformUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

    @cached_property
    def policies(self) -> AsyncCorePlatformUsersPoliciesResourceWithRawResponse:
        from .policies import AsyncCorePlatformUsersPoliciesResourceWithRawResponse

        return AsyncCorePlatformUsersPoliciesResourceWithRawResponse(self._resource.policies)
