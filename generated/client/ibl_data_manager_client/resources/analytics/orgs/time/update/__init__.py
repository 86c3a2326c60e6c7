"""`Client.analytics.orgs.time.update`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack, overload

from ......_operation import RequestOptions, body_from_fields
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_analytics import (
    analytics_orgs_time_update_create as _analytics_orgs_time_update_create,
)
from ......models.time_spent_update_request import TimeSpentUpdateRequest
from ......models.time_spent_update_response import TimeSpentUpdateResponse
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AnalyticsOrgsTimeUpdateResource",
    "AnalyticsOrgsTimeUpdateResourceWithRawResponse",
    "AsyncAnalyticsOrgsTimeUpdateResource",
    "AsyncAnalyticsOrgsTimeUpdateResourceWithRawResponse",
]


class AnalyticsOrgsTimeUpdateResource:
    """`Client.analytics.orgs.time.update`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsOrgsTimeUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AnalyticsOrgsTimeUpdateResourceWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        org: str,
        body: TimeSpentUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentUpdateResponse: ...

    @overload
    def create(
        self,
        *,
        org: str,
        timestamp: datetime.datetime,
        count: int,
        url: str,
        course_id: str | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        block_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentUpdateResponse: ...

    def create(
        self,
        *,
        org: str,
        body: TimeSpentUpdateRequest | Unset = UNSET,
        timestamp: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        url: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        block_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentUpdateResponse:
        """Update time spent tracking data from client-side events.  This endpoint receives time
        spent data collected on the client side and stores it in the analytics database.
        Authentication is optional - the API supports both authenticated and anonymous requests.
        Methods:     POST: Submit time spent tracking data  Authentication:     Optional -
        supports both authenticated and anonymous requests.     - Authenticated requests: User
        ID is associated with the record     - Anonymous requests: Records are stored with null
        user_id  Returns:     A response indicating success or failure:     {
        \"success\": true|false,         \"message\": \"Error message if failed\" (optional)
        }  Error Responses:     400 Bad Request: If the request data is invalid or the API is
        disabled  Notes:     This API must be enabled via the ENABLE_TIME_SPENT_UPDATE_API
        setting.

        Args:
            org (str, path)
            body (TimeSpentUpdateRequest, request body)
            Or the body's fields as keywords instead of body=: timestamp, count, url, course_id,
                mentor_uuid, block_id, metadata, session_uuid

        Returns:
            TimeSpentUpdateResponse
        """
        body = body_from_fields(
            "analytics.orgs.time.update.create",
            body,
            TimeSpentUpdateRequest,
            ["timestamp", "count", "url"],
            (
                ("timestamp", "timestamp", timestamp),
                ("count", "count", count),
                ("url", "url", url),
                ("course_id", "course_id", course_id),
                ("mentor_uuid", "mentor_uuid", mentor_uuid),
                ("block_id", "block_id", block_id),
                ("metadata", "metadata", metadata),
                ("session_uuid", "session_uuid", session_uuid),
            ),
        )
        return self._client._send(
            _analytics_orgs_time_update_create.OPERATION,
            _analytics_orgs_time_update_create.build_request(org=org, body=body),
            options,
        )


class AnalyticsOrgsTimeUpdateResourceWithRawResponse:
    """`Client.analytics.orgs.time.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AnalyticsOrgsTimeUpdateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncAnalyticsOrgsTimeUpdateResource:
    """`AsyncClient.analytics.orgs.time.update`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsOrgsTimeUpdateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAnalyticsOrgsTimeUpdateResourceWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        org: str,
        body: TimeSpentUpdateRequest,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentUpdateResponse: ...

    @overload
    async def create(
        self,
        *,
        org: str,
        timestamp: datetime.datetime,
        count: int,
        url: str,
        course_id: str | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        block_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentUpdateResponse: ...

    async def create(
        self,
        *,
        org: str,
        body: TimeSpentUpdateRequest | Unset = UNSET,
        timestamp: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        url: str | Unset = UNSET,
        course_id: str | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        block_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TimeSpentUpdateResponse:
        """Update time spent tracking data from client-side events.  This endpoint receives time
        spent data collected on the client side and stores it in the analytics database.
        Authentication is optional - the API supports both authenticated and anonymous requests.
        Methods:     POST: Submit time spent tracking data  Authentication:     Optional -
        supports both authenticated and anonymous requests.     - Authenticated requests: User
        ID is associated with the record     - Anonymous requests: Records are stored with null
        user_id  Returns:     A response indicating success or failure:     {
        \"success\": true|false,         \"message\": \"Error message if failed\" (optional)
        }  Error Responses:     400 Bad Request: If the request data is invalid or the API is
        disabled  Notes:     This API must be enabled via the ENABLE_TIME_SPENT_UPDATE_API
        setting.

        Args:
            org (str, path)
            body (TimeSpentUpdateRequest, request body)
            Or the body's fields as keywords instead of body=: timestamp, count, url, course_id,
                mentor_uuid, block_id, metadata, session_uuid

        Returns:
            TimeSpentUpdateResponse
        """
        body = body_from_fields(
            "analytics.orgs.time.update.create",
            body,
            TimeSpentUpdateRequest,
            ["timestamp", "count", "url"],
            (
                ("timestamp", "timestamp", timestamp),
                ("count", "count", count),
                ("url", "url", url),
                ("course_id", "course_id", course_id),
                ("mentor_uuid", "mentor_uuid", mentor_uuid),
                ("block_id", "block_id", block_id),
                ("metadata", "metadata", metadata),
                ("session_uuid", "session_uuid", session_uuid),
            ),
        )
        return await self._client._send(
            _analytics_orgs_time_update_create.OPERATION,
            _analytics_orgs_time_update_create.build_request(org=org, body=body),
            options,
        )


class AsyncAnalyticsOrgsTimeUpdateResourceWithRawResponse:
    """`AsyncClient.analytics.orgs.time.update`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAnalyticsOrgsTimeUpdateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
