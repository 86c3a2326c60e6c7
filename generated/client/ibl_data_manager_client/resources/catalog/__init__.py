"""`Client.catalog`: 19 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .access_requests import (
        AsyncCatalogAccessRequestsResource,
        AsyncCatalogAccessRequestsResourceWithRawResponse,
        CatalogAccessRequestsResource,
        CatalogAccessRequestsResourceWithRawResponse,
    )
    from .conditionals import (
        AsyncCatalogConditionalsResource,
        AsyncCatalogConditionalsResourceWithRawResponse,
        CatalogConditionalsResource,
        CatalogConditionalsResourceWithRawResponse,
    )
    from .courses import (
        AsyncCatalogCoursesResource,
        AsyncCatalogCoursesResourceWithRawResponse,
        CatalogCoursesResource,
        CatalogCoursesResourceWithRawResponse,
    )
    from .eligibility import (
        AsyncCatalogEligibilityResource,
        AsyncCatalogEligibilityResourceWithRawResponse,
        CatalogEligibilityResource,
        CatalogEligibilityResourceWithRawResponse,
    )
    from .enrollment import (
        AsyncCatalogEnrollmentResource,
        AsyncCatalogEnrollmentResourceWithRawResponse,
        CatalogEnrollmentResource,
        CatalogEnrollmentResourceWithRawResponse,
    )
    from .increment import (
        AsyncCatalogIncrementResource,
        AsyncCatalogIncrementResourceWithRawResponse,
        CatalogIncrementResource,
        CatalogIncrementResourceWithRawResponse,
    )
    from .invitations import (
        AsyncCatalogInvitationsResource,
        AsyncCatalogInvitationsResourceWithRawResponse,
        CatalogInvitationsResource,
        CatalogInvitationsResourceWithRawResponse,
    )
    from .licenses import (
        AsyncCatalogLicensesResource,
        AsyncCatalogLicensesResourceWithRawResponse,
        CatalogLicensesResource,
        CatalogLicensesResourceWithRawResponse,
    )
    from .metadata import (
        AsyncCatalogMetadataResource,
        AsyncCatalogMetadataResourceWithRawResponse,
        CatalogMetadataResource,
        CatalogMetadataResourceWithRawResponse,
    )
    from .milestones import (
        AsyncCatalogMilestonesResource,
        AsyncCatalogMilestonesResourceWithRawResponse,
        CatalogMilestonesResource,
        CatalogMilestonesResourceWithRawResponse,
    )
    from .pathways import (
        AsyncCatalogPathwaysResource,
        AsyncCatalogPathwaysResourceWithRawResponse,
        CatalogPathwaysResource,
        CatalogPathwaysResourceWithRawResponse,
    )
    from .programs import (
        AsyncCatalogProgramsResource,
        AsyncCatalogProgramsResourceWithRawResponse,
        CatalogProgramsResource,
        CatalogProgramsResourceWithRawResponse,
    )
    from .recommendation import (
        AsyncCatalogRecommendationResource,
        AsyncCatalogRecommendationResourceWithRawResponse,
        CatalogRecommendationResource,
        CatalogRecommendationResourceWithRawResponse,
    )
    from .resources import (
        AsyncCatalogResourcesResource,
        AsyncCatalogResourcesResourceWithRawResponse,
        CatalogResourcesResource,
        CatalogResourcesResourceWithRawResponse,
    )
    from .reviews import (
        AsyncCatalogReviewsResource,
        AsyncCatalogReviewsResourceWithRawResponse,
        CatalogReviewsResource,
        CatalogReviewsResourceWithRawResponse,
    )
    from .roles import (
        AsyncCatalogRolesResource,
        AsyncCatalogRolesResourceWithRawResponse,
        CatalogRolesResource,
        CatalogRolesResourceWithRawResponse,
    )
    from .search import (
        AsyncCatalogSearchResource,
        AsyncCatalogSearchResourceWithRawResponse,
        CatalogSearchResource,
        CatalogSearchResourceWithRawResponse,
    )
    from .skills import (
        AsyncCatalogSkillsResource,
        AsyncCatalogSkillsResourceWithRawResponse,
        CatalogSkillsResource,
        CatalogSkillsResourceWithRawResponse,
    )
    from .suggestions import (
        AsyncCatalogSuggestionsResource,
        AsyncCatalogSuggestionsResourceWithRawResponse,
        CatalogSuggestionsResource,
        CatalogSuggestionsResourceWithRawResponse,
    )

__all__ = [
    "CatalogResource",
    "CatalogResourceWithRawResponse",
    "AsyncCatalogResource",
    "AsyncCatalogResourceWithRawResponse",
]


class CatalogResource:
    """`Client.catalog`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CatalogResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CatalogResourceWithRawResponse(self)

    @cached_property
    def access_requests(self) -> CatalogAccessRequestsResource:
        from .access_requests import CatalogAccessRequestsResource

        return CatalogAccessRequestsResource(self._client)

    @cached_property
    def conditionals(self) -> CatalogConditionalsResource:
        from .conditionals import CatalogConditionalsResource

        return CatalogConditionalsResource(self._client)

    @cached_property
    def courses(self) -> CatalogCoursesResource:
        from .courses import CatalogCoursesResource

        return CatalogCoursesResource(self._client)

    @cached_property
    def eligibility(self) -> CatalogEligibilityResource:
        from .eligibility import CatalogEligibilityResource

        return CatalogEligibilityResource(self._client)

    @cached_property
    def enrollment(self) -> CatalogEnrollmentResource:
        from .enrollment import CatalogEnrollmentResource

        return CatalogEnrollmentResource(self._client)

    @cached_property
    def increment(self) -> CatalogIncrementResource:
        from .increment import CatalogIncrementResource

        return CatalogIncrementResource(self._client)

    @cached_property
    def invitations(self) -> CatalogInvitationsResource:
        from .invitations import CatalogInvitationsResource

        return CatalogInvitationsResource(self._client)

    @cached_property
    def licenses(self) -> CatalogLicensesResource:
        from .licenses import CatalogLicensesResource

        return CatalogLicensesResource(self._client)

    @cached_property
    def metadata(self) -> CatalogMetadataResource:
        from .metadata import CatalogMetadataResource

        return CatalogMetadataResource(self._client)

    @cached_property
    def milestones(self) -> CatalogMilestonesResource:
        from .milestones import CatalogMilestonesResource

        return CatalogMilestonesResource(self._client)

    @cached_property
    def pathways(self) -> CatalogPathwaysResource:
        from .pathways import CatalogPathwaysResource

        return CatalogPathwaysResource(self._client)

    @cached_property
    def programs(self) -> CatalogProgramsResource:
        from .programs import CatalogProgramsResource

        return CatalogProgramsResource(self._client)

    @cached_property
    def recommendation(self) -> CatalogRecommendationResource:
        from .recommendation import CatalogRecommendationResource

        return CatalogRecommendationResource(self._client)

    @cached_property
    def resources(self) -> CatalogResourcesResource:
        from .resources import CatalogResourcesResource

        return CatalogResourcesResource(self._client)

    @cached_property
    def reviews(self) -> CatalogReviewsResource:
        from .reviews import CatalogReviewsResource

        return CatalogReviewsResource(self._client)

    @cached_property
    def roles(self) -> CatalogRolesResource:
        from .roles import CatalogRolesResource

        return CatalogRolesResource(self._client)

    @cached_property
    def search(self) -> CatalogSearchResource:
        from .search import CatalogSearchResource

        return CatalogSearchResource(self._client)

    @cached_property
    def skills(self) -> CatalogSkillsResource:
        from .skills import CatalogSkillsResource

        return CatalogSkillsResource(self._client)

    @cached_property
    def suggestions(self) -> CatalogSuggestionsResource:
        from .suggestions import CatalogSuggestionsResource

        return CatalogSuggestionsResource(self._client)


