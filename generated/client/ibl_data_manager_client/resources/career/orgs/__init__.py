"""`Client.career.orgs`: 5 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .companies import (
        AsyncCareerOrgsCompaniesResource,
        AsyncCareerOrgsCompaniesResourceWithRawResponse,
        CareerOrgsCompaniesResource,
        CareerOrgsCompaniesResourceWithRawResponse,
    )
    from .education import (
        AsyncCareerOrgsEducationResource,
        AsyncCareerOrgsEducationResourceWithRawResponse,
        CareerOrgsEducationResource,
        CareerOrgsEducationResourceWithRawResponse,
    )
    from .experience import (
        AsyncCareerOrgsExperienceResource,
        AsyncCareerOrgsExperienceResourceWithRawResponse,
        CareerOrgsExperienceResource,
        CareerOrgsExperienceResourceWithRawResponse,
    )
    from .institutions import (
        AsyncCareerOrgsInstitutionsResource,
        AsyncCareerOrgsInstitutionsResourceWithRawResponse,
        CareerOrgsInstitutionsResource,
        CareerOrgsInstitutionsResourceWithRawResponse,
    )
    from .programs import (
        AsyncCareerOrgsProgramsResource,
        AsyncCareerOrgsProgramsResourceWithRawResponse,
        CareerOrgsProgramsResource,
        CareerOrgsProgramsResourceWithRawResponse,
    )

__all__ = [
    "CareerOrgsResource",
    "CareerOrgsResourceWithRawResponse",
    "AsyncCareerOrgsResource",
    "AsyncCareerOrgsResourceWithRawResponse",
]


class CareerOrgsResource:
    """`Client.career.orgs`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CareerOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CareerOrgsResourceWithRawResponse(self)

    @cached_property
    def companies(self) -> CareerOrgsCompaniesResource:
        from .companies import CareerOrgsCompaniesResource

        return CareerOrgsCompaniesResource(self._client)

    @cached_property
    def education(self) -> CareerOrgsEducationResource:
        from .education import CareerOrgsEducationResource

        return CareerOrgsEducationResource(self._client)

    @cached_property
    def experience(self) -> CareerOrgsExperienceResource:
        from .experience import CareerOrgsExperienceResource

        return CareerOrgsExperienceResource(self._client)

    @cached_property
    def institutions(self) -> CareerOrgsInstitutionsResource:
        from .institutions import CareerOrgsInstitutionsResource

        return CareerOrgsInstitutionsResource(self._client)

    @cached_property
    def programs(self) -> CareerOrgsProgramsResource:
        from .programs import CareerOrgsProgramsResource

        return CareerOrgsProgramsResource(self._client)


class CareerOrgsResourceWithRawResponse:
    """`Client.career.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CareerOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def companies(self) -> CareerOrgsCompaniesResourceWithRawResponse:
        from .companies import CareerOrgsCompaniesResourceWithRawResponse

        return CareerOrgsCompaniesResourceWithRawResponse(self._resource.companies)

    @cached_property
    def education(self) -> CareerOrgsEducationResourceWithRawResponse:
        from .education import CareerOrgsEducationResourceWithRawResponse

        return CareerOrgsEducationResourceWithRawResponse(self._resource.education)

    @cached_property
    def experience(self) -> CareerOrgsExperienceResourceWithRawResponse:
        from .experience import CareerOrgsExperienceResourceWithRawResponse

        return CareerOrgsExperienceResourceWithRawResponse(self._resource.experience)

    @cached_property
    def institutions(self) -> CareerOrgsInstitutionsResourceWithRawResponse:
        from .institutions import CareerOrgsInstitutionsResourceWithRawResponse

        return CareerOrgsInstitutionsResourceWithRawResponse(self._resource.institutions)

    @cached_property
    def programs(self) -> CareerOrgsProgramsResourceWithRawResponse:
        from .programs import CareerOrgsProgramsResourceWithRawResponse

        return CareerOrgsProgramsResourceWithRawResponse(self._resource.programs)


class AsyncCareerOrgsResource:
    """`AsyncClient.career.orgs`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCareerOrgsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCareerOrgsResourceWithRawResponse(self)

    @cached_property
    def companies(self) -> AsyncCareerOrgsCompaniesResource:
        from .companies import AsyncCareerOrgsCompaniesResource

        return AsyncCareerOrgsCompaniesResource(self._client)

    @cached_property
    def education(self) -> AsyncCareerOrgsEducationResource:
        from .education import AsyncCareerOrgsEducationResource

        return AsyncCareerOrgsEducationResource(self._client)

    @cached_property
    def experience(self) -> AsyncCareerOrgsExperienceResource:
        from .experience import AsyncCareerOrgsExperienceResource

        return AsyncCareerOrgsExperienceResource(self._client)

    @cached_property
    def institutions(self) -> AsyncCareerOrgsInstitutionsResource:
        from .institutions import AsyncCareerOrgsInstitutionsResource

        return AsyncCareerOrgsInstitutionsResource(self._client)

    @cached_property
    def programs(self) -> AsyncCareerOrgsProgramsResource:
        from .programs import AsyncCareerOrgsProgramsResource

        return AsyncCareerOrgsProgramsResource(self._client)


class AsyncCareerOrgsResourceWithRawResponse:
    """`AsyncClient.career.orgs`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCareerOrgsResource) -> None:
        self._resource = resource

    @cached_property
    def companies(self) -> AsyncCareerOrgsCompaniesResourceWithRawResponse:
        from .companies import AsyncCareerOrgsCompaniesResourceWithRawResponse

        return AsyncCareerOrgsCompaniesResourceWithRawResponse(self._resource.companies)

    @cached_property
    def education(self) -> AsyncCareerOrgsEducationResourceWithRawResponse:
        from .education import AsyncCareerOrgsEducationResourceWithRawResponse

        return AsyncCareerOrgsEducationResourceWithRawResponse(self._resource.education)

    @cached_property
    def experience(self) -> AsyncCareerOrgsExperienceResourceWithRawResponse:
        from .experience import AsyncCareerOrgsExperienceResourceWithRawResponse

        return AsyncCareerOrgsExperienceResourceWithRawResponse(self._resource.experience)

    @cached_property
    def institutions(self) -> AsyncCareerOrgsInstitutionsResourceWithRawResponse:
        from .institutions import AsyncCareerOrgsInstitutionsResourceWithRawResponse

        return AsyncCareerOrgsInstitutionsResourceWithRawResponse(self._resource.institutions)

    @cached_property
    def programs(self) -> AsyncCareerOrgsProgramsResourceWithRawResponse:
        from .programs import AsyncCareerOrgsProgramsResourceWithRawResponse

        return AsyncCareerOrgsProgramsResourceWithRawResponse(self._resource.programs)
