"""`Client.catalog.conditionals.course`: 2 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client
    from .eligibility import (
        AsyncCatalogConditionalsCourseEligibilityResource,
        AsyncCatalogConditionalsCourseEligibilityResourceWithRawResponse,
        CatalogConditionalsCourseEligibilityResource,
        CatalogConditionalsCourseEligibilityResourceWithRawResponse,
    )
    from .prerequisites import (
        AsyncCatalogConditionalsCoursePrerequisitesResource,
        AsyncCatalogConditionalsCoursePrerequisitesResourceWithRawResponse,
        CatalogConditionalsCoursePrerequisitesResource,
        CatalogConditionalsCoursePrerequisitesResourceWithRawResponse,
    )

__all__ = [
    "CatalogConditionalsCourseResource",
    "CatalogConditionalsCourseResourceWithRawResponse",
    "AsyncCatalogConditionalsCourseResource",
    "AsyncCatalogConditionalsCourseResourceWithRawResponse",
]


class CatalogConditionalsCourseResource:
    """`Client.catalog.conditionals.course`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogConditionalsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogConditionalsCourseResourceWithRawResponse(self)

    @cached_property
    def eligibility(self) -> CatalogConditionalsCourseEligibilityResource:
        from .eligibility import CatalogConditionalsCourseEligibilityResource

        return CatalogConditionalsCourseEligibilityResource(self._client)

    @cached_property
    def prerequisites(self) -> CatalogConditionalsCoursePrerequisitesResource:
        from .prerequisites import CatalogConditionalsCoursePrerequisitesResource

        return CatalogConditionalsCoursePrerequisitesResource(self._client)


class CatalogConditionalsCourseResourceWithRawResponse:
    """`Client.catalog.conditionals.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogConditionalsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def eligibility(self) -> CatalogConditionalsCourseEligibilityResourceWithRawResponse:
        from .eligibility import CatalogConditionalsCourseEligibilityResourceWithRawResponse

        return CatalogConditionalsCourseEligibilityResourceWithRawResponse(
            self._resource.eligibility
        )

    @cached_property
    def prerequisites(self) -> CatalogConditionalsCoursePrerequisitesResourceWithRawResponse:
        from .prerequisites import CatalogConditionalsCoursePrerequisitesResourceWithRawResponse

        return CatalogConditionalsCoursePrerequisitesResourceWithRawResponse(
            self._resource.prerequisites
        )


class AsyncCatalogConditionalsCourseResource:
    """`AsyncClient.catalog.conditionals.course`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogConditionalsCourseResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogConditionalsCourseResourceWithRawResponse(self)

    @cached_property
    def eligibility(self) -> AsyncCatalogConditionalsCourseEligibilityResource:
        from .eligibility import AsyncCatalogConditionalsCourseEligibilityResource

        return AsyncCatalogConditionalsCourseEligibilityResource(self._client)

    @cached_property
    def prerequisites(self) -> AsyncCatalogConditionalsCoursePrerequisitesResource:
        from .prerequisites import AsyncCatalogConditionalsCoursePrerequisitesResource

        return AsyncCatalogConditionalsCoursePrerequisitesResource(self._client)


class AsyncCatalogConditionalsCourseResourceWithRawResponse:
    """`AsyncClient.catalog.conditionals.course`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogConditionalsCourseResource) -> None:
        self._resource = resource

    @cached_property
    def eligibility(self) -> AsyncCatalogConditionalsCourseEligibilityResourceWithRawResponse:
        from .eligibility import AsyncCatalogConditionalsCourseEligibilityResourceWithRawResponse

        return AsyncCatalogConditionalsCourseEligibilityResourceWithRawResponse(
            self._resource.eligibility
        )

    @cached_property
    def prerequisites(self) -> AsyncCatalogConditionalsCoursePrerequisitesResourceWithRawResponse:
        from .prerequisites import (
            AsyncCatalogConditionalsCoursePrerequisitesResourceWithRawResponse,
        )

        return AsyncCatalogConditionalsCoursePrerequisitesResourceWithRawResponse(
            self._resource.prerequisites
        )