class CatalogResourceWithRawResponse:
    """`Client.catalog`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CatalogResource) -> None:
        self._resource = resource

    @cached_property
    def access_requests(self) -> CatalogAccessRequestsResourceWithRawResponse:
        from .access_requests import CatalogAccessRequestsResourceWithRawResponse

        return CatalogAccessRequestsResourceWithRawResponse(self._resource.access_requests)

    @cached_property
    def conditionals(self) -> CatalogConditionalsResourceWithRawResponse:
        from .conditionals import CatalogConditionalsResourceWithRawResponse

        return CatalogConditionalsResourceWithRawResponse(self._resource.conditionals)

    @cached_property
    def courses(self) -> CatalogCoursesResourceWithRawResponse:
        from .courses import CatalogCoursesResourceWithRawResponse

        return CatalogCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def eligibility(self) -> CatalogEligibilityResourceWithRawResponse:
        from .eligibility import CatalogEligibilityResourceWithRawResponse

        return CatalogEligibilityResourceWithRawResponse(self._resource.eligibility)

    @cached_property
    def enrollment(self) -> CatalogEnrollmentResourceWithRawResponse:
        from .enrollment import CatalogEnrollmentResourceWithRawResponse

        return CatalogEnrollmentResourceWithRawResponse(self._resource.enrollment)

    @cached_property
    def increment(self) -> CatalogIncrementResourceWithRawResponse:
        from .increment import CatalogIncrementResourceWithRawResponse

        return CatalogIncrementResourceWithRawResponse(self._resource.increment)

    @cached_property
    def invitations(self) -> CatalogInvitationsResourceWithRawResponse:
        from .invitations import CatalogInvitationsResourceWithRawResponse

        return CatalogInvitationsResourceWithRawResponse(self._resource.invitations)

    @cached_property
    def licenses(self) -> CatalogLicensesResourceWithRawResponse:
        from .licenses import CatalogLicensesResourceWithRawResponse

        return CatalogLicensesResourceWithRawResponse(self._resource.licenses)

    @cached_property
    def metadata(self) -> CatalogMetadataResourceWithRawResponse:
        from .metadata import CatalogMetadataResourceWithRawResponse

        return CatalogMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def milestones(self) -> CatalogMilestonesResourceWithRawResponse:
        from .milestones import CatalogMilestonesResourceWithRawResponse

        return CatalogMilestonesResourceWithRawResponse(self._resource.milestones)

    @cached_property
    def pathways(self) -> CatalogPathwaysResourceWithRawResponse:
        from .pathways import CatalogPathwaysResourceWithRawResponse

        return CatalogPathwaysResourceWithRawResponse(self._resource.pathways)

    @cached_property
    def programs(self) -> CatalogProgramsResourceWithRawResponse:
        from .programs import CatalogProgramsResourceWithRawResponse

        return CatalogProgramsResourceWithRawResponse(self._resource.programs)

    @cached_property
    def recommendation(self) -> CatalogRecommendationResourceWithRawResponse:
        from .recommendation import CatalogRecommendationResourceWithRawResponse

        return CatalogRecommendationResourceWithRawResponse(self._resource.recommendation)

    @cached_property
    def resources(self) -> CatalogResourcesResourceWithRawResponse:
        from .resources import CatalogResourcesResourceWithRawResponse

        return CatalogResourcesResourceWithRawResponse(self._resource.resources)

    @cached_property
    def reviews(self) -> CatalogReviewsResourceWithRawResponse:
        from .reviews import CatalogReviewsResourceWithRawResponse

        return CatalogReviewsResourceWithRawResponse(self._resource.reviews)

    @cached_property
    def roles(self) -> CatalogRolesResourceWithRawResponse:
        from .roles import CatalogRolesResourceWithRawResponse

        return CatalogRolesResourceWithRawResponse(self._resource.roles)

    @cached_property
    def search(self) -> CatalogSearchResourceWithRawResponse:
        from .search import CatalogSearchResourceWithRawResponse

        return CatalogSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def skills(self) -> CatalogSkillsResourceWithRawResponse:
        from .skills import CatalogSkillsResourceWithRawResponse

        return CatalogSkillsResourceWithRawResponse(self._resource.skills)

    @cached_property
    def suggestions(self) -> CatalogSuggestionsResourceWithRawResponse:
        from .suggestions import CatalogSuggestionsResourceWithRawResponse

        return CatalogSuggestionsResourceWithRawResponse(self._resource.suggestions)


class AsyncCatalogResource:
    """`AsyncClient.catalog`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCatalogResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCatalogResourceWithRawResponse(self)

    @cached_property
    def access_requests(self) -> AsyncCatalogAccessRequestsResource:
        from .access_requests import AsyncCatalogAccessRequestsResource

        return AsyncCatalogAccessRequestsResource(self._client)

    @cached_property
    def conditionals(self) -> AsyncCatalogConditionalsResource:
        from .conditionals import AsyncCatalogConditionalsResource

        return AsyncCatalogConditionalsResource(self._client)

    @cached_property
    def courses(self) -> AsyncCatalogCoursesResource:
        from .courses import AsyncCatalogCoursesResource

        return AsyncCatalogCoursesResource(self._client)

    @cached_property
    def eligibility(self) -> AsyncCatalogEligibilityResource:
        from .eligibility import AsyncCatalogEligibilityResource

        return AsyncCatalogEligibilityResource(self._client)

    @cached_property
    def enrollment(self) -> AsyncCatalogEnrollmentResource:
        from .enrollment import AsyncCatalogEnrollmentResource

        return AsyncCatalogEnrollmentResource(self._client)

    @cached_property
    def increment(self) -> AsyncCatalogIncrementResource:
        from .increment import AsyncCatalogIncrementResource

        return AsyncCatalogIncrementResource(self._client)

    @cached_property
    def invitations(self) -> AsyncCatalogInvitationsResource:
        from .invitations import AsyncCatalogInvitationsResource

        return AsyncCatalogInvitationsResource(self._client)

    @cached_property
    def licenses(self) -> AsyncCatalogLicensesResource:
        from .licenses import AsyncCatalogLicensesResource

        return AsyncCatalogLicensesResource(self._client)

    @cached_property
    def metadata(self) -> AsyncCatalogMetadataResource:
        from .metadata import AsyncCatalogMetadataResource

        return AsyncCatalogMetadataResource(self._client)

    @cached_property
    def milestones(self) -> AsyncCatalogMilestonesResource:
        from .milestones import AsyncCatalogMilestonesResource

        return AsyncCatalogMilestonesResource(self._client)

    @cached_property
    def pathways(self) -> AsyncCatalogPathwaysResource:
        from .pathways import AsyncCatalogPathwaysResource

        return AsyncCatalogPathwaysResource(self._client)

    @cached_property
    def programs(self) -> AsyncCatalogProgramsResource:
        from .programs import AsyncCatalogProgramsResource

        return AsyncCatalogProgramsResource(self._client)

    @cached_property
    def recommendation(self) -> AsyncCatalogRecommendationResource:
        from .recommendation import AsyncCatalogRecommendationResource

        return AsyncCatalogRecommendationResource(self._client)

    @cached_property
    def resources(self) -> AsyncCatalogResourcesResource:
        from .resources import AsyncCatalogResourcesResource

        return AsyncCatalogResourcesResource(self._client)

    @cached_property
    def reviews(self) -> AsyncCatalogReviewsResource:
        from .reviews import AsyncCatalogReviewsResource

        return AsyncCatalogReviewsResource(self._client)

    @cached_property
    def roles(self) -> AsyncCatalogRolesResource:
        from .roles import AsyncCatalogRolesResource

        return AsyncCatalogRolesResource(self._client)

    @cached_property
    def search(self) -> AsyncCatalogSearchResource:
        from .search import AsyncCatalogSearchResource

        return AsyncCatalogSearchResource(self._client)

    @cached_property
    def skills(self) -> AsyncCatalogSkillsResource:
        from .skills import AsyncCatalogSkillsResource

        return AsyncCatalogSkillsResource(self._client)

    @cached_property
    def suggestions(self) -> AsyncCatalogSuggestionsResource:
        from .suggestions import AsyncCatalogSuggestionsResource

        return AsyncCatalogSuggestionsResource(self._client)


