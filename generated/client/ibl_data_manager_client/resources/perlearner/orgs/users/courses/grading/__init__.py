"""`Client.perlearner.orgs.users.courses.grading`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ......._client import AsyncClient, Client
    from .cutoffs import (
        AsyncPerlearnerOrgsUsersCoursesGradingCutoffsResource,
        AsyncPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesGradingCutoffsResource,
        PerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse,
    )
    from .detail import (
        AsyncPerlearnerOrgsUsersCoursesGradingDetailResource,
        AsyncPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesGradingDetailResource,
        PerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse,
    )
    from .summary import (
        AsyncPerlearnerOrgsUsersCoursesGradingSummaryResource,
        AsyncPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse,
        PerlearnerOrgsUsersCoursesGradingSummaryResource,
        PerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse,
    )

__all__ = [
    "PerlearnerOrgsUsersCoursesGradingResource",
    "PerlearnerOrgsUsersCoursesGradingResourceWithRawResponse",
    "AsyncPerlearnerOrgsUsersCoursesGradingResource",
    "AsyncPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse",
]


class PerlearnerOrgsUsersCoursesGradingResource:
    """`Client.perlearner.orgs.users.courses.grading`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return PerlearnerOrgsUsersCoursesGradingResourceWithRawResponse(self)

    @cached_property
    def cutoffs(self) -> PerlearnerOrgsUsersCoursesGradingCutoffsResource:
        from .cutoffs import PerlearnerOrgsUsersCoursesGradingCutoffsResource

        return PerlearnerOrgsUsersCoursesGradingCutoffsResource(self._client)

    @cached_property
    def detail(self) -> PerlearnerOrgsUsersCoursesGradingDetailResource:
        from .detail import PerlearnerOrgsUsersCoursesGradingDetailResource

        return PerlearnerOrgsUsersCoursesGradingDetailResource(self._client)

    @cached_property
    def summary(self) -> PerlearnerOrgsUsersCoursesGradingSummaryResource:
        from .summary import PerlearnerOrgsUsersCoursesGradingSummaryResource

        return PerlearnerOrgsUsersCoursesGradingSummaryResource(self._client)


class PerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
    """`Client.perlearner.orgs.users.courses.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: PerlearnerOrgsUsersCoursesGradingResource) -> None:
        self._resource = resource

    @cached_property
    def cutoffs(self) -> PerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse:
        from .cutoffs import PerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse(
            self._resource.cutoffs
        )

    @cached_property
    def detail(self) -> PerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse:
        from .detail import PerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse(self._resource.detail)

    @cached_property
    def summary(self) -> PerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse:
        from .summary import PerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse

        return PerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse(
            self._resource.summary
        )


class AsyncPerlearnerOrgsUsersCoursesGradingResource:
    """`AsyncClient.perlearner.orgs.users.courses.grading`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse(self)

    @cached_property
    def cutoffs(self) -> AsyncPerlearnerOrgsUsersCoursesGradingCutoffsResource:
        from .cutoffs import AsyncPerlearnerOrgsUsersCoursesGradingCutoffsResource

        return AsyncPerlearnerOrgsUsersCoursesGradingCutoffsResource(self._client)

    @cached_property
    def detail(self) -> AsyncPerlearnerOrgsUsersCoursesGradingDetailResource:
        from .detail import AsyncPerlearnerOrgsUsersCoursesGradingDetailResource

        return AsyncPerlearnerOrgsUsersCoursesGradingDetailResource(self._client)

    @cached_property
    def summary(self) -> AsyncPerlearnerOrgsUsersCoursesGradingSummaryResource:
        from .summary import AsyncPerlearnerOrgsUsersCoursesGradingSummaryResource

        return AsyncPerlearnerOrgsUsersCoursesGradingSummaryResource(self._client)


class AsyncPerlearnerOrgsUsersCoursesGradingResourceWithRawResponse:
    """`AsyncClient.perlearner.orgs.users.courses.grading`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncPerlearnerOrgsUsersCoursesGradingResource) -> None:
        self._resource = resource

    @cached_property
    def cutoffs(self) -> AsyncPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse:
        from .cutoffs import AsyncPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesGradingCutoffsResourceWithRawResponse(
            self._resource.cutoffs
        )

    @cached_property
    def detail(self) -> AsyncPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse:
        from .detail import AsyncPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesGradingDetailResourceWithRawResponse(
            self._resource.detail
        )

    @cached_property
    def summary(self) -> AsyncPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse:
        from .summary import AsyncPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse

        return AsyncPerlearnerOrgsUsersCoursesGradingSummaryResourceWithRawResponse(
            self._resource.summary
        )
