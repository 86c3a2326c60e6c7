"""Routes for the operations tagged `career`: each calls `CareerApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Request, Response, Security

from .. import models
from ..interfaces import CareerApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["career"])


async def career_api(request: Request) -> CareerApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, CareerApi):
        return implementation
    return CareerApi()


# What a secured operation receives, once the caller's key is accepted.
secured_career_api = ApiKeyGuard(career_api)


@router.get(
    "/api/career/location/orgs/{org}/users/{username}/",
    operation_id="career_location_orgs_users_retrieve",
    description="API endpoint for managing user base locations",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def career_location_orgs_users_retrieve(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_location_orgs_users_retrieve(org=org, username=username)
    return Response(status_code=200)


@router.put(
    "/api/career/location/orgs/{org}/users/{username}/",
    operation_id="career_location_orgs_users_update",
    description="API endpoint for managing user base locations",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def career_location_orgs_users_update(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_location_orgs_users_update(org=org, username=username)
    return Response(status_code=200)


@router.post(
    "/api/career/location/orgs/{org}/users/{username}/",
    operation_id="career_location_orgs_users_create",
    description="API endpoint for managing user base locations",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def career_location_orgs_users_create(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_location_orgs_users_create(org=org, username=username)
    return Response(status_code=200)


@router.get(
    "/api/career/locations/orgs/{org}/",
    operation_id="career_locations_orgs_retrieve",
    description="Platform-wide location statistics (GET only)",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def career_locations_orgs_retrieve(
    *,
    api: Annotated[CareerApi, Depends(career_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.career_locations_orgs_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/career/orgs/{org}/companies/users/{username}/",
    operation_id="career_orgs_companies_users_retrieve",
    status_code=200,
    response_model=models.Company,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_companies_users_retrieve(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Company:
    return await api.career_orgs_companies_users_retrieve(org=org, username=username)


@router.put(
    "/api/career/orgs/{org}/companies/users/{username}/",
    operation_id="career_orgs_companies_users_update",
    status_code=200,
    response_model=models.Company,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_companies_users_update(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.CompanyRequest, Body()],
) -> models.Company:
    return await api.career_orgs_companies_users_update(org=org, username=username, body=body)


@router.post(
    "/api/career/orgs/{org}/companies/users/{username}/",
    operation_id="career_orgs_companies_users_create",
    status_code=200,
    response_model=models.Company,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_companies_users_create(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.CompanyRequest, Body()],
) -> models.Company:
    return await api.career_orgs_companies_users_create(org=org, username=username, body=body)


@router.delete(
    "/api/career/orgs/{org}/companies/users/{username}/",
    operation_id="career_orgs_companies_users_destroy",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def career_orgs_companies_users_destroy(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_orgs_companies_users_destroy(org=org, username=username)
    return Response(status_code=204)


@router.get(
    "/api/career/orgs/{org}/education/users/{username}/",
    operation_id="career_orgs_education_users_retrieve",
    status_code=200,
    response_model=models.Education,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_education_users_retrieve(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Education:
    return await api.career_orgs_education_users_retrieve(org=org, username=username)


@router.put(
    "/api/career/orgs/{org}/education/users/{username}/",
    operation_id="career_orgs_education_users_update",
    status_code=200,
    response_model=models.Education,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_education_users_update(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.EducationRequest, Body()],
) -> models.Education:
    return await api.career_orgs_education_users_update(org=org, username=username, body=body)


@router.post(
    "/api/career/orgs/{org}/education/users/{username}/",
    operation_id="career_orgs_education_users_create",
    status_code=200,
    response_model=models.Education,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_education_users_create(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.EducationRequest, Body()],
) -> models.Education:
    return await api.career_orgs_education_users_create(org=org, username=username, body=body)


@router.delete(
    "/api/career/orgs/{org}/education/users/{username}/",
    operation_id="career_orgs_education_users_destroy",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def career_orgs_education_users_destroy(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_orgs_education_users_destroy(org=org, username=username)
    return Response(status_code=204)


@router.get(
    "/api/career/orgs/{org}/experience/users/{username}/",
    operation_id="career_orgs_experience_users_retrieve",
    status_code=200,
    response_model=models.Experience,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_experience_users_retrieve(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Experience:
    return await api.career_orgs_experience_users_retrieve(org=org, username=username)


@router.put(
    "/api/career/orgs/{org}/experience/users/{username}/",
    operation_id="career_orgs_experience_users_update",
    status_code=200,
    response_model=models.Experience,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_experience_users_update(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.ExperienceRequest, Body()],
) -> models.Experience:
    return await api.career_orgs_experience_users_update(org=org, username=username, body=body)


@router.post(
    "/api/career/orgs/{org}/experience/users/{username}/",
    operation_id="career_orgs_experience_users_create",
    status_code=200,
    response_model=models.Experience,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_experience_users_create(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.ExperienceRequest, Body()],
) -> models.Experience:
    return await api.career_orgs_experience_users_create(org=org, username=username, body=body)


@router.delete(
    "/api/career/orgs/{org}/experience/users/{username}/",
    operation_id="career_orgs_experience_users_destroy",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def career_orgs_experience_users_destroy(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_orgs_experience_users_destroy(org=org, username=username)
    return Response(status_code=204)


@router.get(
    "/api/career/orgs/{org}/institutions/users/{username}/",
    operation_id="career_orgs_institutions_users_retrieve",
    status_code=200,
    response_model=models.Institution,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_institutions_users_retrieve(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Institution:
    return await api.career_orgs_institutions_users_retrieve(org=org, username=username)


@router.put(
    "/api/career/orgs/{org}/institutions/users/{username}/",
    operation_id="career_orgs_institutions_users_update",
    status_code=200,
    response_model=models.Institution,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_institutions_users_update(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.InstitutionRequest, Body()],
) -> models.Institution:
    return await api.career_orgs_institutions_users_update(org=org, username=username, body=body)


@router.post(
    "/api/career/orgs/{org}/institutions/users/{username}/",
    operation_id="career_orgs_institutions_users_create",
    status_code=200,
    response_model=models.Institution,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_institutions_users_create(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.InstitutionRequest, Body()],
) -> models.Institution:
    return await api.career_orgs_institutions_users_create(org=org, username=username, body=body)


@router.delete(
    "/api/career/orgs/{org}/institutions/users/{username}/",
    operation_id="career_orgs_institutions_users_destroy",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def career_orgs_institutions_users_destroy(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_orgs_institutions_users_destroy(org=org, username=username)
    return Response(status_code=204)


@router.get(
    "/api/career/orgs/{org}/programs/users/{username}/",
    operation_id="career_orgs_programs_users_retrieve",
    status_code=200,
    response_model=models.Program,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_programs_users_retrieve(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> models.Program:
    return await api.career_orgs_programs_users_retrieve(org=org, username=username)


@router.put(
    "/api/career/orgs/{org}/programs/users/{username}/",
    operation_id="career_orgs_programs_users_update",
    status_code=200,
    response_model=models.Program,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_programs_users_update(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.ProgramRequest, Body()],
) -> models.Program:
    return await api.career_orgs_programs_users_update(org=org, username=username, body=body)


@router.post(
    "/api/career/orgs/{org}/programs/users/{username}/",
    operation_id="career_orgs_programs_users_create",
    status_code=200,
    response_model=models.Program,
    response_model_exclude_unset=True,
    response_description="",
)
async def career_orgs_programs_users_create(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
    body: Annotated[models.ProgramRequest, Body()],
) -> models.Program:
    return await api.career_orgs_programs_users_create(org=org, username=username, body=body)


@router.delete(
    "/api/career/orgs/{org}/programs/users/{username}/",
    operation_id="career_orgs_programs_users_destroy",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def career_orgs_programs_users_destroy(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_orgs_programs_users_destroy(org=org, username=username)
    return Response(status_code=204)


@router.get(
    "/api/career/resume/orgs/{org}/users/{username}/",
    operation_id="career_resume_orgs_users_retrieve",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def career_resume_orgs_users_retrieve(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_resume_orgs_users_retrieve(org=org, username=username)
    return Response(status_code=200)


@router.put(
    "/api/career/resume/orgs/{org}/users/{username}/",
    operation_id="career_resume_orgs_users_update",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def career_resume_orgs_users_update(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_resume_orgs_users_update(org=org, username=username)
    return Response(status_code=200)


@router.post(
    "/api/career/resume/orgs/{org}/users/{username}/",
    operation_id="career_resume_orgs_users_create",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def career_resume_orgs_users_create(
    *,
    api: Annotated[CareerApi, Security(secured_career_api)],
    org: Annotated[str, Path()],
    username: Annotated[str, Path()],
) -> Response:
    await api.career_resume_orgs_users_create(org=org, username=username)
    return Response(status_code=200)