class AsyncCatalogResourceWithRawResponse:
    """`AsyncClient.catalog`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCatalogResource) -> None:
        self._resource = resource

    @cached_property
    def access_requests(self) -> AsyncCatalogAccessRequestsResourceWithRawResponse:
        from .access_requests import AsyncCatalogAccessRequestsResourceWithRawResponse

        return AsyncCatalogAccessRequestsResourceWithRawResponse(self._resource.access_requests)

    @cached_property
    def conditionals(self) -> AsyncCatalogConditionalsResourceWithRawResponse:
        from .conditionals import AsyncCatalogConditionalsResourceWithRawResponse

        return AsyncCatalogConditionalsResourceWithRawResponse(self._resource.conditionals)

    @cached_property
    def courses(self) -> AsyncCatalogCoursesResourceWithRawResponse:
        from .courses import AsyncCatalogCoursesResourceWithRawResponse

        return AsyncCatalogCoursesResourceWithRawResponse(self._resource.courses)

    @cached_property
    def eligibility(self) -> AsyncCatalogEligibilityResourceWithRawResponse:
        from .eligibility import AsyncCatalogEligibilityResourceWithRawResponse

        return AsyncCatalogEligibilityResourceWithRawResponse(self._resource.eligibility)

    @cached_property
    def enrollment(self) -> AsyncCatalogEnrollmentResourceWithRawResponse:
        from .enrollment import AsyncCatalogEnrollmentResourceWithRawResponse

        return AsyncCatalogEnrollmentResourceWithRawResponse(self._resource.enrollment)

    @cached_property
    def increment(self) -> AsyncCatalogIncrementResourceWithRawResponse:
        from .increment import AsyncCatalogIncrementResourceWithRawResponse

        return AsyncCatalogIncrementResourceWithRawResponse(self._resource.increment)

    @cached_property
    def invitations(self) -> AsyncCatalogInvitationsResourceWithRawResponse:
        from .invitations import AsyncCatalogInvitationsResourceWithRawResponse

        return AsyncCatalogInvitationsResourceWithRawResponse(self._resource.invitations)

    @cached_property
    def licenses(self) -> AsyncCatalogLicensesResourceWithRawResponse:
        from .licenses import AsyncCatalogLicensesResourceWithRawResponse

        return AsyncCatalogLicensesResourceWithRawResponse(self._resource.licenses)

    @cached_property
    def metadata(self) -> AsyncCatalogMetadataResourceWithRawResponse:
        from .metadata import AsyncCatalogMetadataResourceWithRawResponse

        return AsyncCatalogMetadataResourceWithRawResponse(self._resource.metadata)

    @cached_property
    def milestones(self) -> AsyncCatalogMilestonesResourceWithRawResponse:
        from .milestones import AsyncCatalogMilestonesResourceWithRawResponse

        return AsyncCatalogMilestonesResourceWithRawResponse(self._resource.milestones)

    @cached_property
    def pathways(self) -> AsyncCatalogPathwaysResourceWithRawResponse:
        from .pathways import AsyncCatalogPathwaysResourceWithRawResponse

        return AsyncCatalogPathwaysResourceWithRawResponse(self._resource.pathways)

    @cached_property
    def programs(self) -> AsyncCatalogProgramsResourceWithRawResponse:
        from .programs import AsyncCatalogProgramsResourceWithRawResponse

        return AsyncCatalogProgramsResourceWithRawResponse(self._resource.programs)

    @cached_property
    def recommendation(self) -> AsyncCatalogRecommendationResourceWithRawResponse:
        from .recommendation import AsyncCatalogRecommendationResourceWithRawResponse

        return AsyncCatalogRecommendationResourceWithRawResponse(self._resource.recommendation)

    @cached_property
    def resources(self) -> AsyncCatalogResourcesResourceWithRawResponse:
        from .resources import AsyncCatalogResourcesResourceWithRawResponse

        return AsyncCatalogResourcesResourceWithRawResponse(self._resource.resources)

    @cached_property
    def reviews(self) -> AsyncCatalogReviewsResourceWithRawResponse:
        from .reviews import AsyncCatalogReviewsResourceWithRawResponse

        return AsyncCatalogReviewsResourceWithRawResponse(self._resource.reviews)

    @cached_property
    def roles(self) -> AsyncCatalogRolesResourceWithRawResponse:
        from .roles import AsyncCatalogRolesResourceWithRawResponse

        return AsyncCatalogRolesResourceWithRawResponse(self._resource.roles)

    @cached_property
    def search(self) -> AsyncCatalogSearchResourceWithRawResponse:
        from .search import AsyncCatalogSearchResourceWithRawResponse

        return AsyncCatalogSearchResourceWithRawResponse(self._resource.search)

    @cached_property
    def skills(self) -> AsyncCatalogSkillsResourceWithRawResponse:
        from .skills import AsyncCatalogSkillsResourceWithRawResponse

        return AsyncCatalogSkillsResourceWithRawResponse(self._resource.skills)

    @cached_property
    def suggestions(self) -> AsyncCatalogSuggestionsResourceWithRawResponse:
        from .suggestions import AsyncCatalogSuggestionsResourceWithRawResponse

        return AsyncCatalogSuggestionsResourceWithRawResponse(self._resource.suggestions)
