"""`Client.core`: 16 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .consolidated_token import (
        AsyncCoreConsolidatedTokenResource,
        AsyncCoreConsolidatedTokenResourceWithRawResponse,
        CoreConsolidatedTokenResource,
        CoreConsolidatedTokenResourceWithRawResponse,
    )
    from .departments import (
        AsyncCoreDepartmentsResource,
        AsyncCoreDepartmentsResourceWithRawResponse,
        CoreDepartmentsResource,
        CoreDepartmentsResourceWithRawResponse,
    )
    from .domains import (
        AsyncCoreDomainsResource,
        AsyncCoreDomainsResourceWithRawResponse,
        CoreDomainsResource,
        CoreDomainsResourceWithRawResponse,
    )
    from .heartbeat import (
        AsyncCoreHeartbeatResource,
        AsyncCoreHeartbeatResourceWithRawResponse,
        CoreHeartbeatResource,
        CoreHeartbeatResourceWithRawResponse,
    )
    from .launcher import (
        AsyncCoreLauncherResource,
        AsyncCoreLauncherResourceWithRawResponse,
        CoreLauncherResource,
        CoreLauncherResourceWithRawResponse,
    )
    from .lti import (
        AsyncCoreLtiResource,
        AsyncCoreLtiResourceWithRawResponse,
        CoreLtiResource,
        CoreLtiResourceWithRawResponse,
    )
    from .orgs import (
        AsyncCoreOrgsResource,
        AsyncCoreOrgsResourceWithRawResponse,
        CoreOrgsResource,
        CoreOrgsResourceWithRawResponse,
    )
    from .platform import (
        AsyncCorePlatformResource,
        AsyncCorePlatformResourceWithRawResponse,
        CorePlatformResource,
        CorePlatformResourceWithRawResponse,
    )
    from .platforms import (
        AsyncCorePlatformsResource,
        AsyncCorePlatformsResourceWithRawResponse,
        CorePlatformsResource,
        CorePlatformsResourceWithRawResponse,
    )
    from .rbac import (
        AsyncCoreRbacResource,
        AsyncCoreRbacResourceWithRawResponse,
        CoreRbacResource,
        CoreRbacResourceWithRawResponse,
    )
    from .session import (
        AsyncCoreSessionResource,
        AsyncCoreSessionResourceWithRawResponse,
        CoreSessionResource,
        CoreSessionResourceWithRawResponse,
    )
    from .signals import (
        AsyncCoreSignalsResource,
        AsyncCoreSignalsResourceWithRawResponse,
        CoreSignalsResource,
        CoreSignalsResourceWithRawResponse,
    )
    from .token import (
        AsyncCoreTokenResource,
        AsyncCoreTokenResourceWithRawResponse,
        CoreTokenResource,
        CoreTokenResourceWithRawResponse,
    )
    from .user_groups import (
        AsyncCoreUserGroupsResource,
        AsyncCoreUserGroupsResourceWithRawResponse,
        CoreUserGroupsResource,
        CoreUserGroupsResourceWithRawResponse,
    )
    from .user_groups_resource import (
        AsyncCoreUserGroupsResourceResource,
        AsyncCoreUserGroupsResourceResourceWithRawResponse,
        CoreUserGroupsResourceResource,
        CoreUserGroupsResourceResourceWithRawResponse,
    )
    from .users import (
        AsyncCoreUsersResource,
        AsyncCoreUsersResourceWithRawResponse,
        CoreUsersResource,
        CoreUsersResourceWithRawResponse,
    )

__all__ = [
    "CoreResource",
    "CoreResourceWithRawResponse",
    "AsyncCoreResource",
    "AsyncCoreResourceWithRawResponse",
]


class CoreResource:
    """`Client.core`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CoreResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CoreResourceWithRawResponse(self)

    @cached_property
    def consolidated_token(self) -> CoreConsolidatedTokenResource:
        from .consolidated_token import CoreConsolidatedTokenResource

        return CoreConsolidatedTokenResource(self._client)

    @cached_property
    def departments(self) -> CoreDepartmentsResource:
        from .departments import CoreDepartmentsResource

        return CoreDepartmentsResource(self._client)

    @cached_property
    def domains(self) -> CoreDomainsResource:
        from .domains import CoreDomainsResource

        return CoreDomainsResource(self._client)

    @cached_property
    def heartbeat(self) -> CoreHeartbeatResource:
        from .heartbeat import CoreHeartbeatResource

        return CoreHeartbeatResource(self._client)

    @cached_property
    def launcher(self) -> CoreLauncherResource:
        from .launcher import CoreLauncherResource

        return CoreLauncherResource(self._client)

    @cached_property
    def lti(self) -> CoreLtiResource:
        from .lti import CoreLtiResource

        return CoreLtiResource(self._client)

    @cached_property
    def orgs(self) -> CoreOrgsResource:
        from .orgs import CoreOrgsResource

        return CoreOrgsResource(self._client)

    @cached_property
    def platform(self) -> CorePlatformResource:
        from .platform import CorePlatformResource

        return CorePlatformResource(self._client)

    @cached_property
    def platforms(self) -> CorePlatformsResource:
        from .platforms import CorePlatformsResource

        return CorePlatformsResource(self._client)

    @cached_property
    def rbac(self) -> CoreRbacResource:
        from .rbac import CoreRbacResource

        return CoreRbacResource(self._client)

    @cached_property
    def session(self) -> CoreSessionResource:
        from .session import CoreSessionResource

        return CoreSessionResource(self._client)

    @cached_property
    def signals(self) -> CoreSignalsResource:
        from .signals import CoreSignalsResource

        return CoreSignalsResource(self._client)

    @cached_property
    def token(self) -> CoreTokenResource:
        from .token import CoreTokenResource

        return CoreTokenResource(self._client)

    @cached_property
    def user_groups(self) -> CoreUserGroupsResource:
        from .user_groups import CoreUserGroupsResource

        return CoreUserGroupsResource(self._client)

    @cached_property
    def user_groups_resource(self) -> CoreUserGroupsResourceResource:
        from .user_groups_resource import CoreUserGroupsResourceResource

        return CoreUserGroupsResourceResource(self._client)

    @cached_property
    def users(self) -> CoreUsersResource:
        from .users import CoreUsersResource

        return CoreUsersResource(self._client)


