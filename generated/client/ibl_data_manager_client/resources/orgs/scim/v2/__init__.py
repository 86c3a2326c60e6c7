"""`Client.orgs.scim.v2`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .groups import (
        AsyncOrgsScimV2GroupsResource,
        AsyncOrgsScimV2GroupsResourceWithRawResponse,
        OrgsScimV2GroupsResource,
        OrgsScimV2GroupsResourceWithRawResponse,
    )
    from .users import (
        AsyncOrgsScimV2UsersResource,
        AsyncOrgsScimV2UsersResourceWithRawResponse,
        OrgsScimV2UsersResource,
        OrgsScimV2UsersResourceWithRawResponse,
    )

__all__ = [
    "OrgsScimV2Resource",
    "OrgsScimV2ResourceWithRawResponse",
    "AsyncOrgsScimV2Resource",
    "AsyncOrgsScimV2ResourceWithRawResponse",
]


class OrgsScimV2Resource:
    """`Client.orgs.scim.v2`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrgsScimV2ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return OrgsScimV2ResourceWithRawResponse(self)

    @cached_property
    def groups(self) -> OrgsScimV2GroupsResource:
        from .groups import OrgsScimV2GroupsResource

        return OrgsScimV2GroupsResource(self._client)

    @cached_property
    def users(self) -> OrgsScimV2UsersResource:
        from .users import OrgsScimV2UsersResource

        return OrgsScimV2UsersResource(self._client)


class OrgsScimV2ResourceWithRawResponse:
    """`Client.orgs.scim.v2`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: OrgsScimV2Resource) -> None:
        self._resource = resource

    @cached_property
    def groups(self) -> OrgsScimV2GroupsResourceWithRawResponse:
        from .groups import OrgsScimV2GroupsResourceWithRawResponse

        return OrgsScimV2GroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def users(self) -> OrgsScimV2UsersResourceWithRawResponse:
        from .users import OrgsScimV2UsersResourceWithRawResponse

        return OrgsScimV2UsersResourceWithRawResponse(self._resource.users)


class AsyncOrgsScimV2Resource:
    """`AsyncClient.orgs.scim.v2`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrgsScimV2ResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncOrgsScimV2ResourceWithRawResponse(self)

    @cached_property
    def groups(self) -> AsyncOrgsScimV2GroupsResource:
        from .groups import AsyncOrgsScimV2GroupsResource

        return AsyncOrgsScimV2GroupsResource(self._client)

    @cached_property
    def users(self) -> AsyncOrgsScimV2UsersResource:
        from .users import AsyncOrgsScimV2UsersResource

        return AsyncOrgsScimV2UsersResource(self._client)


class AsyncOrgsScimV2ResourceWithRawResponse:
    """`AsyncClient.orgs.scim.v2`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncOrgsScimV2Resource) -> None:
        self._resource = resource

    @cached_property
    def groups(self) -> AsyncOrgsScimV2GroupsResourceWithRawResponse:
        from .groups import AsyncOrgsScimV2GroupsResourceWithRawResponse

        return AsyncOrgsScimV2GroupsResourceWithRawResponse(self._resource.groups)

    @cached_property
    def users(self) -> AsyncOrgsScimV2UsersResourceWithRawResponse:
        from .users import AsyncOrgsScimV2UsersResourceWithRawResponse

        return AsyncOrgsScimV2UsersResourceWithRawResponse(self._resource.users)
