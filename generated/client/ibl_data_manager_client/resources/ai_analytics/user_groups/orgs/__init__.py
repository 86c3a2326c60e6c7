"""`Client.ai_analytics.user_groups.orgs`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.ai_analytics import (
    ai_analytics_user_groups_orgs_retrieve as _ai_analytics_user_groups_orgs_retrieve,
)
from .....models.ai_analytics_user_groups_orgs_retrieve_format import (
    AiAnalyticsUserGroupsOrgsRetrieveFormat,
)
from .....models.group_list import GroupList
from .....types import UNSET, Unset

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "AiAnalyticsUserGroupsOrgsResource",
    "AiAnalyticsUserGroupsOrgsResourceWithRawResponse",
    "AsyncAiAnalyticsUserGroupsOrgsResource",
    "AsyncAiAnalyticsUserGroupsOrgsResourceWithRawResponse",
]


class AiAnalyticsUserGroupsOrgsResource:
    """`Client.ai_analytics.user_groups.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiAnalyticsUserGroupsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiAnalyticsUserGroupsOrgsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupList:
        """Get a list of user groups with metrics and filtering options.  This endpoint provides a
        paginated list of user groups with aggregated metrics about learner performance, course
        completions, and skill acquisition.  This endpoint uses DM token authentication and
        respects department-based access controls.  Query Parameters:     page (int, optional):
        Page number for pagination     length (int, optional): Number of items per page
        program (str, optional): Filter by program     pathway (str, optional): Filter by
        pathway     groups (list, optional): Filter by group names     location (str, optional):
        Filter by location     is_enrolled (bool, optional): Filter for groups with enrolled
        users     start_date (date, optional): Filter by learner join date (start range)
        end_date (date, optional): Filter by learner join date (end range)  Returns:     A
        paginated list of user groups with comprehensive metrics.  Access Control:     -
        Platform admins can see all groups     - Department admins can only see groups in their
        departments

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (datetime.date | Unset, query)
            format_ (AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset, query)
            groups (list[str] | Unset, query)
            include_main_platform (bool | Unset, query)
            is_enrolled (bool | Unset, query)
            length (int | Unset, query)
            location (str | Unset, query)
            page (int | Unset, query)
            pathway (str | Unset, query)
            program (str | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            GroupList
        """
        return self._client._send(
            _ai_analytics_user_groups_orgs_retrieve.OPERATION,
            _ai_analytics_user_groups_orgs_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                groups=groups,
                include_main_platform=include_main_platform,
                is_enrolled=is_enrolled,
                length=length,
                location=location,
                page=page,
                pathway=pathway,
                program=program,
                start_date=start_date,
            ),
            options,
        )


class AiAnalyticsUserGroupsOrgsResourceWithRawResponse:
    """`Client.ai_analytics.user_groups.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiAnalyticsUserGroupsOrgsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiAnalyticsUserGroupsOrgsResource:
    """`AsyncClient.ai_analytics.user_groups.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiAnalyticsUserGroupsOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiAnalyticsUserGroupsOrgsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        org: str,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupList:
        """Get a list of user groups with metrics and filtering options.  This endpoint provides a
        paginated list of user groups with aggregated metrics about learner performance, course
        completions, and skill acquisition.  This endpoint uses DM token authentication and
        respects department-based access controls.  Query Parameters:     page (int, optional):
        Page number for pagination     length (int, optional): Number of items per page
        program (str, optional): Filter by program     pathway (str, optional): Filter by
        pathway     groups (list, optional): Filter by group names     location (str, optional):
        Filter by location     is_enrolled (bool, optional): Filter for groups with enrolled
        users     start_date (date, optional): Filter by learner join date (start range)
        end_date (date, optional): Filter by learner join date (end range)  Returns:     A
        paginated list of user groups with comprehensive metrics.  Access Control:     -
        Platform admins can see all groups     - Department admins can only see groups in their
        departments

        Args:
            org (str, path)
            department_id (int | Unset, query)
            end_date (datetime.date | Unset, query)
            format_ (AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset, query)
            groups (list[str] | Unset, query)
            include_main_platform (bool | Unset, query)
            is_enrolled (bool | Unset, query)
            length (int | Unset, query)
            location (str | Unset, query)
            page (int | Unset, query)
            pathway (str | Unset, query)
            program (str | Unset, query)
            start_date (datetime.date | Unset, query)

        Returns:
            GroupList
        """
        return await self._client._send(
            _ai_analytics_user_groups_orgs_retrieve.OPERATION,
            _ai_analytics_user_groups_orgs_retrieve.build_request(
                org=org,
                department_id=department_id,
                end_date=end_date,
                format_=format_,
                groups=groups,
                include_main_platform=include_main_platform,
                is_enrolled=is_enrolled,
                length=length,
                location=location,
                page=page,
                pathway=pathway,
                program=program,
                start_date=start_date,
            ),
            options,
        )


class AsyncAiAnalyticsUserGroupsOrgsResourceWithRawResponse:
    """`AsyncClient.ai_analytics.user_groups.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiAnalyticsUserGroupsOrgsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)