class CoreResourceWithRawResponse:
    """`Client.core`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CoreResource) -> None:
        self._resource = resource

    @cached_property
    def consolidated_token(self) -> CoreConsolidatedTokenResourceWithRawResponse:
        from .consolidated_token import CoreConsolidatedTokenResourceWithRawResponse

        return CoreConsolidatedTokenResourceWithRawResponse(self._resource.consolidated_token)

    @cached_property
    def departments(self) -> CoreDepartmentsResourceWithRawResponse:
        from .departments import CoreDepartmentsResourceWithRawResponse

        return CoreDepartmentsResourceWithRawResponse(self._resource.departments)

    @cached_property
    def domains(self) -> CoreDomainsResourceWithRawResponse:
        from .domains import CoreDomainsResourceWithRawResponse

        return CoreDomainsResourceWithRawResponse(self._resource.domains)

    @cached_property
    def heartbeat(self) -> CoreHeartbeatResourceWithRawResponse:
        from .heartbeat import CoreHeartbeatResourceWithRawResponse

        return CoreHeartbeatResourceWithRawResponse(self._resource.heartbeat)

    @cached_property
    def launcher(self) -> CoreLauncherResourceWithRawResponse:
        from .launcher import CoreLauncherResourceWithRawResponse

        return CoreLauncherResourceWithRawResponse(self._resource.launcher)

    @cached_property
    def lti(self) -> CoreLtiResourceWithRawResponse:
        from .lti import CoreLtiResourceWithRawResponse

        return CoreLtiResourceWithRawResponse(self._resource.lti)

    @cached_property
    def orgs(self) -> CoreOrgsResourceWithRawResponse:
        from .orgs import CoreOrgsResourceWithRawResponse

        return CoreOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def platform(self) -> CorePlatformResourceWithRawResponse:
        from .platform import CorePlatformResourceWithRawResponse

        return CorePlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def platforms(self) -> CorePlatformsResourceWithRawResponse:
        from .platforms import CorePlatformsResourceWithRawResponse

        return CorePlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def rbac(self) -> CoreRbacResourceWithRawResponse:
        from .rbac import CoreRbacResourceWithRawResponse

        return CoreRbacResourceWithRawResponse(self._resource.rbac)

    @cached_property
    def session(self) -> CoreSessionResourceWithRawResponse:
        from .session import CoreSessionResourceWithRawResponse

        return CoreSessionResourceWithRawResponse(self._resource.session)

    @cached_property
    def signals(self) -> CoreSignalsResourceWithRawResponse:
        from .signals import CoreSignalsResourceWithRawResponse

        return CoreSignalsResourceWithRawResponse(self._resource.signals)

    @cached_property
    def token(self) -> CoreTokenResourceWithRawResponse:
        from .token import CoreTokenResourceWithRawResponse

        return CoreTokenResourceWithRawResponse(self._resource.token)

    @cached_property
    def user_groups(self) -> CoreUserGroupsResourceWithRawResponse:
        from .user_groups import CoreUserGroupsResourceWithRawResponse

        return CoreUserGroupsResourceWithRawResponse(self._resource.user_groups)

    @cached_property
    def user_groups_resource(self) -> CoreUserGroupsResourceResourceWithRawResponse:
        from .user_groups_resource import CoreUserGroupsResourceResourceWithRawResponse

        return CoreUserGroupsResourceResourceWithRawResponse(self._resource.user_groups_resource)

    @cached_property
    def users(self) -> CoreUsersResourceWithRawResponse:
        from .users import CoreUsersResourceWithRawResponse

        return CoreUsersResourceWithRawResponse(self._resource.users)


class AsyncCoreResource:
    """`AsyncClient.core`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCoreResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCoreResourceWithRawResponse(self)

    @cached_property
    def consolidated_token(self) -> AsyncCoreConsolidatedTokenResource:
        from .consolidated_token import AsyncCoreConsolidatedTokenResource

        return AsyncCoreConsolidatedTokenResource(self._client)

    @cached_property
    def departments(self) -> AsyncCoreDepartmentsResource:
        from .departments import AsyncCoreDepartmentsResource

        return AsyncCoreDepartmentsResource(self._client)

    @cached_property
    def domains(self) -> AsyncCoreDomainsResource:
        from .domains import AsyncCoreDomainsResource

        return AsyncCoreDomainsResource(self._client)

    @cached_property
    def heartbeat(self) -> AsyncCoreHeartbeatResource:
        from .heartbeat import AsyncCoreHeartbeatResource

        return AsyncCoreHeartbeatResource(self._client)

    @cached_property
    def launcher(self) -> AsyncCoreLauncherResource:
        from .launcher import AsyncCoreLauncherResource

        return AsyncCoreLauncherResource(self._client)

    @cached_property
    def lti(self) -> AsyncCoreLtiResource:
        from .lti import AsyncCoreLtiResource

        return AsyncCoreLtiResource(self._client)

    @cached_property
    def orgs(self) -> AsyncCoreOrgsResource:
        from .orgs import AsyncCoreOrgsResource

        return AsyncCoreOrgsResource(self._client)

    @cached_property
    def platform(self) -> AsyncCorePlatformResource:
        from .platform import AsyncCorePlatformResource

        return AsyncCorePlatformResource(self._client)

    @cached_property
    def platforms(self) -> AsyncCorePlatformsResource:
        from .platforms import AsyncCorePlatformsResource

        return AsyncCorePlatformsResource(self._client)

    @cached_property
    def rbac(self) -> AsyncCoreRbacResource:
        from .rbac import AsyncCoreRbacResource

        return AsyncCoreRbacResource(self._client)

    @cached_property
    def session(self) -> AsyncCoreSessionResource:
        from .session import AsyncCoreSessionResource

        return AsyncCoreSessionResource(self._client)

    @cached_property
    def signals(self) -> AsyncCoreSignalsResource:
        from .signals import AsyncCoreSignalsResource

        return AsyncCoreSignalsResource(self._client)

    @cached_property
    def token(self) -> AsyncCoreTokenResource:
        from .token import AsyncCoreTokenResource

        return AsyncCoreTokenResource(self._client)

    @cached_property
    def user_groups(self) -> AsyncCoreUserGroupsResource:
        from .user_groups import AsyncCoreUserGroupsResource

        return AsyncCoreUserGroupsResource(self._client)

    @cached_property
    def user_groups_resource(self) -> AsyncCoreUserGroupsResourceResource:
        from .user_groups_resource import AsyncCoreUserGroupsResourceResource

        return AsyncCoreUserGroupsResourceResource(self._client)

    @cached_property
    def users(self) -> AsyncCoreUsersResource:
        from .users import AsyncCoreUsersResource

        return AsyncCoreUsersResource(self._client)


