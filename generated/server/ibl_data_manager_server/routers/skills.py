"""Routes for the operations tagged `skills`: each calls `SkillsApi`."""

from typing import Annotated

from fastapi import APIRouter, Body, Path, Request, Response, Security

from .. import models
from ..bodies import reject_json_null
from ..interfaces import SkillsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["skills"])


async def skills_api(request: Request) -> SkillsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, SkillsApi):
        return implementation
    return SkillsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_skills_api = ApiKeyGuard(skills_api)


@router.get(
    "/api/skills/orgs/{org}/skills",
    operation_id="skills_orgs_skills_list",
    description="List all available skills on the platform.  This endpoint returns information about all skills that can be acquired on the platform.  Path Parameters:     org (str): The platform/organization identifier  Returns:     A list of all skills with basic information about each skill.  Access Control:     - Platform admins can access this information     - All authenticated users can access this information",
    status_code=200,
    response_model=list[models.SkillInfo],
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_list(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
) -> list[models.SkillInfo]:
    return await api.skills_orgs_skills_list(org=org)


@router.get(
    "/api/skills/orgs/{org}/skills/percentile/",
    operation_id="skills_orgs_skills_percentile_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=list[models.PointsPercentile],
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_percentile_list(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
) -> list[models.PointsPercentile]:
    return await api.skills_orgs_skills_percentile_list(org=org)


@router.get(
    "/api/skills/orgs/{org}/skills/thresholds/",
    operation_id="skills_orgs_skills_thresholds_retrieve",
    description='Manage skill thresholds for a platform.  This endpoint allows platform administrators to view, create, update, and delete skill thresholds. Skill thresholds define the minimum points required to consider a skill as acquired or mastered.  Path Parameters:     org (str): The platform/organization identifier  Methods:     GET: Retrieve all skill thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an existing skill threshold     DELETE: Delete all skill thresholds for the platform  Request Body (POST):     name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")     threshold (int, required): The minimum points required to reach this threshold  Request Body (PATCH):     name (str, required): The name of the existing threshold to update     threshold (int, required): The new minimum points value for this threshold  Returns:     GET: A list of all skill thresholds for the platform     POST/PATCH: The created or updated skill threshold with format:         {             "name": "threshold_name",             "threshold": threshold_value         }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request data is invalid or missing required fields     404 Not Found: If the specified platform doesn\'t exist or the threshold                   to update cannot be found  Access Control:     - Only platform administrators can access this endpoint',
    status_code=200,
    response_model=models.SkillThreshold,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_thresholds_retrieve(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
) -> models.SkillThreshold:
    return await api.skills_orgs_skills_thresholds_retrieve(org=org)


@router.post(
    "/api/skills/orgs/{org}/skills/thresholds/",
    operation_id="skills_orgs_skills_thresholds_create",
    description='Manage skill thresholds for a platform.  This endpoint allows platform administrators to view, create, update, and delete skill thresholds. Skill thresholds define the minimum points required to consider a skill as acquired or mastered.  Path Parameters:     org (str): The platform/organization identifier  Methods:     GET: Retrieve all skill thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an existing skill threshold     DELETE: Delete all skill thresholds for the platform  Request Body (POST):     name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")     threshold (int, required): The minimum points required to reach this threshold  Request Body (PATCH):     name (str, required): The name of the existing threshold to update     threshold (int, required): The new minimum points value for this threshold  Returns:     GET: A list of all skill thresholds for the platform     POST/PATCH: The created or updated skill threshold with format:         {             "name": "threshold_name",             "threshold": threshold_value         }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request data is invalid or missing required fields     404 Not Found: If the specified platform doesn\'t exist or the threshold                   to update cannot be found  Access Control:     - Only platform administrators can access this endpoint',
    status_code=200,
    response_model=models.SkillThreshold,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_thresholds_create(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.SkillThreshold, Body()],
) -> models.SkillThreshold:
    return await api.skills_orgs_skills_thresholds_create(org=org, body=body)


@router.delete(
    "/api/skills/orgs/{org}/skills/thresholds/",
    operation_id="skills_orgs_skills_thresholds_destroy",
    description='Manage skill thresholds for a platform.  This endpoint allows platform administrators to view, create, update, and delete skill thresholds. Skill thresholds define the minimum points required to consider a skill as acquired or mastered.  Path Parameters:     org (str): The platform/organization identifier  Methods:     GET: Retrieve all skill thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an existing skill threshold     DELETE: Delete all skill thresholds for the platform  Request Body (POST):     name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")     threshold (int, required): The minimum points required to reach this threshold  Request Body (PATCH):     name (str, required): The name of the existing threshold to update     threshold (int, required): The new minimum points value for this threshold  Returns:     GET: A list of all skill thresholds for the platform     POST/PATCH: The created or updated skill threshold with format:         {             "name": "threshold_name",             "threshold": threshold_value         }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request data is invalid or missing required fields     404 Not Found: If the specified platform doesn\'t exist or the threshold                   to update cannot be found  Access Control:     - Only platform administrators can access this endpoint',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def skills_orgs_skills_thresholds_destroy(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.skills_orgs_skills_thresholds_destroy(org=org)
    return Response(status_code=204)


@router.patch(
    "/api/skills/orgs/{org}/skills/thresholds/",
    operation_id="skills_orgs_skills_thresholds_partial_update",
    description='Manage skill thresholds for a platform.  This endpoint allows platform administrators to view, create, update, and delete skill thresholds. Skill thresholds define the minimum points required to consider a skill as acquired or mastered.  Path Parameters:     org (str): The platform/organization identifier  Methods:     GET: Retrieve all skill thresholds for the platform     POST: Create a new skill threshold     PATCH: Update an existing skill threshold     DELETE: Delete all skill thresholds for the platform  Request Body (POST):     name (str, required): The name of the threshold level (e.g., "Beginner", "Intermediate")     threshold (int, required): The minimum points required to reach this threshold  Request Body (PATCH):     name (str, required): The name of the existing threshold to update     threshold (int, required): The new minimum points value for this threshold  Returns:     GET: A list of all skill thresholds for the platform     POST/PATCH: The created or updated skill threshold with format:         {             "name": "threshold_name",             "threshold": threshold_value         }     DELETE: No content (204)  Error Responses:     400 Bad Request: If the request data is invalid or missing required fields     404 Not Found: If the specified platform doesn\'t exist or the threshold                   to update cannot be found  Access Control:     - Only platform administrators can access this endpoint',
    status_code=200,
    response_model=models.SkillThreshold,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_thresholds_partial_update(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    request: Request,
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedSkillThreshold | None, Body()] = None,
) -> models.SkillThreshold:
    await reject_json_null(request, body)
    return await api.skills_orgs_skills_thresholds_partial_update(org=org, body=body)


@router.get(
    "/api/skills/orgs/{org}/skills/users/{user_id}/",
    operation_id="skills_orgs_skills_users_retrieve",
    description="Retrieve a user's skill information.  This endpoint returns information about skills that a user has acquired through the platform. It can return all skills or filter by a specific skill.  Path Parameters:     org (str): The platform/organization identifier     user_id (str): The username of the user to retrieve skill information for  Query Parameters:     skill_name (str, optional): Filter results to a specific skill  Returns:     When skill_name is provided:         Details about the specific skill including points earned and percentile ranking      When skill_name is not provided:         A list of all skills the user has acquired with their points  Access Control:     - Platform admins can access any user's skill information     - Users can access their own skill information",
    status_code=200,
    response_model=models.UserSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_users_retrieve(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserSkill:
    return await api.skills_orgs_skills_users_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/skills/orgs/{org}/skills/users/{user_id}/desired-skills/",
    operation_id="skills_orgs_skills_users_desired_skills_retrieve",
    description="Retrieve a user's desired skills.  This endpoint returns the skills that a user has indicated they want to develop or acquire through the platform.  Path Parameters:     org (str): The platform/organization identifier     user_id (str): The username of the user to retrieve skill information for  Returns:     The user's desired skills information.  Error Responses:     400 Bad Request: If the user doesn't exist in the platform or has no desired skills     404 Not Found: If the specified platform doesn't exist  Access Control:     - Platform admins can access any user's information     - Users can access their own information",
    status_code=200,
    response_model=models.DesiredSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_users_desired_skills_retrieve(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.DesiredSkill:
    return await api.skills_orgs_skills_users_desired_skills_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/skills/orgs/{org}/skills/users/{user_id}/point-percentile/",
    operation_id="skills_orgs_skills_users_point_percentile_retrieve",
    description="Retrieve a user's total skill points and percentile ranking.  This endpoint returns the total skill points a user has earned across all skills and their percentile ranking compared to other users on the platform.  Path Parameters:     org (str): The platform/organization identifier     user_id (str): The username of the user to retrieve information for  Returns:     The user's total skill points and percentile ranking information:     - Username     - Total points earned across all skills     - Percentile ranking compared to other users  Access Control:     - Platform admins can access any user's information     - Users can access their own information",
    status_code=200,
    response_model=models.UserSkillPointsPercentile,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_users_point_percentile_retrieve(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserSkillPointsPercentile:
    return await api.skills_orgs_skills_users_point_percentile_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/skills/orgs/{org}/skills/users/{user_id}/reported-skills/",
    operation_id="skills_orgs_skills_users_reported_skills_retrieve",
    description="Retrieve a user's self-reported skills.  This endpoint returns the skills that a user has reported having prior to or outside of the platform learning experience.  Path Parameters:     org (str): The platform/organization identifier     user_id (str): The username of the user to retrieve skill information for  Returns:     The user's self-reported skills information.  Error Responses:     400 Bad Request: If the user doesn't exist in the platform or has no reported skills     404 Not Found: If the specified platform doesn't exist  Access Control:     - Platform admins can access any user's information     - Users can access their own information",
    status_code=200,
    response_model=models.ReportedSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_users_reported_skills_retrieve(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.ReportedSkill:
    return await api.skills_orgs_skills_users_reported_skills_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/skills/orgs/{org}/skills/{skill_id}/percentile/",
    operation_id="skills_orgs_skills_percentile_retrieve",
    description="Retrieve percentile distribution for a specific skill.  This endpoint returns the percentile distribution of points earned by users for a specific skill.  Path Parameters:     skill_id (int): The ID of the skill to retrieve percentile information for     org (str, optional): The platform/organization identifier to filter results  Returns:     A list of percentile breakpoints for the specified skill.  Error Responses:     404 Not Found: If the specified skill doesn't exist  Access Control:     - Platform admins can access this information     - All authenticated users can access this information",
    status_code=200,
    response_model=models.PointsPercentile,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_percentile_retrieve(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
    skill_id: Annotated[int, Path()],
) -> models.PointsPercentile:
    return await api.skills_orgs_skills_percentile_retrieve(org=org, skill_id=skill_id)


@router.get(
    "/api/skills/orgs/{org}/skills/{skill_name}/",
    operation_id="skills_orgs_skills_retrieve",
    description="Retrieve detailed information about a specific skill.  This endpoint returns comprehensive information about a specific skill, including its description, categories, and related courses.  Path Parameters:     org (str): The platform/organization identifier     skill_name (str): The name of the skill to retrieve details for  Returns:     Detailed information about the specified skill.  Error Responses:     404 Not Found: If the specified skill doesn't exist  Access Control:     - Platform admins can access this information     - All authenticated users can access this information",
    status_code=200,
    response_model=models.SkillDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def skills_orgs_skills_retrieve(
    *,
    api: Annotated[SkillsApi, Security(secured_skills_api)],
    org: Annotated[str, Path()],
    skill_name: Annotated[str, Path()],
) -> models.SkillDetail:
    return await api.skills_orgs_skills_retrieve(org=org, skill_name=skill_name)
