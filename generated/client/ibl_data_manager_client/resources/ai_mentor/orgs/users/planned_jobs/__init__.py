"""`Client.ai_mentor.orgs.users.planned_jobs`: 2 operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Unpack
from uuid import UUID

from ......_operation import RequestOptions
from ......_response import async_to_raw_response, to_raw_response
from ......api.ai_mentor import (
    ai_mentor_orgs_users_planned_jobs_list as _ai_mentor_orgs_users_planned_jobs_list,
)
from ......api.ai_mentor import (
    ai_mentor_orgs_users_planned_jobs_retrieve as _ai_mentor_orgs_users_planned_jobs_retrieve,
)
from ......models.job_run import JobRun
from ......models.paginated_job_run_list import PaginatedJobRunList
from ......types import UNSET, Unset

if TYPE_CHECKING:
    from ......_client import AsyncClient, Client

__all__ = [
    "AiMentorOrgsUsersPlannedJobsResource",
    "AiMentorOrgsUsersPlannedJobsResourceWithRawResponse",
    "AsyncAiMentorOrgsUsersPlannedJobsResource",
    "AsyncAiMentorOrgsUsersPlannedJobsResourceWithRawResponse",
]


class AiMentorOrgsUsersPlannedJobsResource:
    """`Client.ai_mentor.orgs.users.planned_jobs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AiMentorOrgsUsersPlannedJobsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AiMentorOrgsUsersPlannedJobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        org: str,
        user_id: str,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedJobRunList:
        """Endpoints for viewing jobs and their status A job run refers to a task with steps that
        an agent is going to undertake. You can filter job runs by their status. Note that for a
        single user and a specified session, at most only one JobRun instance is active at any
        point in time.

        Args:
            org (str, path)
            user_id (str, path)
            active (bool | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            session (UUID | Unset, query)

        Returns:
            PaginatedJobRunList
        """
        return self._client._send(
            _ai_mentor_orgs_users_planned_jobs_list.OPERATION,
            _ai_mentor_orgs_users_planned_jobs_list.build_request(
                org=org,
                user_id=user_id,
                active=active,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                session=session,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Iterator[JobRun]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_planned_jobs_list.OPERATION,
            _ai_mentor_orgs_users_planned_jobs_list.build_request(
                org=org,
                user_id=user_id,
                active=active,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                session=session,
            ),
            _ai_mentor_orgs_users_planned_jobs_list.PAGE,
            options,
        )

    def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> JobRun:
        """Endpoints for viewing jobs and their status A job run refers to a task with steps that
        an agent is going to undertake. You can filter job runs by their status. Note that for a
        single user and a specified session, at most only one JobRun instance is active at any
        point in time.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            JobRun
        """
        return self._client._send(
            _ai_mentor_orgs_users_planned_jobs_retrieve.OPERATION,
            _ai_mentor_orgs_users_planned_jobs_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AiMentorOrgsUsersPlannedJobsResourceWithRawResponse:
    """`Client.ai_mentor.orgs.users.planned_jobs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AiMentorOrgsUsersPlannedJobsResource) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncAiMentorOrgsUsersPlannedJobsResource:
    """`AsyncClient.ai_mentor.orgs.users.planned_jobs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAiMentorOrgsUsersPlannedJobsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncAiMentorOrgsUsersPlannedJobsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        org: str,
        user_id: str,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PaginatedJobRunList:
        """Endpoints for viewing jobs and their status A job run refers to a task with steps that
        an agent is going to undertake. You can filter job runs by their status. Note that for a
        single user and a specified session, at most only one JobRun instance is active at any
        point in time.

        Args:
            org (str, path)
            user_id (str, path)
            active (bool | Unset, query)
            ordering (str | Unset, query)
            page (int | Unset, query)
            page_size (int | Unset, query)
            search (str | Unset, query)
            session (UUID | Unset, query)

        Returns:
            PaginatedJobRunList
        """
        return await self._client._send(
            _ai_mentor_orgs_users_planned_jobs_list.OPERATION,
            _ai_mentor_orgs_users_planned_jobs_list.build_request(
                org=org,
                user_id=user_id,
                active=active,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                session=session,
            ),
            options,
        )

    def iter_list(
        self,
        *,
        org: str,
        user_id: str,
        active: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        session: UUID | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[JobRun]:
        """Every item of every page of `list`, fetched page by page."""
        return self._client._paginate(
            _ai_mentor_orgs_users_planned_jobs_list.OPERATION,
            _ai_mentor_orgs_users_planned_jobs_list.build_request(
                org=org,
                user_id=user_id,
                active=active,
                ordering=ordering,
                page=page,
                page_size=page_size,
                search=search,
                session=session,
            ),
            _ai_mentor_orgs_users_planned_jobs_list.PAGE,
            options,
        )

    async def retrieve(
        self,
        *,
        org: str,
        user_id: str,
        id: int,
        **options: Unpack[RequestOptions],
    ) -> JobRun:
        """Endpoints for viewing jobs and their status A job run refers to a task with steps that
        an agent is going to undertake. You can filter job runs by their status. Note that for a
        single user and a specified session, at most only one JobRun instance is active at any
        point in time.

        Args:
            org (str, path)
            user_id (str, path)
            id (int, path)

        Returns:
            JobRun
        """
        return await self._client._send(
            _ai_mentor_orgs_users_planned_jobs_retrieve.OPERATION,
            _ai_mentor_orgs_users_planned_jobs_retrieve.build_request(
                org=org, user_id=user_id, id=id
            ),
            options,
        )


class AsyncAiMentorOrgsUsersPlannedJobsResourceWithRawResponse:
    """`AsyncClient.ai_mentor.orgs.users.planned_jobs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncAiMentorOrgsUsersPlannedJobsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.retrieve = async_to_raw_response(resource.retrieve)