class AsyncCoreResourceWithRawResponse:
    """`AsyncClient.core`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCoreResource) -> None:
        self._resource = resource

    @cached_property
    def consolidated_token(self) -> AsyncCoreConsolidatedTokenResourceWithRawResponse:
        from .consolidated_token import AsyncCoreConsolidatedTokenResourceWithRawResponse

        return AsyncCoreConsolidatedTokenResourceWithRawResponse(self._resource.consolidated_token)

    @cached_property
    def departments(self) -> AsyncCoreDepartmentsResourceWithRawResponse:
        from .departments import AsyncCoreDepartmentsResourceWithRawResponse

        return AsyncCoreDepartmentsResourceWithRawResponse(self._resource.departments)

    @cached_property
    def domains(self) -> AsyncCoreDomainsResourceWithRawResponse:
        from .domains import AsyncCoreDomainsResourceWithRawResponse

        return AsyncCoreDomainsResourceWithRawResponse(self._resource.domains)

    @cached_property
    def heartbeat(self) -> AsyncCoreHeartbeatResourceWithRawResponse:
        from .heartbeat import AsyncCoreHeartbeatResourceWithRawResponse

        return AsyncCoreHeartbeatResourceWithRawResponse(self._resource.heartbeat)

    @cached_property
    def launcher(self) -> AsyncCoreLauncherResourceWithRawResponse:
        from .launcher import AsyncCoreLauncherResourceWithRawResponse

        return AsyncCoreLauncherResourceWithRawResponse(self._resource.launcher)

    @cached_property
    def lti(self) -> AsyncCoreLtiResourceWithRawResponse:
        from .lti import AsyncCoreLtiResourceWithRawResponse

        return AsyncCoreLtiResourceWithRawResponse(self._resource.lti)

    @cached_property
    def orgs(self) -> AsyncCoreOrgsResourceWithRawResponse:
        from .orgs import AsyncCoreOrgsResourceWithRawResponse

        return AsyncCoreOrgsResourceWithRawResponse(self._resource.orgs)

    @cached_property
    def platform(self) -> AsyncCorePlatformResourceWithRawResponse:
        from .platform import AsyncCorePlatformResourceWithRawResponse

        return AsyncCorePlatformResourceWithRawResponse(self._resource.platform)

    @cached_property
    def platforms(self) -> AsyncCorePlatformsResourceWithRawResponse:
        from .platforms import AsyncCorePlatformsResourceWithRawResponse

        return AsyncCorePlatformsResourceWithRawResponse(self._resource.platforms)

    @cached_property
    def rbac(self) -> AsyncCoreRbacResourceWithRawResponse:
        from .rbac import AsyncCoreRbacResourceWithRawResponse

        return AsyncCoreRbacResourceWithRawResponse(self._resource.rbac)

    @cached_property
    def session(self) -> AsyncCoreSessionResourceWithRawResponse:
        from .session import AsyncCoreSessionResourceWithRawResponse

        return AsyncCoreSessionResourceWithRawResponse(self._resource.session)

    @cached_property
    def signals(self) -> AsyncCoreSignalsResourceWithRawResponse:
        from .signals import AsyncCoreSignalsResourceWithRawResponse

        return AsyncCoreSignalsResourceWithRawResponse(self._resource.signals)

    @cached_property
    def token(self) -> AsyncCoreTokenResourceWithRawResponse:
        from .token import AsyncCoreTokenResourceWithRawResponse

        return AsyncCoreTokenResourceWithRawResponse(self._resource.token)

    @cached_property
    def user_groups(self) -> AsyncCoreUserGroupsResourceWithRawResponse:
        from .user_groups import AsyncCoreUserGroupsResourceWithRawResponse

        return AsyncCoreUserGroupsResourceWithRawResponse(self._resource.user_groups)

    @cached_property
    def user_groups_resource(self) -> AsyncCoreUserGroupsResourceResourceWithRawResponse:
        from .user_groups_resource import AsyncCoreUserGroupsResourceResourceWithRawResponse

        return AsyncCoreUserGroupsResourceResourceWithRawResponse(
            self._resource.user_groups_resource
        )

    @cached_property
    def users(self) -> AsyncCoreUsersResourceWithRawResponse:
        from .users import AsyncCoreUsersResourceWithRawResponse

        return AsyncCoreUsersResourceWithRawResponse(self._resource.users)
