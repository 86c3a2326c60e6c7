"""Routes for the operations tagged `ai-mentor`: each calls `AiMentorApi`."""

from typing import Annotated, Any, Literal

from fastapi import (
    APIRouter,
    Body,
    Depends,
    Path,
    Query,
    Request,
    Response,
    Security,
)

from .. import models
from ..bodies import reject_json_null
from ..interfaces import AiMentorApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["ai-mentor"])


async def ai_mentor_api(request: Request) -> AiMentorApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, AiMentorApi):
        return implementation
    return AiMentorApi()


# What a secured operation receives, once the caller's key is accepted.
secured_ai_mentor_api = ApiKeyGuard(ai_mentor_api)


@router.get(
    "/api/ai-mentor/langfuse/health/",
    operation_id="ai_mentor_langfuse_health_retrieve",
    description="Proxy endpoint to check for langfuse health status",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_langfuse_health_retrieve(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
) -> Response:
    await api.ai_mentor_langfuse_health_retrieve()
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/agent-configs/",
    operation_id="ai_mentor_orgs_agent_configs_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.PaginatedAgentConfigList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_configs_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
) -> models.PaginatedAgentConfigList:
    return await api.ai_mentor_orgs_agent_configs_list(org=org, limit=limit, offset=offset)


@router.post(
    "/api/ai-mentor/orgs/{org}/agent-configs/",
    operation_id="ai_mentor_orgs_agent_configs_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=201,
    response_model=models.AgentConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_configs_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.AgentConfigRequest, Body()],
) -> models.AgentConfig:
    return await api.ai_mentor_orgs_agent_configs_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/agent-configs/{id}/",
    operation_id="ai_mentor_orgs_agent_configs_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_configs_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Agent config.")],
    org: Annotated[str, Path()],
) -> models.AgentConfig:
    return await api.ai_mentor_orgs_agent_configs_retrieve(id=id, org=org)


@router.put(
    "/api/ai-mentor/orgs/{org}/agent-configs/{id}/",
    operation_id="ai_mentor_orgs_agent_configs_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_configs_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Agent config.")],
    org: Annotated[str, Path()],
    body: Annotated[models.AgentConfigRequest, Body()],
) -> models.AgentConfig:
    return await api.ai_mentor_orgs_agent_configs_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/agent-configs/{id}/",
    operation_id="ai_mentor_orgs_agent_configs_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_agent_configs_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Agent config.")],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_agent_configs_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/agent-configs/{id}/",
    operation_id="ai_mentor_orgs_agent_configs_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_configs_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this Agent config.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedAgentConfig | None, Body()] = None,
) -> models.AgentConfig:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_agent_configs_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/agent-skill-resources/",
    operation_id="ai_mentor_orgs_agent_skill_resources_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.PaginatedAgentSkillResourceList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skill_resources_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    file_type: Annotated[
        Literal["script", "reference", "asset"] | None,
        Query(description="* `script` - Script * `reference` - Reference * `asset` - Asset"),
    ] = None,
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    skill: Annotated[int | None, Query()] = None,
) -> models.PaginatedAgentSkillResourceList:
    return await api.ai_mentor_orgs_agent_skill_resources_list(
        org=org, file_type=file_type, limit=limit, offset=offset, skill=skill
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/agent-skill-resources/",
    operation_id="ai_mentor_orgs_agent_skill_resources_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=201,
    response_model=models.AgentSkillResource,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skill_resources_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.AgentSkillResourceRequest, Body()],
) -> models.AgentSkillResource:
    return await api.ai_mentor_orgs_agent_skill_resources_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/agent-skill-resources/{id}/",
    operation_id="ai_mentor_orgs_agent_skill_resources_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentSkillResource,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skill_resources_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Agent skill resource.")
    ],
    org: Annotated[str, Path()],
) -> models.AgentSkillResource:
    return await api.ai_mentor_orgs_agent_skill_resources_retrieve(id=id, org=org)


@router.put(
    "/api/ai-mentor/orgs/{org}/agent-skill-resources/{id}/",
    operation_id="ai_mentor_orgs_agent_skill_resources_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentSkillResource,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skill_resources_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Agent skill resource.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.AgentSkillResourceRequest, Body()],
) -> models.AgentSkillResource:
    return await api.ai_mentor_orgs_agent_skill_resources_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/agent-skill-resources/{id}/",
    operation_id="ai_mentor_orgs_agent_skill_resources_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_agent_skill_resources_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Agent skill resource.")
    ],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_agent_skill_resources_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/agent-skill-resources/{id}/",
    operation_id="ai_mentor_orgs_agent_skill_resources_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentSkillResource,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skill_resources_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this Agent skill resource.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedAgentSkillResource | None, Body()] = None,
) -> models.AgentSkillResource:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_agent_skill_resources_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/agent-skills/",
    operation_id="ai_mentor_orgs_agent_skills_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.PaginatedAgentSkillList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skills_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    enabled: Annotated[bool | None, Query()] = None,
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
) -> models.PaginatedAgentSkillList:
    return await api.ai_mentor_orgs_agent_skills_list(
        org=org, enabled=enabled, limit=limit, offset=offset, search=search
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/agent-skills/",
    operation_id="ai_mentor_orgs_agent_skills_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=201,
    response_model=models.AgentSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skills_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.AgentSkillRequest, Body()],
) -> models.AgentSkill:
    return await api.ai_mentor_orgs_agent_skills_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/agent-skills/{id}/",
    operation_id="ai_mentor_orgs_agent_skills_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skills_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Agent skill.")],
    org: Annotated[str, Path()],
) -> models.AgentSkill:
    return await api.ai_mentor_orgs_agent_skills_retrieve(id=id, org=org)


@router.put(
    "/api/ai-mentor/orgs/{org}/agent-skills/{id}/",
    operation_id="ai_mentor_orgs_agent_skills_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skills_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Agent skill.")],
    org: Annotated[str, Path()],
    body: Annotated[models.AgentSkillRequest, Body()],
) -> models.AgentSkill:
    return await api.ai_mentor_orgs_agent_skills_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/agent-skills/{id}/",
    operation_id="ai_mentor_orgs_agent_skills_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_agent_skills_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Agent skill.")],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_agent_skills_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/agent-skills/{id}/",
    operation_id="ai_mentor_orgs_agent_skills_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.AgentSkill,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_agent_skills_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this Agent skill.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedAgentSkill | None, Body()] = None,
) -> models.AgentSkill:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_agent_skills_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/all-triggers/",
    operation_id="ai_mentor_orgs_all_triggers_retrieve",
    description="List all triggers for an organization.  Args:     request: The HTTP request.     org: The organization/tenant identifier.  Returns:     Response: A list of trigger slugs for the organization.  Raises:     BadRequest: If the request is invalid.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_all_triggers_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_all_triggers_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/claw/instances/",
    operation_id="ai_mentor_orgs_claw_instances_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.PaginatedClawInstanceList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    status: Annotated[
        Literal["active", "inactive", "error"] | None,
        Query(description="* `active` - Active * `inactive` - Inactive * `error` - Error"),
    ] = None,
) -> models.PaginatedClawInstanceList:
    return await api.ai_mentor_orgs_claw_instances_list(
        org=org, limit=limit, offset=offset, search=search, status=status
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/instances/",
    operation_id="ai_mentor_orgs_claw_instances_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=201,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawInstanceRequest, Body()],
) -> models.ClawInstance:
    return await api.ai_mentor_orgs_claw_instances_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/",
    operation_id="ai_mentor_orgs_claw_instances_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
) -> models.ClawInstance:
    return await api.ai_mentor_orgs_claw_instances_retrieve(id=id, org=org)


@router.put(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/",
    operation_id="ai_mentor_orgs_claw_instances_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawInstanceRequest, Body()],
) -> models.ClawInstance:
    return await api.ai_mentor_orgs_claw_instances_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/",
    operation_id="ai_mentor_orgs_claw_instances_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_claw_instances_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/",
    operation_id="ai_mentor_orgs_claw_instances_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedClawInstance | None, Body()] = None,
) -> models.ClawInstance:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_claw_instances_partial_update(id=id, org=org, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/health-check/",
    operation_id="ai_mentor_orgs_claw_instances_health_check_create",
    description="Run a health check against the Claw server and update status.",
    status_code=200,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_health_check_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawInstanceRequest, Body()],
) -> models.ClawInstance:
    return await api.ai_mentor_orgs_claw_instances_health_check_create(id=id, org=org, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/push-providers/",
    operation_id="ai_mentor_orgs_claw_instances_push_providers_create",
    description="Push all enabled model providers to the worker.",
    status_code=200,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_push_providers_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawInstanceRequest, Body()],
) -> models.ClawInstance:
    return await api.ai_mentor_orgs_claw_instances_push_providers_create(id=id, org=org, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/refresh-version/",
    operation_id="ai_mentor_orgs_claw_instances_refresh_version_create",
    description="Connect to the worker and store Claw version from handshake.",
    status_code=200,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_refresh_version_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawInstanceRequest, Body()],
) -> models.ClawInstance:
    return await api.ai_mentor_orgs_claw_instances_refresh_version_create(id=id, org=org, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/security-audit/",
    operation_id="ai_mentor_orgs_claw_instances_security_audit_create",
    description="Run security audit on the worker and store findings.",
    status_code=200,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_security_audit_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawInstanceRequest, Body()],
) -> models.ClawInstance:
    return await api.ai_mentor_orgs_claw_instances_security_audit_create(id=id, org=org, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/instances/{id}/test-connectivity/",
    operation_id="ai_mentor_orgs_claw_instances_test_connectivity_create",
    description="Test connectivity to the Claw instance: TLS reachability + health check.",
    status_code=200,
    response_model=models.ClawInstance,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_instances_test_connectivity_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Claw server.")],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawInstanceRequest, Body()],
) -> models.ClawInstance:
    return await api.ai_mentor_orgs_claw_instances_test_connectivity_create(
        id=id, org=org, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/claw/mentor-configs/",
    operation_id="ai_mentor_orgs_claw_mentor_configs_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.PaginatedClawMentorConfigList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_mentor_configs_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    enabled: Annotated[bool | None, Query()] = None,
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
) -> models.PaginatedClawMentorConfigList:
    return await api.ai_mentor_orgs_claw_mentor_configs_list(
        org=org, enabled=enabled, limit=limit, offset=offset
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/mentor-configs/",
    operation_id="ai_mentor_orgs_claw_mentor_configs_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=201,
    response_model=models.ClawMentorConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_mentor_configs_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawMentorConfigRequest, Body()],
) -> models.ClawMentorConfig:
    return await api.ai_mentor_orgs_claw_mentor_configs_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/claw/mentor-configs/{id}/",
    operation_id="ai_mentor_orgs_claw_mentor_configs_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawMentorConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_mentor_configs_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw mentor config.")
    ],
    org: Annotated[str, Path()],
) -> models.ClawMentorConfig:
    return await api.ai_mentor_orgs_claw_mentor_configs_retrieve(id=id, org=org)


@router.put(
    "/api/ai-mentor/orgs/{org}/claw/mentor-configs/{id}/",
    operation_id="ai_mentor_orgs_claw_mentor_configs_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawMentorConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_mentor_configs_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw mentor config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawMentorConfigRequest, Body()],
) -> models.ClawMentorConfig:
    return await api.ai_mentor_orgs_claw_mentor_configs_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/claw/mentor-configs/{id}/",
    operation_id="ai_mentor_orgs_claw_mentor_configs_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_claw_mentor_configs_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw mentor config.")
    ],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_claw_mentor_configs_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/claw/mentor-configs/{id}/",
    operation_id="ai_mentor_orgs_claw_mentor_configs_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawMentorConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_mentor_configs_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw mentor config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedClawMentorConfig | None, Body()] = None,
) -> models.ClawMentorConfig:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_claw_mentor_configs_partial_update(id=id, org=org, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/mentor-configs/{id}/push-config/",
    operation_id="ai_mentor_orgs_claw_mentor_configs_push_config_create",
    description="Push agent_config to the Claw worker.",
    status_code=200,
    response_model=models.ClawMentorConfig,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_mentor_configs_push_config_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw mentor config.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawMentorConfigRequest, Body()],
) -> models.ClawMentorConfig:
    return await api.ai_mentor_orgs_claw_mentor_configs_push_config_create(
        id=id, org=org, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/claw/model-providers/",
    operation_id="ai_mentor_orgs_claw_model_providers_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.PaginatedClawModelProviderList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_model_providers_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    enabled: Annotated[bool | None, Query()] = None,
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    server: Annotated[int | None, Query()] = None,
) -> models.PaginatedClawModelProviderList:
    return await api.ai_mentor_orgs_claw_model_providers_list(
        org=org, enabled=enabled, limit=limit, offset=offset, server=server
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/claw/model-providers/",
    operation_id="ai_mentor_orgs_claw_model_providers_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=201,
    response_model=models.ClawModelProvider,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_model_providers_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawModelProviderRequest, Body()],
) -> models.ClawModelProvider:
    return await api.ai_mentor_orgs_claw_model_providers_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/claw/model-providers/{id}/",
    operation_id="ai_mentor_orgs_claw_model_providers_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawModelProvider,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_model_providers_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw model provider.")
    ],
    org: Annotated[str, Path()],
) -> models.ClawModelProvider:
    return await api.ai_mentor_orgs_claw_model_providers_retrieve(id=id, org=org)


@router.put(
    "/api/ai-mentor/orgs/{org}/claw/model-providers/{id}/",
    operation_id="ai_mentor_orgs_claw_model_providers_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawModelProvider,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_model_providers_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw model provider.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.ClawModelProviderRequest, Body()],
) -> models.ClawModelProvider:
    return await api.ai_mentor_orgs_claw_model_providers_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/claw/model-providers/{id}/",
    operation_id="ai_mentor_orgs_claw_model_providers_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_claw_model_providers_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw model provider.")
    ],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_claw_model_providers_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/claw/model-providers/{id}/",
    operation_id="ai_mentor_orgs_claw_model_providers_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.ClawModelProvider,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_claw_model_providers_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this Claw model provider.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedClawModelProvider | None, Body()] = None,
) -> models.ClawModelProvider:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_claw_model_providers_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/mentor-skill-assignments/",
    operation_id="ai_mentor_orgs_mentor_skill_assignments_list",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.PaginatedMentorSkillAssignmentList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentor_skill_assignments_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    enabled: Annotated[bool | None, Query()] = None,
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    mentor: Annotated[int | None, Query()] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    skill: Annotated[int | None, Query()] = None,
) -> models.PaginatedMentorSkillAssignmentList:
    return await api.ai_mentor_orgs_mentor_skill_assignments_list(
        org=org, enabled=enabled, limit=limit, mentor=mentor, offset=offset, skill=skill
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/mentor-skill-assignments/",
    operation_id="ai_mentor_orgs_mentor_skill_assignments_create",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=201,
    response_model=models.MentorSkillAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentor_skill_assignments_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.MentorSkillAssignmentRequest, Body()],
) -> models.MentorSkillAssignment:
    return await api.ai_mentor_orgs_mentor_skill_assignments_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/",
    operation_id="ai_mentor_orgs_mentor_skill_assignments_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.MentorSkillAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentor_skill_assignments_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Mentor skill assignment.")
    ],
    org: Annotated[str, Path()],
) -> models.MentorSkillAssignment:
    return await api.ai_mentor_orgs_mentor_skill_assignments_retrieve(id=id, org=org)


@router.put(
    "/api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/",
    operation_id="ai_mentor_orgs_mentor_skill_assignments_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.MentorSkillAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentor_skill_assignments_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Mentor skill assignment.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.MentorSkillAssignmentRequest, Body()],
) -> models.MentorSkillAssignment:
    return await api.ai_mentor_orgs_mentor_skill_assignments_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/",
    operation_id="ai_mentor_orgs_mentor_skill_assignments_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_mentor_skill_assignments_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this Mentor skill assignment.")
    ],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_mentor_skill_assignments_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/",
    operation_id="ai_mentor_orgs_mentor_skill_assignments_partial_update",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.MentorSkillAssignment,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentor_skill_assignments_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this Mentor skill assignment.")
    ],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedMentorSkillAssignment | None, Body()] = None,
) -> models.MentorSkillAssignment:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_mentor_skill_assignments_partial_update(
        id=id, org=org, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/mentors/by-email/",
    operation_id="ai_mentor_orgs_mentors_by_email_create",
    summary="Get accessible mentors by email",
    description="Returns a list of mentor unique IDs that a user can access via email in the specified organization.",
    status_code=200,
    response_model=models.AccessibleMentorsByEmailResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentors_by_email_create(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    request: Request,
    org: Annotated[str, Path()],
    body: Annotated[models.AccessibleMentorsByEmailRequest | None, Body()] = None,
) -> models.AccessibleMentorsByEmailResponse:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_mentors_by_email_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/",
    operation_id="ai_mentor_orgs_mentors_memory_categories_retrieve",
    description="List all active memory categories for a mentor.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_mentors_memory_categories_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_mentors_memory_categories_retrieve(mentor_id=mentor_id, org=org)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/",
    operation_id="ai_mentor_orgs_mentors_memory_categories_create",
    description="Create a new memory category.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_mentors_memory_categories_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_mentors_memory_categories_create(mentor_id=mentor_id, org=org)
    return Response(status_code=200)


@router.delete(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/",
    operation_id="ai_mentor_orgs_mentors_memory_categories_destroy",
    description="Deactivate a memory category.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_mentors_memory_categories_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    category_id: Annotated[int, Path()],
    mentor_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_mentors_memory_categories_destroy(
        category_id=category_id, mentor_id=mentor_id, org=org
    )
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor_id}/memory-categories/{category_id}/",
    operation_id="ai_mentor_orgs_mentors_memory_categories_partial_update",
    description="Update a memory category.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_mentors_memory_categories_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    category_id: Annotated[int, Path()],
    mentor_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_mentors_memory_categories_partial_update(
        category_id=category_id, mentor_id=mentor_id, org=org
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/",
    operation_id="ai_mentor_orgs_mentors_lti_grant_mentor_access_create",
    summary="Grant LTI Mentor Access",
    description="Grants a user Student type access to a mentor that is lti accessible.  Creates or updates an RBAC policy named LTI-{mentor.unique_id} with the global Student role, granting the specified user access to the mentor. Validates that the mentor has LTI access enabled and that the user belongs to the specified platform.",
    status_code=201,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_mentors_lti_grant_mentor_access_create(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    mentor_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path(description="Organization slug")],
    body: Annotated[models.GrantMentorAccessRequest, Body()],
) -> Response:
    await api.ai_mentor_orgs_mentors_lti_grant_mentor_access_create(
        mentor_unique_id=mentor_unique_id, org=org, body=body
    )
    return Response(status_code=201)


@router.get(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox-summary/",
    operation_id="ai_mentor_orgs_mentors_email_inbox_summary_retrieve",
    description="Retrieve a summary of a mentor's email inbox.  Args:     request: The HTTP request.     mentor: The unique identifier of the mentor.  Returns:     Response: A summary of the mentor's email inbox statistics.  Raises:     NotFound: If the specified mentor does not exist.",
    status_code=200,
    response_model=models.EmailPromptSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentors_email_inbox_summary_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> models.EmailPromptSummary:
    return await api.ai_mentor_orgs_mentors_email_inbox_summary_retrieve(mentor=mentor, org=org)


@router.get(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/",
    operation_id="ai_mentor_orgs_mentors_email_inbox_list",
    description="Retrieve a list of emails in a mentor's inbox.  The list can be filtered using the 'search' query parameter to search for specific terms in the email content or subject.  Args:     mentor: The unique identifier of the mentor.  Returns:     Response: A paginated list of emails in the mentor's inbox.  Raises:     NotFound: If the specified mentor does not exist.",
    status_code=200,
    response_model=models.PaginatedEmailPromptListList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentors_email_inbox_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    search: Annotated[
        str | None, Query(description="Search term to filter emails by content or subject")
    ] = None,
) -> models.PaginatedEmailPromptListList:
    return await api.ai_mentor_orgs_mentors_email_inbox_list(
        mentor=mentor, org=org, page=page, page_size=page_size, search=search
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/",
    operation_id="ai_mentor_orgs_mentors_email_inbox_retrieve",
    description="Retrieve details of a specific email in a mentor's inbox.  Args:     request: The HTTP request.     email_prompt_id: The ID of the email to retrieve.  Returns:     Response: The detailed information about the email.  Raises:     NotFound: If the specified email does not exist.",
    status_code=200,
    response_model=models.EmailPromptDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentors_email_inbox_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    email_prompt_id: Annotated[int, Path()],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> models.EmailPromptDetail:
    return await api.ai_mentor_orgs_mentors_email_inbox_retrieve(
        email_prompt_id=email_prompt_id, mentor=mentor, org=org
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/",
    operation_id="ai_mentor_orgs_mentors_link_course_retrieve",
    description="API endpoint to link mentor with a course and enable guided mode.  Permissions:     - Accessible to tenant admins.",
    status_code=200,
    response_model=models.LinkCourseResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentors_link_course_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> models.LinkCourseResponse:
    return await api.ai_mentor_orgs_mentors_link_course_retrieve(mentor=mentor, org=org)


@router.post(
    "/api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/",
    operation_id="ai_mentor_orgs_mentors_link_course_create",
    description="API endpoint to link mentor with a course and enable guided mode.  Permissions:     - Accessible to tenant admins.",
    status_code=200,
    response_model=models.LinkCourseResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_mentors_link_course_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.LinkCourseRequest, Body()],
) -> models.LinkCourseResponse:
    return await api.ai_mentor_orgs_mentors_link_course_create(mentor=mentor, org=org, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/metadata/",
    operation_id="ai_mentor_orgs_metadata_create",
    description="Create or update metadata for a mentor.  Args:     request: The HTTP request containing the metadata.     org: The organization/tenant identifier.  Returns:     Response: The created or updated mentor metadata.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=200,
    response_model=models.MentorMetadata,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_metadata_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.MentorMetadata, Body()],
) -> models.MentorMetadata:
    return await api.ai_mentor_orgs_metadata_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/",
    operation_id="ai_mentor_orgs_offline_mentors_config_retrieve",
    description="Retrieve mentor configuration for offline use.  Returns the same data as the mentor settings endpoint, including system_prompt, LLM config, safety/moderation settings, and UI settings.  Args:     request: The HTTP request.     org: Organization/platform key.     mentor_unique_id: The unique ID (UUID) of the mentor.  Returns:     Response: Full mentor settings data.",
    status_code=200,
    response_model=models.MentorSettings,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_offline_mentors_config_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
) -> models.MentorSettings:
    return await api.ai_mentor_orgs_offline_mentors_config_retrieve(
        mentor_unique_id=mentor_unique_id, org=org
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/",
    operation_id="ai_mentor_orgs_offline_mentors_datasets_list",
    description="Retrieve paginated list of documents for offline use.  Args:     request: The HTTP request.     org: Organization/platform key.     mentor_unique_id: The unique ID (UUID) of the mentor.  Query Parameters:     limit: Number of results per page (default: 100, max: 500).     offset: Number of results to skip.     search: Optional search filter for document_name or url.  Returns:     Response: Paginated list of documents with S3 URLs.",
    status_code=200,
    response_model=models.PaginatedOfflineDocumentList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_offline_mentors_datasets_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    limit: Annotated[
        int | None, Query(description="Number of results per page (default: 100, max: 500)")
    ] = None,
    offset: Annotated[
        int | None, Query(description="Number of results to skip for pagination")
    ] = None,
    search: Annotated[
        str | None,
        Query(min_length=1, description="Search query to filter documents by name or URL"),
    ] = None,
) -> models.PaginatedOfflineDocumentList:
    return await api.ai_mentor_orgs_offline_mentors_datasets_list(
        mentor_unique_id=mentor_unique_id, org=org, limit=limit, offset=offset, search=search
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/projects/",
    operation_id="ai_mentor_orgs_projects_list",
    summary="List projects",
    description="Retrieve a list of projects with optional filtering and search.",
    status_code=200,
    response_model=models.PaginatedProjectList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_projects_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    search: Annotated[
        str | None, Query(description="Search in project name and description")
    ] = None,
    shared: Annotated[
        bool | None, Query(description="Filter by shared status (true/false)")
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            description="Order by field (prefix with - for descending). Example: name or -created_at"
        ),
    ] = None,
    username: Annotated[
        str | None, Query(description="Filter projects by owner's username")
    ] = None,
) -> models.PaginatedProjectList:
    return await api.ai_mentor_orgs_projects_list(
        org=org,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
        shared=shared,
        sort=sort,
        username=username,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/projects/",
    operation_id="ai_mentor_orgs_projects_create",
    summary="Create a new project",
    description="Create a new project with optional mentors.",
    status_code=201,
    response_model=models.Project,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_projects_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ProjectRequest, Body()],
) -> models.Project:
    return await api.ai_mentor_orgs_projects_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/projects/{id}/",
    operation_id="ai_mentor_orgs_projects_retrieve",
    summary="Retrieve a project",
    description="Get detailed information about a specific project including its mentors.",
    status_code=200,
    response_model=models.Project,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_projects_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path()],
    org: Annotated[str, Path()],
) -> models.Project:
    return await api.ai_mentor_orgs_projects_retrieve(id=id, org=org)


@router.put(
    "/api/ai-mentor/orgs/{org}/projects/{id}/",
    operation_id="ai_mentor_orgs_projects_update",
    summary="Update a project",
    description="Update project information and optionally modify its mentors.",
    status_code=200,
    response_model=models.Project,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_projects_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.ProjectRequest, Body()],
) -> models.Project:
    return await api.ai_mentor_orgs_projects_update(id=id, org=org, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/projects/{id}/",
    operation_id="ai_mentor_orgs_projects_destroy",
    summary="Delete a project",
    description="Delete a project permanently.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_projects_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path()],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_projects_destroy(id=id, org=org)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/projects/{id}/",
    operation_id="ai_mentor_orgs_projects_partial_update",
    description="API ViewSet for managing projects.  Projects are groups of mentors that can be created by anyone (students and tenant admins). They serve as a way to organize and group related mentors together.  Projects can be: - Personal (shared=False): Only visible to their owners - Shared (shared=True): Visible to platform admins and potentially other users  Projects are accessed through integrated URLs within the mentor router:     /orgs/<org>/projects/ - All accessible projects in a platform (admin access)     /orgs/<org>/projects/<id>/ - Specific project (admin access)     /orgs/<org>/users/<user_id>/projects/ - User's projects (user access)     /orgs/<org>/users/<user_id>/projects/<id>/ - User's specific project  Query Parameters:     - username: Filter projects by owner's username (admin routes only)     - shared: Filter by shared status (true/false)     - search: Search in name and description     - sort: Order by field (prefix with - for descending). Example: sort=name or sort=-created_at  Permissions:     - GET: Accessible to project owners and platform admins (for shared projects)     - POST: Any authenticated user can create projects     - PUT, PATCH, DELETE: Accessible to project owners only",
    status_code=200,
    response_model=models.Project,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_projects_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    body: Annotated[models.PatchedProject | None, Body()] = None,
) -> models.Project:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_projects_partial_update(id=id, org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/quiz-customizer/",
    operation_id="ai_mentor_orgs_quiz_customizer_retrieve",
    description="Retrieve existing questions.  Args:     request: The HTTP request.  Returns:     Response: The existing questions.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_quiz_customizer_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_quiz_customizer_retrieve(org=org)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/quiz-customizer/",
    operation_id="ai_mentor_orgs_quiz_customizer_create",
    description="Generate follow-up questions based on initial questions.  Args:     request: The HTTP request containing the initial questions.  Returns:     Response: The generated follow-up questions.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=200,
    response_model=models.QuestionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_quiz_customizer_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.QuestionRequest, Body()],
) -> models.QuestionResponse:
    return await api.ai_mentor_orgs_quiz_customizer_create(org=org, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/sessions/",
    operation_id="ai_mentor_orgs_sessions_create",
    description="Retrieve or create a chat session with a mentor.  Passing `null` as `tools` results in using all tools assigned to the mentor. To specify that no tools be used, pass an empty list.  Args:     request: HTTP request containing mentor details.     org: Organization key identifier.     user_id (optional): Username for authentication (if required by the mentor).  Returns:     Response: JSON object containing the session ID.  Raises:     Http404: If the mentor is not found.     ValidationError: If the username is invalid.     ValidationError: If one or more tool slugs are invalid.",
    status_code=200,
    response_model=models.ChatSessionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_sessions_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.ChatSessionRequest, Body()],
) -> models.ChatSessionResponse:
    return await api.ai_mentor_orgs_sessions_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/trigger-templates/",
    operation_id="ai_mentor_orgs_trigger_templates_retrieve",
    description="Retrieve available trigger templates.  Args:     request: The HTTP request.     org: The organization/tenant identifier.  Returns:     Response: A dictionary of available trigger templates and their required parameters.  Raises:     BadRequest: If the request is invalid.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_trigger_templates_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_trigger_templates_retrieve(org=org)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/trigger/",
    operation_id="ai_mentor_orgs_trigger_create",
    description="Create or modify a trigger.  Args:     request: The HTTP request containing the trigger data.     org: The organization/tenant identifier.  Returns:     Response: The created or updated trigger details.  Raises:     BadRequest: If the provided data is invalid or missing required parameters.",
    status_code=200,
    response_model=models.TriggerResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_trigger_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.TriggerRequest, Body()],
) -> models.TriggerResponse:
    return await api.ai_mentor_orgs_trigger_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/trigger/{slug}/",
    operation_id="ai_mentor_orgs_trigger_retrieve",
    description="Retrieve details of a specific trigger.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     slug: The unique slug identifier of the trigger.  Returns:     Response: The details of the specified trigger.  Raises:     Http404: If the specified trigger does not exist.",
    status_code=200,
    response_model=models.TriggerResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_trigger_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    slug: Annotated[str, Path()],
) -> models.TriggerResponse:
    return await api.ai_mentor_orgs_trigger_retrieve(org=org, slug=slug)


@router.post(
    "/api/ai-mentor/orgs/{org}/trigger/{slug}/deletion/",
    operation_id="ai_mentor_orgs_trigger_deletion_create",
    description="Delete a specific trigger.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     slug: The unique slug identifier of the trigger to delete.  Returns:     Response: A confirmation of the deletion status.  Raises:     BadRequest: If the specified trigger does not exist.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_trigger_deletion_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    slug: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_trigger_deletion_create(org=org, slug=slug)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/",
    operation_id="ai_mentor_orgs_users_list",
    description="Retrieve a list of mentors.  Returns:     - List of mentors matching the filters.",
    status_code=200,
    response_model=models.PaginatedMentorList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[int | None, Query(description="Department to filter by")] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, name, default is date "),
    ] = None,
    is_featured: Annotated[
        bool | None, Query(description="Whether the mentor is featured or not")
    ] = None,
    metadata_key: Annotated[
        str | None, Query(min_length=1, description="Metadata key to be queried with")
    ] = None,
    metadata_value: Annotated[
        str | None, Query(min_length=1, description="Metadata value to be filter for")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    return_session_information: Annotated[
        bool | None,
        Query(description="Declares if session information should be included in the mentor data"),
    ] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="visibility type  to be queried with")
    ] = None,
) -> models.PaginatedMentorList:
    return await api.ai_mentor_orgs_users_list(
        org=org,
        user_id=user_id,
        department_id=department_id,
        filter_by=filter_by,
        is_featured=is_featured,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        page=page,
        page_size=page_size,
        return_session_information=return_session_information,
        visibility=visibility,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/",
    operation_id="ai_mentor_orgs_users_create",
    description="Create a new mentor. Body Parameters:     - name: Mentor name.     - unique_id: Unique identifier.     - platform_key: Associated platform.     - metadata: Additional mentor attributes.",
    status_code=201,
    response_model=models.Mentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[int | None, Query(description="Department to filter by")] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, name, default is date "),
    ] = None,
    is_featured: Annotated[
        bool | None, Query(description="Whether the mentor is featured or not")
    ] = None,
    metadata_key: Annotated[
        str | None, Query(min_length=1, description="Metadata key to be queried with")
    ] = None,
    metadata_value: Annotated[
        str | None, Query(min_length=1, description="Metadata value to be filter for")
    ] = None,
    return_session_information: Annotated[
        bool | None,
        Query(description="Declares if session information should be included in the mentor data"),
    ] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="visibility type  to be queried with")
    ] = None,
    body: Annotated[models.MentorCreateRequest, Body()],
) -> models.Mentor:
    return await api.ai_mentor_orgs_users_create(
        org=org,
        user_id=user_id,
        department_id=department_id,
        filter_by=filter_by,
        is_featured=is_featured,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        return_session_information=return_session_information,
        visibility=visibility,
        body=body,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/",
    operation_id="ai_mentor_orgs_users_ai_generated_images_list",
    description="Endpoint to view and delete AI generated images for a user.  AI Generated images are images generated during chat with AI. They are cached to allow retrieval and deletion.  optional filtering parameters allowed are - username: The username of the user for which this image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim), replicate. - model: the text to image model on the provider used to generate the image.  This endpoint is accessible to both students and platform admins.",
    status_code=200,
    response_model=models.PaginatedAIGeneratedImageList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_ai_generated_images_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    model: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    provider: Annotated[str | None, Query()] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedAIGeneratedImageList:
    return await api.ai_mentor_orgs_users_ai_generated_images_list(
        org=org,
        user_id=user_id,
        model=model,
        ordering=ordering,
        page=page,
        page_size=page_size,
        provider=provider,
        search=search,
        username=username,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/",
    operation_id="ai_mentor_orgs_users_ai_generated_images_retrieve",
    description="Endpoint to view and delete AI generated images for a user.  AI Generated images are images generated during chat with AI. They are cached to allow retrieval and deletion.  optional filtering parameters allowed are - username: The username of the user for which this image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim), replicate. - model: the text to image model on the provider used to generate the image.  This endpoint is accessible to both students and platform admins.",
    status_code=200,
    response_model=models.AIGeneratedImage,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_ai_generated_images_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this ai generated image.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.AIGeneratedImage:
    return await api.ai_mentor_orgs_users_ai_generated_images_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-generated-images/{id}/",
    operation_id="ai_mentor_orgs_users_ai_generated_images_destroy",
    description="Endpoint to view and delete AI generated images for a user.  AI Generated images are images generated during chat with AI. They are cached to allow retrieval and deletion.  optional filtering parameters allowed are - username: The username of the user for which this image was stored. - provider: The provider used to generate the image. eg. openai, nvidia (nim), replicate. - model: the text to image model on the provider used to generate the image.  This endpoint is accessible to both students and platform admins.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_ai_generated_images_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this ai generated image.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_ai_generated_images_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/",
    operation_id="ai_mentor_orgs_users_ai_user_profile_memory_list",
    description="Endpoint to get a list of AI user profile memory entries or to add an entry.",
    status_code=200,
    response_model=list[models.AIUserProfileMemoryRelation],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_ai_user_profile_memory_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.AIUserProfileMemoryRelation]:
    return await api.ai_mentor_orgs_users_ai_user_profile_memory_list(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/",
    operation_id="ai_mentor_orgs_users_ai_user_profile_memory_create",
    description='Endpoint to create an AI user profile memory entry.  Sample request: ``` {"favorite-animal": "my favorite animal is cat"} ``` Sample Response (the same as request data): ``` {"favorite-animal": "my favorite animal is cat"} ```',
    status_code=200,
    response_model=models.AIUserProfileMemoryRelation,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_ai_user_profile_memory_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AIUserProfileRequest, Body()],
) -> models.AIUserProfileMemoryRelation:
    return await api.ai_mentor_orgs_users_ai_user_profile_memory_create(
        org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/{tag}/",
    operation_id="ai_mentor_orgs_users_ai_user_profile_memory_destroy",
    description="The endpoint to delete an AI user profile memory entry.  No query parameters or JSON parameters are required.  The response is always empty. Successful request will be responded with status 204, and failed request will be responded with status 404.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_ai_user_profile_memory_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    tag: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_ai_user_profile_memory_destroy(org=org, tag=tag, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/",
    operation_id="ai_mentor_orgs_users_artifacts_list",
    summary="List artifacts",
    description="Retrieve a paginated list of artifacts for a user, with optional filtering and search.",
    status_code=200,
    response_model=models.PaginatedArtifactListList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    file_extension: Annotated[
        str | None, Query(description="Filter by file extension (e.g., 'py', 'md', 'html')")
    ] = None,
    llm_name: Annotated[
        str | None, Query(description="Filter by LLM name (e.g., 'gpt-4', 'claude-3')")
    ] = None,
    llm_provider: Annotated[
        str | None, Query(description="Filter by LLM provider (e.g., 'openai', 'anthropic')")
    ] = None,
    mentor_id: Annotated[str | None, Query(description="Filter by mentor UUID")] = None,
    ordering: Annotated[
        str | None,
        Query(
            description="Order by field (prefix with - for descending). Options: date_created, date_updated, title"
        ),
    ] = None,
    page: Annotated[int | None, Query(description="Page number")] = None,
    page_size: Annotated[
        int | None, Query(description="Number of items per page (max: 100)")
    ] = None,
    search: Annotated[str | None, Query(description="Search in title and content")] = None,
    session_id: Annotated[str | None, Query(description="Filter by session UUID")] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedArtifactListList:
    return await api.ai_mentor_orgs_users_artifacts_list(
        org=org,
        user_id=user_id,
        file_extension=file_extension,
        llm_name=llm_name,
        llm_provider=llm_provider,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        session_id=session_id,
        username=username,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/",
    operation_id="ai_mentor_orgs_users_artifacts_create",
    description="Artifacts cannot be created via API. They are created by LLMs via chat messages.",
    status_code=201,
    response_model=models.Artifact,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.ArtifactRequest, Body()],
) -> models.Artifact:
    return await api.ai_mentor_orgs_users_artifacts_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/",
    operation_id="ai_mentor_orgs_users_artifacts_retrieve",
    summary="Retrieve an artifact",
    description="Get detailed information about a specific artifact including its full content.",
    status_code=200,
    response_model=models.Artifact,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this artifact.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Artifact:
    return await api.ai_mentor_orgs_users_artifacts_retrieve(id=id, org=org, user_id=user_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/",
    operation_id="ai_mentor_orgs_users_artifacts_update",
    summary="Update an artifact",
    description="Update all fields of an artifact (excluding session reference).",
    status_code=200,
    response_model=models.Artifact,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this artifact.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.ArtifactRequest, Body()],
) -> models.Artifact:
    return await api.ai_mentor_orgs_users_artifacts_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/",
    operation_id="ai_mentor_orgs_users_artifacts_destroy",
    summary="Delete an artifact",
    description="Delete a specific artifact.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this artifact.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_artifacts_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/",
    operation_id="ai_mentor_orgs_users_artifacts_partial_update",
    summary="Partially update an artifact",
    description="Update specific fields of an artifact.",
    status_code=200,
    response_model=models.Artifact,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this artifact.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedArtifact | None, Body()] = None,
) -> models.Artifact:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_artifacts_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/",
    operation_id="ai_mentor_orgs_users_artifacts_versions_list",
    summary="List artifact versions",
    description="Retrieve all versions for a specific artifact.",
    status_code=200,
    response_model=models.PaginatedArtifactVersionList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_versions_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this artifact.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    file_extension: Annotated[str | None, Query()] = None,
    llm_name: Annotated[str | None, Query()] = None,
    llm_provider: Annotated[str | None, Query()] = None,
    mentor_id: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    session_id: Annotated[str | None, Query()] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedArtifactVersionList:
    return await api.ai_mentor_orgs_users_artifacts_versions_list(
        id=id,
        org=org,
        user_id=user_id,
        file_extension=file_extension,
        llm_name=llm_name,
        llm_provider=llm_provider,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        session_id=session_id,
        username=username,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/set-current/",
    operation_id="ai_mentor_orgs_users_artifacts_versions_set_current_create",
    summary="Set artifact version as current",
    description="Mark a specific version as the current/active version for an artifact.",
    status_code=200,
    response_model=models.ArtifactVersion,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_versions_set_current_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this artifact.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.SetCurrentVersionRequest, Body()],
) -> models.ArtifactVersion:
    return await api.ai_mentor_orgs_users_artifacts_versions_set_current_create(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/artifacts/{id}/versions/{version_id}/",
    operation_id="ai_mentor_orgs_users_artifacts_versions_retrieve",
    summary="Get specific artifact version",
    description="Retrieve a specific version of an artifact by version ID.",
    status_code=200,
    response_model=models.ArtifactVersion,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_artifacts_versions_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this artifact.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    version_id: Annotated[int, Path(description="ID of the version to retrieve")],
) -> models.ArtifactVersion:
    return await api.ai_mentor_orgs_users_artifacts_versions_retrieve(
        id=id, org=org, user_id=user_id, version_id=version_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/assumed-knowledge/",
    operation_id="ai_mentor_orgs_users_assumed_knowledge_retrieve",
    description="Retrieve assumed knowledge levels.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve assumed knowledge for.  Returns:     Response: The assumed knowledge levels for different categories.  Raises:     NotFound: If no assumed knowledge exists for the user.",
    status_code=200,
    response_model=models.AssumedKnowledge,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_assumed_knowledge_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.AssumedKnowledge:
    return await api.ai_mentor_orgs_users_assumed_knowledge_retrieve(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/assumed-knowledge/",
    operation_id="ai_mentor_orgs_users_assumed_knowledge_create",
    description="Update assumed knowledge levels.  Args:     request: The HTTP request containing the updated knowledge levels.     org: The organization/tenant identifier.     user_id: The ID of the user to update assumed knowledge for.  Returns:     Response: The updated assumed knowledge levels.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=200,
    response_model=models.AssumedKnowledge,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_assumed_knowledge_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AssumedKnowledge, Body()],
) -> models.AssumedKnowledge:
    return await api.ai_mentor_orgs_users_assumed_knowledge_create(
        org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/audio-to-text/",
    operation_id="ai_mentor_orgs_users_audio_to_text_create",
    description="Convert an uploaded audio file to text.  Args:     request: The HTTP request containing the audio file.     org: The organization/tenant identifier.     user_id: The ID of the user uploading the audio.  Returns:     Response: The transcribed text from the audio file.  Raises:     BadRequest: If the audio file is invalid or cannot be processed.     NotFound: If the API key for the tenant is not found.",
    status_code=200,
    response_model=models.AudioToTextResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_audio_to_text_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersAudioToTextCreateBody, Body()],
) -> models.AudioToTextResponse:
    return await api.ai_mentor_orgs_users_audio_to_text_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/available-template-mentors/",
    operation_id="ai_mentor_orgs_users_available_template_mentors_retrieve",
    description="This endpoint list available template mentors for a tenant  Returns:      200 : List of Template Mentors",
    status_code=200,
    response_model=models.TemplateMentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_available_template_mentors_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.TemplateMentor:
    return await api.ai_mentor_orgs_users_available_template_mentors_retrieve(
        org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/",
    operation_id="ai_mentor_orgs_users_call_configurations_list",
    description="API ViewSet for managing call configurations.  This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors. Call configurations define how voice calls are handled for a mentor.  Permissions:     - Accessible only to platform admins.  Endpoints:     GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call configurations for a specific mentor         - Returns paginated list of call configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - Create a new call configuration for a mentor         - Requires call configuration data in request body      PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an existing call configuration         - Requires call configuration data in request body  Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     - CallConfigurationSerializer data",
    status_code=200,
    response_model=list[models.CallConfiguration],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_call_configurations_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    mentor: Annotated[str | None, Query()] = None,
    mode: Annotated[
        Literal["realtime", "inference"] | None,
        Query(description="* `realtime` - Realtime * `inference` - Inference"),
    ] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
) -> list[models.CallConfiguration]:
    return await api.ai_mentor_orgs_users_call_configurations_list(
        org=org, user_id=user_id, mentor=mentor, mode=mode, ordering=ordering, search=search
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/",
    operation_id="ai_mentor_orgs_users_call_configurations_create",
    description="API ViewSet for managing call configurations.  This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors. Call configurations define how voice calls are handled for a mentor.  Permissions:     - Accessible only to platform admins.  Endpoints:     GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call configurations for a specific mentor         - Returns paginated list of call configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - Create a new call configuration for a mentor         - Requires call configuration data in request body      PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an existing call configuration         - Requires call configuration data in request body  Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     - CallConfigurationSerializer data",
    status_code=201,
    response_model=models.CallConfiguration,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_call_configurations_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.CallConfigurationRequest, Body()],
) -> models.CallConfiguration:
    return await api.ai_mentor_orgs_users_call_configurations_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/",
    operation_id="ai_mentor_orgs_users_call_configurations_retrieve",
    description="API ViewSet for managing call configurations.  This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors. Call configurations define how voice calls are handled for a mentor.  Permissions:     - Accessible only to platform admins.  Endpoints:     GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call configurations for a specific mentor         - Returns paginated list of call configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - Create a new call configuration for a mentor         - Requires call configuration data in request body      PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an existing call configuration         - Requires call configuration data in request body  Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     - CallConfigurationSerializer data",
    status_code=200,
    response_model=models.CallConfiguration,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_call_configurations_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this call configuration.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CallConfiguration:
    return await api.ai_mentor_orgs_users_call_configurations_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/",
    operation_id="ai_mentor_orgs_users_call_configurations_update",
    description="API ViewSet for managing call configurations.  This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors. Call configurations define how voice calls are handled for a mentor.  Permissions:     - Accessible only to platform admins.  Endpoints:     GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call configurations for a specific mentor         - Returns paginated list of call configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - Create a new call configuration for a mentor         - Requires call configuration data in request body      PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an existing call configuration         - Requires call configuration data in request body  Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     - CallConfigurationSerializer data",
    status_code=200,
    response_model=models.CallConfiguration,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_call_configurations_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this call configuration.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.CallConfigurationRequest, Body()],
) -> models.CallConfiguration:
    return await api.ai_mentor_orgs_users_call_configurations_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/",
    operation_id="ai_mentor_orgs_users_call_configurations_partial_update",
    description="API ViewSet for managing call configurations.  This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors. Call configurations define how voice calls are handled for a mentor.  Permissions:     - Accessible only to platform admins.  Endpoints:     GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - List all call configurations for a specific mentor         - Returns paginated list of call configurations      POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/         - Create a new call configuration for a mentor         - Requires call configuration data in request body      PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/         - Update an existing call configuration         - Requires call configuration data in request body  Query Parameters:     - mentor: Filter configurations by mentor ID  Returns:     - CallConfigurationSerializer data",
    status_code=200,
    response_model=models.CallConfiguration,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_call_configurations_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this call configuration.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedCallConfiguration | None, Body()] = None,
) -> models.CallConfiguration:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_call_configurations_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/",
    operation_id="ai_mentor_orgs_users_category_groups_list",
    description="Retrieve a list of Mentor Category Groups.",
    status_code=200,
    response_model=list[models.MentorCategoryGroup],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_category_groups_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    audience: Annotated[int | None, Query()] = None,
    audience__name: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
) -> list[models.MentorCategoryGroup]:
    return await api.ai_mentor_orgs_users_category_groups_list(
        org=org,
        user_id=user_id,
        audience=audience,
        audience__name=audience__name,
        ordering=ordering,
        search=search,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/",
    operation_id="ai_mentor_orgs_users_category_groups_create",
    description="Create a new Mentor Category Group. Only accessible to Platform Admins.",
    status_code=201,
    response_model=models.MentorCategoryGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_category_groups_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorCategoryGroupCreateRequest, Body()],
) -> models.MentorCategoryGroup:
    return await api.ai_mentor_orgs_users_category_groups_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/{id}/",
    operation_id="ai_mentor_orgs_users_category_groups_retrieve",
    description="Mentor Category Groups offer parent grouping for mentor category objects.  The parameter `audience` is deprecated and is currently left behind for backward compatibility.  Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE, PATCH, PUT: Accessible to only Platform Admins",
    status_code=200,
    response_model=models.MentorCategoryGroup,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_category_groups_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this mentor category group.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorCategoryGroup:
    return await api.ai_mentor_orgs_users_category_groups_retrieve(id=id, org=org, user_id=user_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/{id}/",
    operation_id="ai_mentor_orgs_users_category_groups_update",
    description="Mentor Category Groups offer parent grouping for mentor category objects.  The parameter `audience` is deprecated and is currently left behind for backward compatibility.  Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE, PATCH, PUT: Accessible to only Platform Admins",
    status_code=200,
    response_model=models.MentorCategoryGroupCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_category_groups_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this mentor category group.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorCategoryGroupCreateRequest, Body()],
) -> models.MentorCategoryGroupCreate:
    return await api.ai_mentor_orgs_users_category_groups_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/{id}/",
    operation_id="ai_mentor_orgs_users_category_groups_destroy",
    description="Mentor Category Groups offer parent grouping for mentor category objects.  The parameter `audience` is deprecated and is currently left behind for backward compatibility.  Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE, PATCH, PUT: Accessible to only Platform Admins",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_category_groups_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this mentor category group.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_category_groups_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/category-groups/{id}/",
    operation_id="ai_mentor_orgs_users_category_groups_partial_update",
    description="Mentor Category Groups offer parent grouping for mentor category objects.  The parameter `audience` is deprecated and is currently left behind for backward compatibility.  Permissions:     GET: Accessible to both Platform Admins and Students     POST, DELETE, PATCH, PUT: Accessible to only Platform Admins",
    status_code=200,
    response_model=models.MentorCategoryGroupCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_category_groups_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this mentor category group.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedMentorCategoryGroupCreate | None, Body()] = None,
) -> models.MentorCategoryGroupCreate:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_category_groups_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/chat/files/upload-url/",
    operation_id="ai_mentor_orgs_users_chat_files_upload_url_create",
    description="Generate presigned S3 upload URL for chat file",
    status_code=200,
    response_model=models.FileUploadURLResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_chat_files_upload_url_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.FileUploadURLRequest, Body()],
) -> models.FileUploadURLResponse:
    return await api.ai_mentor_orgs_users_chat_files_upload_url_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/",
    operation_id="ai_mentor_orgs_users_clean_vector_results_list",
    description="Retrieve and clean up vector results from a specific session.  This endpoint retrieves the documents last used by the mentor to answer the most recent query from the user in the specified session, and cleans them to remove any inappropriate content.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     session_id: The ID of the session to retrieve vector results from.  Returns:     Response: The cleaned vector results.  Raises:     BadRequest: If the API key for the cleaning provider is not found.     NotFound: If no vector results are found for the session.",
    status_code=200,
    response_model=list[models.VectorResult],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_clean_vector_results_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.VectorResult]:
    return await api.ai_mentor_orgs_users_clean_vector_results_list(
        org=org, session_id=session_id, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/",
    operation_id="ai_mentor_orgs_users_clean_vector_results_create",
    description="Clean up provided vector results.  This endpoint allows users to submit specific vector results for cleaning, which is useful when there are particular documents that need to be processed.  Args:     request: The HTTP request containing the vector results to clean.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.  Returns:     Response: The cleaned vector results.  Raises:     BadRequest: If the API key for the cleaning provider is not found or the provided data is invalid.",
    status_code=200,
    response_model=list[models.VectorResult],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_clean_vector_results_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[list[models.VectorResult], Body()],
) -> list[models.VectorResult]:
    return await api.ai_mentor_orgs_users_clean_vector_results_create(
        org=org, session_id=session_id, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/clear-chathistory",
    operation_id="ai_mentor_orgs_users_clear_chathistory_destroy",
    summary="Delete User Chat History",
    description="Endpoint to clear a user's chat history.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_clear_chathistory_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_clear_chathistory_destroy(org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/",
    operation_id="ai_mentor_orgs_users_course_creation_task_files_list",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=200,
    response_model=models.PaginatedCourseCreationTaskFileList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_task_files_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> models.PaginatedCourseCreationTaskFileList:
    return await api.ai_mentor_orgs_users_course_creation_task_files_list(
        org=org, user_id=user_id, page=page, page_size=page_size
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/",
    operation_id="ai_mentor_orgs_users_course_creation_task_files_create",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=201,
    response_model=models.CourseCreationTaskFile,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_task_files_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersCourseCreationTaskFilesCreateBody, Body()],
) -> models.CourseCreationTaskFile:
    return await api.ai_mentor_orgs_users_course_creation_task_files_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_task_files_retrieve",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=200,
    response_model=models.CourseCreationTaskFile,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_task_files_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task file.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CourseCreationTaskFile:
    return await api.ai_mentor_orgs_users_course_creation_task_files_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_task_files_update",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=200,
    response_model=models.CourseCreationTaskFile,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_task_files_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task file.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersCourseCreationTaskFilesUpdateBody, Body()],
) -> models.CourseCreationTaskFile:
    return await api.ai_mentor_orgs_users_course_creation_task_files_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_task_files_destroy",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_task_files_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task file.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_task_files_destroy(
        id=id, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-task-files/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_task_files_partial_update",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=200,
    response_model=models.CourseCreationTaskFile,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_task_files_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task file.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[
        models.AiMentorOrgsUsersCourseCreationTaskFilesPartialUpdateBody | None, Body()
    ] = None,
) -> models.CourseCreationTaskFile:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_course_creation_task_files_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_list",
    description="Create, retrieve and delete course creation tasks  Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment connected to this data manager.  The course is created entirely by an ai model (as specified in your inputs).  The llm decides on the content of the course based on the name, description, target audience and other parameters. Bigger and newer models tend to outperform smaller once.  Clear and unambiguous parameters are more likely to produce better results.",
    status_code=200,
    response_model=models.PaginatedCourseCreationTaskList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> models.PaginatedCourseCreationTaskList:
    return await api.ai_mentor_orgs_users_course_creation_tasks_list(
        org=org, user_id=user_id, page=page, page_size=page_size
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create",
    description="Create, retrieve and delete course creation tasks  Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment connected to this data manager.  The course is created entirely by an ai model (as specified in your inputs).  The llm decides on the content of the course based on the name, description, target audience and other parameters. Bigger and newer models tend to outperform smaller once.  Clear and unambiguous parameters are more likely to produce better results.",
    status_code=201,
    response_model=models.CourseCreationTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersCourseCreationTasksCreateBody, Body()],
) -> models.CourseCreationTask:
    return await api.ai_mentor_orgs_users_course_creation_tasks_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_retrieve",
    description="Create, retrieve and delete course creation tasks  Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment connected to this data manager.  The course is created entirely by an ai model (as specified in your inputs).  The llm decides on the content of the course based on the name, description, target audience and other parameters. Bigger and newer models tend to outperform smaller once.  Clear and unambiguous parameters are more likely to produce better results.",
    status_code=200,
    response_model=models.CourseCreationTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CourseCreationTask:
    return await api.ai_mentor_orgs_users_course_creation_tasks_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_destroy",
    description="Create, retrieve and delete course creation tasks  Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment connected to this data manager.  The course is created entirely by an ai model (as specified in your inputs).  The llm decides on the content of the course based on the name, description, target audience and other parameters. Bigger and newer models tend to outperform smaller once.  Clear and unambiguous parameters are more likely to produce better results.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_tasks_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/cancel/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve",
    description="Cancel a course creation task run. ** Conditions Required **: The task must be running or pending. ** Response **: - 200: The course creation task is successfully cancelled. - 400: The course creation task is not in a running or pending state.",
    status_code=200,
    response_model=models.CourseCreationTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CourseCreationTask:
    return await api.ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/create-course-outline/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve",
    description="Generate a course outline synchronously.  Creates the course outline via LLM and pushes it to EdX.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve(
        id=id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/create-course-outline/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create",
    description="Generate a course outline synchronously.  Creates the course outline via LLM and pushes it to EdX.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[
        models.AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreateBody, Body()
    ],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create(
        id=id, org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/create-course/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create_course_create",
    description="Create a blank course on EdX and trigger background settings update.  Creates the course on EdX synchronously. If successful, schedules a background task to generate and apply course settings and images via AI.  Returns immediately after course creation — settings/images are applied asynchronously.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_create_course_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersCourseCreationTasksCreateCourseCreateBody, Body()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_tasks_create_course_create(
        id=id, org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation-tasks/{id}/start/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_start_retrieve",
    description="Kick start the course creation task. This endpoint should be called once the files for a course creation task has been successfully uploaded.  ** Conditions Required **: - The course creation task must be in a pending state or failed state.  ** Response **: - 200: The course creation task is successfully started. - 400: The course creation task is not in a pending state.",
    status_code=200,
    response_model=models.CourseCreationTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_start_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CourseCreationTask:
    return await api.ai_mentor_orgs_users_course_creation_tasks_start_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/",
    operation_id="ai_mentor_orgs_users_course_creation_course_list",
    description="API viewset for managing EdX courses.  This viewset allows platform administrators to retrieve, delete, and perform various operations on EdX courses that were created through course creation tasks.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.PaginatedEdxCourseList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    task: Annotated[int | None, Query()] = None,
) -> models.PaginatedEdxCourseList:
    return await api.ai_mentor_orgs_users_course_creation_course_list(
        org=org,
        user_id=user_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        task=task,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/",
    operation_id="ai_mentor_orgs_users_course_creation_course_create",
    description="API viewset for managing EdX courses.  This viewset allows platform administrators to retrieve, delete, and perform various operations on EdX courses that were created through course creation tasks.  Permissions:     - Restricted to platform administrators only",
    status_code=201,
    response_model=models.EdxCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.EdxCourseRequest, Body()],
) -> models.EdxCourse:
    return await api.ai_mentor_orgs_users_course_creation_course_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_course_retrieve",
    description="API viewset for managing EdX courses.  This viewset allows platform administrators to retrieve, delete, and perform various operations on EdX courses that were created through course creation tasks.  Permissions:     - Restricted to platform administrators only",
    status_code=200,
    response_model=models.EdxCourse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.EdxCourse:
    return await api.ai_mentor_orgs_users_course_creation_course_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_course_destroy",
    description="API viewset for managing EdX courses.  This viewset allows platform administrators to retrieve, delete, and perform various operations on EdX courses that were created through course creation tasks.  Permissions:     - Restricted to platform administrators only",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_course_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/create-xblock/",
    operation_id="ai_mentor_orgs_users_course_creation_course_create_xblock_create",
    description="Create a new xblock under a parent within this course.",
    status_code=200,
    response_model=models.XblockResult,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_create_xblock_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.CreateXblock, Body()],
) -> models.XblockResult:
    return await api.ai_mentor_orgs_users_course_creation_course_create_xblock_create(
        id=id, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/delete-xblock/",
    operation_id="ai_mentor_orgs_users_course_creation_course_delete_xblock_create",
    description="Delete an xblock from this course.",
    status_code=200,
    response_model=models.XblockResult,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_delete_xblock_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.DeleteXblock, Body()],
) -> models.XblockResult:
    return await api.ai_mentor_orgs_users_course_creation_course_delete_xblock_create(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/draft-content-for-all-units/",
    operation_id="ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve",
    description="Generate draft content for all units in a course.  This action starts a background task to create draft content for all units in the course using AI.  Args:     request: The HTTP request.     pk: The primary key of the course to generate content for.  Returns:     Response: A confirmation that the content generation task has been started.  Raises:     NotFound: If the specified course does not exist.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_course_draft_content_for_all_units_retrieve(
        id=id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/draft-content-for-unit/",
    operation_id="ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create",
    description="Draft content for a single unit synchronously.  Only xblock_id is required. The display_name and unit_type are fetched from EdX automatically.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[
        models.AiMentorOrgsUsersCourseCreationCourseDraftContentForUnitCreateBody | None, Body()
    ] = None,
) -> Response:
    await reject_json_null(request, body)
    await api.ai_mentor_orgs_users_course_creation_course_draft_content_for_unit_create(
        id=id, org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/full-structure/",
    operation_id="ai_mentor_orgs_users_course_creation_course_full_structure_retrieve",
    description="Retrieve the full structure of a course from EdX.  This action returns the complete hierarchical structure of the course, including all sections, subsections, units, and components.  Use ``?include_content=true`` to include component HTML content (slower).  Args:     request: The HTTP request.     pk: The primary key of the course to retrieve.  Returns:     Response: The full structure of the course.  Raises:     NotFound: If the specified course does not exist.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_full_structure_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_course_full_structure_retrieve(
        id=id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/outline/",
    operation_id="ai_mentor_orgs_users_course_creation_course_outline_retrieve",
    description="Fetch and report course outline directly from the LMS  Outline includes all sections, subsections, units and components. This does not include the html content of the components.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_outline_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_course_outline_retrieve(
        id=id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/reorder-children/",
    operation_id="ai_mentor_orgs_users_course_creation_course_reorder_children_create",
    description="Reorder the children of an xblock within this course.  This is also useful for moving an element from its parent to another. If you set an xblock as a child of another parent, it is automatically removed from its previous position and placed in the child position of the current specified parent.",
    status_code=200,
    response_model=models.XblockResult,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_reorder_children_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.ReorderChildren, Body()],
) -> models.XblockResult:
    return await api.ai_mentor_orgs_users_course_creation_course_reorder_children_create(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/student-progress/",
    operation_id="ai_mentor_orgs_users_course_creation_course_student_progress_retrieve",
    description="Fetch a student's completion progress for this course.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_student_progress_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    target_username: Annotated[
        str, Query(min_length=1, description="Username of the student whose progress to fetch.")
    ],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_course_student_progress_retrieve(
        id=id, org=org, user_id=user_id, target_username=target_username
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/sync-to-edx/",
    operation_id="ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve",
    description="Publish the course structure on EdX synchronously.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_course_sync_to_edx_retrieve(
        id=id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/sync-to-edx/",
    operation_id="ai_mentor_orgs_users_course_creation_course_sync_to_edx_create",
    description="Publish the course structure on EdX synchronously.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_sync_to_edx_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.EdxCourseRequest, Body()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_course_sync_to_edx_create(
        id=id, org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/update-xblock/",
    operation_id="ai_mentor_orgs_users_course_creation_course_update_xblock_create",
    description="Update an xblock's display name and/or content.",
    status_code=200,
    response_model=models.XblockResult,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_course_update_xblock_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this edx course.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UpdateXblock, Body()],
) -> models.XblockResult:
    return await api.ai_mentor_orgs_users_course_creation_course_update_xblock_create(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/",
    operation_id="ai_mentor_orgs_users_course_creation_files_list",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=200,
    response_model=models.PaginatedCourseCreationTaskFileList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_files_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> models.PaginatedCourseCreationTaskFileList:
    return await api.ai_mentor_orgs_users_course_creation_files_list(
        org=org, user_id=user_id, page=page, page_size=page_size
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/",
    operation_id="ai_mentor_orgs_users_course_creation_files_create",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=201,
    response_model=models.CourseCreationTaskFile,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_files_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersCourseCreationFilesCreateBody, Body()],
) -> models.CourseCreationTaskFile:
    return await api.ai_mentor_orgs_users_course_creation_files_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_files_retrieve",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=200,
    response_model=models.CourseCreationTaskFile,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_files_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task file.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CourseCreationTaskFile:
    return await api.ai_mentor_orgs_users_course_creation_files_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_files_update",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=200,
    response_model=models.CourseCreationTaskFile,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_files_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task file.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersCourseCreationFilesUpdateBody, Body()],
) -> models.CourseCreationTaskFile:
    return await api.ai_mentor_orgs_users_course_creation_files_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_files_destroy",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_files_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task file.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_files_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_files_partial_update",
    description="Endpoint to fetch update and delete files associated with course creation tasks.",
    status_code=200,
    response_model=models.CourseCreationTaskFile,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_files_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task file.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[
        models.AiMentorOrgsUsersCourseCreationFilesPartialUpdateBody | None, Body()
    ] = None,
) -> models.CourseCreationTaskFile:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_course_creation_files_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_list_2",
    description="Create, retrieve and delete course creation tasks  Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment connected to this data manager.  The course is created entirely by an ai model (as specified in your inputs).  The llm decides on the content of the course based on the name, description, target audience and other parameters. Bigger and newer models tend to outperform smaller once.  Clear and unambiguous parameters are more likely to produce better results.",
    status_code=200,
    response_model=models.PaginatedCourseCreationTaskList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_list_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> models.PaginatedCourseCreationTaskList:
    return await api.ai_mentor_orgs_users_course_creation_tasks_list_2(
        org=org, user_id=user_id, page=page, page_size=page_size
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create_2",
    description="Create, retrieve and delete course creation tasks  Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment connected to this data manager.  The course is created entirely by an ai model (as specified in your inputs).  The llm decides on the content of the course based on the name, description, target audience and other parameters. Bigger and newer models tend to outperform smaller once.  Clear and unambiguous parameters are more likely to produce better results.",
    status_code=201,
    response_model=models.CourseCreationTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_create_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersCourseCreationTasksCreate2Body, Body()],
) -> models.CourseCreationTask:
    return await api.ai_mentor_orgs_users_course_creation_tasks_create_2(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_retrieve_2",
    description="Create, retrieve and delete course creation tasks  Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment connected to this data manager.  The course is created entirely by an ai model (as specified in your inputs).  The llm decides on the content of the course based on the name, description, target audience and other parameters. Bigger and newer models tend to outperform smaller once.  Clear and unambiguous parameters are more likely to produce better results.",
    status_code=200,
    response_model=models.CourseCreationTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_retrieve_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CourseCreationTask:
    return await api.ai_mentor_orgs_users_course_creation_tasks_retrieve_2(
        id=id, org=org, user_id=user_id
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_destroy_2",
    description="Create, retrieve and delete course creation tasks  Course creation tasks allow you to schedule the creation of a course on OpenEdx deployment connected to this data manager.  The course is created entirely by an ai model (as specified in your inputs).  The llm decides on the content of the course based on the name, description, target audience and other parameters. Bigger and newer models tend to outperform smaller once.  Clear and unambiguous parameters are more likely to produce better results.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_destroy_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_tasks_destroy_2(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/cancel/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2",
    description="Cancel a course creation task run. ** Conditions Required **: The task must be running or pending. ** Response **: - 200: The course creation task is successfully cancelled. - 400: The course creation task is not in a running or pending state.",
    status_code=200,
    response_model=models.CourseCreationTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CourseCreationTask:
    return await api.ai_mentor_orgs_users_course_creation_tasks_cancel_retrieve_2(
        id=id, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/create-course-outline/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2",
    description="Generate a course outline synchronously.  Creates the course outline via LLM and pushes it to EdX.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_retrieve_2(
        id=id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/create-course-outline/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2",
    description="Generate a course outline synchronously.  Creates the course outline via LLM and pushes it to EdX.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[
        models.AiMentorOrgsUsersCourseCreationTasksCreateCourseOutlineCreate2Body, Body()
    ],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_tasks_create_course_outline_create_2(
        id=id, org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/create-course/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create_course_create_2",
    description="Create a blank course on EdX and trigger background settings update.  Creates the course on EdX synchronously. If successful, schedules a background task to generate and apply course settings and images via AI.  Returns immediately after course creation — settings/images are applied asynchronously.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_create_course_create_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersCourseCreationTasksCreateCourseCreate2Body, Body()],
) -> Response:
    await api.ai_mentor_orgs_users_course_creation_tasks_create_course_create_2(
        id=id, org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/{id}/start/",
    operation_id="ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2",
    description="Kick start the course creation task. This endpoint should be called once the files for a course creation task has been successfully uploaded.  ** Conditions Required **: - The course creation task must be in a pending state or failed state.  ** Response **: - 200: The course creation task is successfully started. - 400: The course creation task is not in a pending state.",
    status_code=200,
    response_model=models.CourseCreationTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this course creation task.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CourseCreationTask:
    return await api.ai_mentor_orgs_users_course_creation_tasks_start_retrieve_2(
        id=id, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/create-mentor-wizard/",
    operation_id="ai_mentor_orgs_users_create_mentor_wizard_create",
    description="Create a new mentor using the wizard interface.  Args:     request: The HTTP request containing the mentor data.     org: The organization/tenant identifier.     user_id: The ID of the user creating the mentor.  Returns:     Response: The created mentor.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=201,
    response_model=models.Mentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_create_mentor_wizard_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorWizard, Body()],
) -> models.Mentor:
    return await api.ai_mentor_orgs_users_create_mentor_wizard_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/",
    operation_id="ai_mentor_orgs_users_custom_instruction_retrieve",
    description="Retrieve custom instructions for a specific user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve custom instructions for.  Returns:     Response: The custom instructions for the user.  Raises:     NotFound: If no custom instructions exist for the user.",
    status_code=200,
    response_model=models.CustomInstructionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_custom_instruction_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.CustomInstructionResponse:
    return await api.ai_mentor_orgs_users_custom_instruction_retrieve(org=org, user_id=user_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/",
    operation_id="ai_mentor_orgs_users_custom_instruction_update",
    description="Update an existing custom instruction for a user.  Args:     request: The HTTP request containing the updated custom instruction data.     org: The organization/tenant identifier.     user_id: The ID of the user to update custom instructions for.  Returns:     Response: The updated custom instruction.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If no custom instruction exists for the user.",
    status_code=200,
    response_model=models.CustomInstructionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_custom_instruction_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.CustomInstructionResponseRequest | None, Body()] = None,
) -> models.CustomInstructionResponse:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_custom_instruction_update(
        org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/",
    operation_id="ai_mentor_orgs_users_custom_instruction_create",
    description="Create a new custom instruction for a user.  Args:     request: The HTTP request containing the custom instruction data.     org: The organization/tenant identifier.     user_id: The ID of the user to create custom instructions for.  Returns:     Response: The created custom instruction.  Raises:     BadRequest: If the provided data is invalid.",
    status_code=201,
    response_model=models.CustomInstructionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_custom_instruction_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.CustomInstructionResponseRequest | None, Body()] = None,
) -> models.CustomInstructionResponse:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_custom_instruction_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/",
    operation_id="ai_mentor_orgs_users_disclaimer_agreements_list",
    description='API view for managing disclaimer agreements.  This viewset provides Create Read and Delete operations for disclaimer agreements with different access levels:  Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to create (for themselves) and delete agreements for themselves and other users. - Results are paginated and can be filtered  Students: - Can only view their own disclaimer agreements - Limited to agreements where they are the user - Results are paginated and can be filtered  List endpoint returns paginated results with disclaimer agreement objects:  ``` {     "count": int,     "next": str,     "previous": str,     "results": [         {             "id": int,             "user": str,             "disclaimer": int,             "agreed_at": datetime,          },         ...     ] } ```  Detail endpoints return a single disclaimer agreement object with the same structure',
    status_code=200,
    response_model=models.PaginatedDisclaimerAgreementList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimer_agreements_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    disclaimer: Annotated[int | None, Query()] = None,
    mentor_id: Annotated[str | None, Query()] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedDisclaimerAgreementList:
    return await api.ai_mentor_orgs_users_disclaimer_agreements_list(
        org=org,
        user_id=user_id,
        disclaimer=disclaimer,
        mentor_id=mentor_id,
        page=page,
        page_size=page_size,
        username=username,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/",
    operation_id="ai_mentor_orgs_users_disclaimer_agreements_create",
    description='API view for managing disclaimer agreements.  This viewset provides Create Read and Delete operations for disclaimer agreements with different access levels:  Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to create (for themselves) and delete agreements for themselves and other users. - Results are paginated and can be filtered  Students: - Can only view their own disclaimer agreements - Limited to agreements where they are the user - Results are paginated and can be filtered  List endpoint returns paginated results with disclaimer agreement objects:  ``` {     "count": int,     "next": str,     "previous": str,     "results": [         {             "id": int,             "user": str,             "disclaimer": int,             "agreed_at": datetime,          },         ...     ] } ```  Detail endpoints return a single disclaimer agreement object with the same structure',
    status_code=201,
    response_model=models.DisclaimerAgreement,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimer_agreements_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.DisclaimerAgreementRequest, Body()],
) -> models.DisclaimerAgreement:
    return await api.ai_mentor_orgs_users_disclaimer_agreements_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/{id}/",
    operation_id="ai_mentor_orgs_users_disclaimer_agreements_retrieve",
    description='API view for managing disclaimer agreements.  This viewset provides Create Read and Delete operations for disclaimer agreements with different access levels:  Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to create (for themselves) and delete agreements for themselves and other users. - Results are paginated and can be filtered  Students: - Can only view their own disclaimer agreements - Limited to agreements where they are the user - Results are paginated and can be filtered  List endpoint returns paginated results with disclaimer agreement objects:  ``` {     "count": int,     "next": str,     "previous": str,     "results": [         {             "id": int,             "user": str,             "disclaimer": int,             "agreed_at": datetime,          },         ...     ] } ```  Detail endpoints return a single disclaimer agreement object with the same structure',
    status_code=200,
    response_model=models.DisclaimerAgreement,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimer_agreements_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this disclaimer agreement.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.DisclaimerAgreement:
    return await api.ai_mentor_orgs_users_disclaimer_agreements_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/{id}/",
    operation_id="ai_mentor_orgs_users_disclaimer_agreements_destroy",
    description='API view for managing disclaimer agreements.  This viewset provides Create Read and Delete operations for disclaimer agreements with different access levels:  Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to create (for themselves) and delete agreements for themselves and other users. - Results are paginated and can be filtered  Students: - Can only view their own disclaimer agreements - Limited to agreements where they are the user - Results are paginated and can be filtered  List endpoint returns paginated results with disclaimer agreement objects:  ``` {     "count": int,     "next": str,     "previous": str,     "results": [         {             "id": int,             "user": str,             "disclaimer": int,             "agreed_at": datetime,          },         ...     ] } ```  Detail endpoints return a single disclaimer agreement object with the same structure',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimer_agreements_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this disclaimer agreement.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_disclaimer_agreements_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/",
    operation_id="ai_mentor_orgs_users_disclaimers_list",
    description='ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating and managing mentor disclaimers, which are statements or information that mentors need to share with students.  Permissions:     - Platform administrators have full CRUD access     - Students have read-only access     - Unauthenticated users have no access  Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers     - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from disclaimer  Query Parameters:     - Supports filtering via DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:     List endpoint returns paginated results with disclaimer objects:      ```     {         "count": int,         "next": str,         "previous": str,         "results": [             {                 "id": int,                 "title": str,                 "content": str,                 "mentor": str,                 "platform": str,                 "created_at": datetime,                 "updated_at": datetime             },             ...         ]     }     ```      Detail endpoints return a single disclaimer object with the same structure',
    status_code=200,
    response_model=models.PaginatedDisclaimerList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimers_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    active: Annotated[bool | None, Query()] = None,
    mentor_id: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    scope: Annotated[
        Literal["platform", "mentor"] | None,
        Query(description="* `platform` - Platform * `mentor` - Mentor"),
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
) -> models.PaginatedDisclaimerList:
    return await api.ai_mentor_orgs_users_disclaimers_list(
        org=org,
        user_id=user_id,
        active=active,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        scope=scope,
        search=search,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/",
    operation_id="ai_mentor_orgs_users_disclaimers_create",
    description='ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating and managing mentor disclaimers, which are statements or information that mentors need to share with students.  Permissions:     - Platform administrators have full CRUD access     - Students have read-only access     - Unauthenticated users have no access  Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers     - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from disclaimer  Query Parameters:     - Supports filtering via DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:     List endpoint returns paginated results with disclaimer objects:      ```     {         "count": int,         "next": str,         "previous": str,         "results": [             {                 "id": int,                 "title": str,                 "content": str,                 "mentor": str,                 "platform": str,                 "created_at": datetime,                 "updated_at": datetime             },             ...         ]     }     ```      Detail endpoints return a single disclaimer object with the same structure',
    status_code=201,
    response_model=models.Disclaimer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimers_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.DisclaimerRequest, Body()],
) -> models.Disclaimer:
    return await api.ai_mentor_orgs_users_disclaimers_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/",
    operation_id="ai_mentor_orgs_users_disclaimers_retrieve",
    description='ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating and managing mentor disclaimers, which are statements or information that mentors need to share with students.  Permissions:     - Platform administrators have full CRUD access     - Students have read-only access     - Unauthenticated users have no access  Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers     - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from disclaimer  Query Parameters:     - Supports filtering via DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:     List endpoint returns paginated results with disclaimer objects:      ```     {         "count": int,         "next": str,         "previous": str,         "results": [             {                 "id": int,                 "title": str,                 "content": str,                 "mentor": str,                 "platform": str,                 "created_at": datetime,                 "updated_at": datetime             },             ...         ]     }     ```      Detail endpoints return a single disclaimer object with the same structure',
    status_code=200,
    response_model=models.Disclaimer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimers_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this disclaimer.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Disclaimer:
    return await api.ai_mentor_orgs_users_disclaimers_retrieve(id=id, org=org, user_id=user_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/",
    operation_id="ai_mentor_orgs_users_disclaimers_update",
    description='ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating and managing mentor disclaimers, which are statements or information that mentors need to share with students.  Permissions:     - Platform administrators have full CRUD access     - Students have read-only access     - Unauthenticated users have no access  Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers     - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from disclaimer  Query Parameters:     - Supports filtering via DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:     List endpoint returns paginated results with disclaimer objects:      ```     {         "count": int,         "next": str,         "previous": str,         "results": [             {                 "id": int,                 "title": str,                 "content": str,                 "mentor": str,                 "platform": str,                 "created_at": datetime,                 "updated_at": datetime             },             ...         ]     }     ```      Detail endpoints return a single disclaimer object with the same structure',
    status_code=200,
    response_model=models.Disclaimer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimers_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this disclaimer.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.DisclaimerRequest, Body()],
) -> models.Disclaimer:
    return await api.ai_mentor_orgs_users_disclaimers_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/",
    operation_id="ai_mentor_orgs_users_disclaimers_partial_update",
    description='ViewSet for managing mentor disclaimers.  This viewset provides endpoints for creating and managing mentor disclaimers, which are statements or information that mentors need to share with students.  Permissions:     - Platform administrators have full CRUD access     - Students have read-only access     - Unauthenticated users have no access  Endpoints:     - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers     - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer     - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer     - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer     - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from disclaimer  Query Parameters:     - Supports filtering via DjangoFilterBackend     - See DisclaimerFilterSet for available filters  Returns:     List endpoint returns paginated results with disclaimer objects:      ```     {         "count": int,         "next": str,         "previous": str,         "results": [             {                 "id": int,                 "title": str,                 "content": str,                 "mentor": str,                 "platform": str,                 "created_at": datetime,                 "updated_at": datetime             },             ...         ]     }     ```      Detail endpoints return a single disclaimer object with the same structure',
    status_code=200,
    response_model=models.Disclaimer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimers_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this disclaimer.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedDisclaimer | None, Body()] = None,
) -> models.Disclaimer:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_disclaimers_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/add-mentor/",
    operation_id="ai_mentor_orgs_users_disclaimers_add_mentor_create",
    summary="Add mentor to disclaimer",
    description="Add a mentor to a disclaimer with `mentor` scope. Only platform admins can perform this action.",
    status_code=200,
    response_model=models.Disclaimer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimers_add_mentor_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this disclaimer.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AddMentorToDisclaimer, Body()],
) -> models.Disclaimer:
    return await api.ai_mentor_orgs_users_disclaimers_add_mentor_create(
        id=id, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/remove-mentor/",
    operation_id="ai_mentor_orgs_users_disclaimers_remove_mentor_create",
    summary="Remove mentor from disclaimer",
    description="Remove a mentor from a disclaimer with `mentor` scope. Only platform admins can perform this action. Validates that at least one mentor remains after removal.",
    status_code=200,
    response_model=models.Disclaimer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_disclaimers_remove_mentor_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this disclaimer.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.RemoveMentorFromDisclaimer, Body()],
) -> models.Disclaimer:
    return await api.ai_mentor_orgs_users_disclaimers_remove_mentor_create(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/downloads/tasks/{task_id}/",
    operation_id="ai_mentor_orgs_users_downloads_tasks_retrieve",
    description="Retrieves the chat history for a user if the export task is ready.  This Endpoint to download user chathistory.  Accessible to tenant admins and students.  Returns:      200: When task is not ready.      200: chat history object      400: When data is not valid.",
    status_code=200,
    response_model=models.ChatHistoryItem,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_downloads_tasks_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    task_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    to_csv: Annotated[bool | None, Query(description="Choose download in csv or not")] = None,
) -> models.ChatHistoryItem:
    return await api.ai_mentor_orgs_users_downloads_tasks_retrieve(
        org=org, task_id=task_id, user_id=user_id, to_csv=to_csv
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/",
    operation_id="ai_mentor_orgs_users_edx_memory_list",
    description='Endpoints to fetch and delete Edx stored Memory information stored for a user and a corresponding edx course they have interracted with. This information is passed to the corresponding mentor so the mentor has context information about the course and unit that the user last interracted with.  There can be only one UserEdxMemory instance per student and course_id.  Url Args:     org (str): The organization\'s platform key.     user_id (str): The username  identifier of the individual.  Returns:      200: A paginated list of UserEdxMemory objects  Examples:      - List all memories         GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None         Response:       {                             "count": 0,                             "next": null,                             "previous": null,                             "results": [{                                 "student": 1,                                 "course_id": "course-v1:main+CARBON+2024_Fall",                                 "data": {},                                 "date_created": "2024-06-25T15:30:26.257140",                                 "last_modified": "2024-06-25T15:30:26.257140"                             }]                         }     - Get a single UserEdxMemory object         GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None         Response:       {                             "student": 1,                             "course_id": "course-v1:main+CARBON+2024_Fall",                             "data": {},                             "date_created": "2024-06-25T15:30:26.257140",                             "last_modified": "2024-06-25T15:30:26.257140"                         }',
    status_code=200,
    response_model=models.PaginatedUserEdxMemoryList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_edx_memory_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    course_id: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    student: Annotated[int | None, Query(description="edX user ID")] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedUserEdxMemoryList:
    return await api.ai_mentor_orgs_users_edx_memory_list(
        org=org,
        user_id=user_id,
        course_id=course_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        student=student,
        username=username,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/",
    operation_id="ai_mentor_orgs_users_edx_memory_retrieve",
    description='Endpoints to fetch and delete Edx stored Memory information stored for a user and a corresponding edx course they have interracted with. This information is passed to the corresponding mentor so the mentor has context information about the course and unit that the user last interracted with.  There can be only one UserEdxMemory instance per student and course_id.  Url Args:     org (str): The organization\'s platform key.     user_id (str): The username  identifier of the individual.  Returns:      200: A paginated list of UserEdxMemory objects  Examples:      - List all memories         GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None         Response:       {                             "count": 0,                             "next": null,                             "previous": null,                             "results": [{                                 "student": 1,                                 "course_id": "course-v1:main+CARBON+2024_Fall",                                 "data": {},                                 "date_created": "2024-06-25T15:30:26.257140",                                 "last_modified": "2024-06-25T15:30:26.257140"                             }]                         }     - Get a single UserEdxMemory object         GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None         Response:       {                             "student": 1,                             "course_id": "course-v1:main+CARBON+2024_Fall",                             "data": {},                             "date_created": "2024-06-25T15:30:26.257140",                             "last_modified": "2024-06-25T15:30:26.257140"                         }',
    status_code=200,
    response_model=models.UserEdxMemory,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_edx_memory_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this user edx memory.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserEdxMemory:
    return await api.ai_mentor_orgs_users_edx_memory_retrieve(id=id, org=org, user_id=user_id)


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/edx-memory/{id}/",
    operation_id="ai_mentor_orgs_users_edx_memory_destroy",
    description='Endpoints to fetch and delete Edx stored Memory information stored for a user and a corresponding edx course they have interracted with. This information is passed to the corresponding mentor so the mentor has context information about the course and unit that the user last interracted with.  There can be only one UserEdxMemory instance per student and course_id.  Url Args:     org (str): The organization\'s platform key.     user_id (str): The username  identifier of the individual.  Returns:      200: A paginated list of UserEdxMemory objects  Examples:      - List all memories         GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/          Request:        None         Response:       {                             "count": 0,                             "next": null,                             "previous": null,                             "results": [{                                 "student": 1,                                 "course_id": "course-v1:main+CARBON+2024_Fall",                                 "data": {},                                 "date_created": "2024-06-25T15:30:26.257140",                                 "last_modified": "2024-06-25T15:30:26.257140"                             }]                         }     - Get a single UserEdxMemory object         GET: /api/ai-mentor/orgs/main/users/johndoe/edx-memory/1/          Request:        None         Response:       {                             "student": 1,                             "course_id": "course-v1:main+CARBON+2024_Fall",                             "data": {},                             "date_created": "2024-06-25T15:30:26.257140",                             "last_modified": "2024-06-25T15:30:26.257140"                         }',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_edx_memory_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this user edx memory.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_edx_memory_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/",
    operation_id="ai_mentor_orgs_users_elevenlabs_voice_list",
    description="Retrieve a list of Elevenlabs voices available to a user.  This endpoint returns both custom voices created by the user and premade voices available to all users.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve voices for.  Returns:     Response: A list of available Elevenlabs voices.  Raises:     NotFound: If the specified user does not exist.",
    status_code=200,
    response_model=list[models.ElevenlabsCustomVoiceResponse],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_elevenlabs_voice_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.ElevenlabsCustomVoiceResponse]:
    return await api.ai_mentor_orgs_users_elevenlabs_voice_list(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/",
    operation_id="ai_mentor_orgs_users_elevenlabs_voice_create",
    description="Create a new custom Elevenlabs voice.  This endpoint allows users to upload audio files to create a custom voice that can be used with the Elevenlabs text-to-speech service.  Note: The audio files' total length should be longer than 1 minute and the total size should be smaller than 11 MiB.  Args:     request: The HTTP request containing the voice name and audio files.     org: The organization/tenant identifier.     user_id: The ID of the user creating the voice.  Returns:     Response: The created voice configuration.  Raises:     BadRequest: If the provided data is invalid, credentials are not found, or there's an API error.",
    status_code=200,
    response_model=models.ElevenlabsCustomVoiceResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_elevenlabs_voice_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersElevenlabsVoiceCreateBody, Body()],
) -> models.ElevenlabsCustomVoiceResponse:
    return await api.ai_mentor_orgs_users_elevenlabs_voice_create(
        org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/elevenlabs-voice/{voice_name}/",
    operation_id="ai_mentor_orgs_users_elevenlabs_voice_destroy",
    description="Delete an existing Elevenlabs voice configuration.  This endpoint removes a custom voice configuration both from the local database and from the Elevenlabs remote API if applicable.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the voice.     voice_name: The name of the voice to delete.  Returns:     Response: A confirmation of the deletion.  Raises:     BadRequest: If the Elevenlabs credentials are not found or there's an API error.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_elevenlabs_voice_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    voice_name: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_elevenlabs_voice_destroy(
        org=org, user_id=user_id, voice_name=voice_name
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/export-chathistory/",
    operation_id="ai_mentor_orgs_users_export_chathistory_create",
    description="Initiates a background task to export the user's chat history.  Returns:      200: task id.",
    status_code=200,
    response_model=models.TaskView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_export_chathistory_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.TaskView:
    return await api.ai_mentor_orgs_users_export_chathistory_create(org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/extracted-memories/",
    operation_id="ai_mentor_orgs_users_extracted_memories_retrieve",
    description="Returns extracted memory for a user. This is the memory that the user tells the mentor to remember or is inferred from conversations.",
    status_code=200,
    response_model=models.UserMemory,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_extracted_memories_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserMemory:
    return await api.ai_mentor_orgs_users_extracted_memories_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/filtered-memories/",
    operation_id="ai_mentor_orgs_users_filtered_memories_list",
    description="Retrieve a list of memories based on filter conditions. Only accessible to tenant admins.  Returns:     Response: A paginated list of memories.     Put your queries using the parameters in the query parameters. For example, to search a mentor's regular mode memory, use the following url:     ```     https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-user/filtered-memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa68279c40&mode=regular&username=another-user     ```  Raises:     NotFound: If the query is invalid.",
    status_code=200,
    response_model=models.PaginatedUserMemoryList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_filtered_memories_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[
        str | None, Query(description="a string of category to filter memories")
    ] = None,
    end_date: Annotated[str | None, Query(description="ISO date for end date (optional)")] = None,
    mentor: Annotated[
        str | None, Query(description="the mentor unique id which the memory is linked to")
    ] = None,
    mode: Annotated[
        str | None,
        Query(description="mode which the memory applies to. can be `guided`, `regular` or `all`"),
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    platform: Annotated[
        str | None, Query(description="the platform which the memory is linked to")
    ] = None,
    session: Annotated[
        str | None, Query(description="the session id which the memory is linked to")
    ] = None,
    start_date: Annotated[
        str | None, Query(description="ISO date for start date (optional)")
    ] = None,
    username: Annotated[str | None, Query(description="the username of the memories")] = None,
) -> models.PaginatedUserMemoryList:
    return await api.ai_mentor_orgs_users_filtered_memories_list(
        org=org,
        user_id=user_id,
        category=category,
        end_date=end_date,
        mentor=mentor,
        mode=mode,
        page=page,
        page_size=page_size,
        platform=platform,
        session=session,
        start_date=start_date,
        username=username,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/free-usage-count",
    operation_id="ai_mentor_orgs_users_free_usage_count_retrieve",
    description="Retrieve the count of free usage credits available to a user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to check free usage for.  Returns:     Response: The count of free usage credits available.  Raises:     NotFound: If the specified user does not exist.",
    status_code=200,
    response_model=models.FreeUsageCount,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_free_usage_count_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.FreeUsageCount:
    return await api.ai_mentor_orgs_users_free_usage_count_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/global-memories/",
    operation_id="ai_mentor_orgs_users_global_memories_retrieve",
    description="List all global memories for a user.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_global_memories_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_global_memories_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/global-memories/",
    operation_id="ai_mentor_orgs_users_global_memories_create",
    description="Create a new global memory.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_global_memories_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_global_memories_create(org=org, user_id=user_id)
    return Response(status_code=200)


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/global-memories/{memory_id}/",
    operation_id="ai_mentor_orgs_users_global_memories_destroy",
    description="Delete a global memory (user ownership check).",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_global_memories_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    memory_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_global_memories_destroy(
        memory_id=memory_id, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/google-agents/",
    operation_id="ai_mentor_orgs_users_google_agents_list",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.PaginatedGoogleAgentDetailList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_google_agents_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
) -> models.PaginatedGoogleAgentDetailList:
    return await api.ai_mentor_orgs_users_google_agents_list(
        org=org, user_id=user_id, page=page, page_size=page_size
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/google-agents/",
    operation_id="ai_mentor_orgs_users_google_agents_create",
    description='Sample Request ``` {"name": "my agent", "instruction": "you are a helpful agent",} ```',
    status_code=200,
    response_model=models.GoogleAgentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_google_agents_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.GoogleAgentDetailRequest, Body()],
) -> models.GoogleAgentDetail:
    return await api.ai_mentor_orgs_users_google_agents_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/google-agents/{unique_id}/",
    operation_id="ai_mentor_orgs_users_google_agents_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.GoogleAgentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_google_agents_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.GoogleAgentDetail:
    return await api.ai_mentor_orgs_users_google_agents_retrieve(
        org=org, unique_id=unique_id, user_id=user_id
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/google-agents/{unique_id}/",
    operation_id="ai_mentor_orgs_users_google_agents_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_google_agents_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_google_agents_destroy(
        org=org, unique_id=unique_id, user_id=user_id
    )
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/google-agents/{unique_id}/",
    operation_id="ai_mentor_orgs_users_google_agents_partial_update",
    description='Mainly used to update the sub agent list.  Sample request: ``` {   "sub_agents": [     "adc4bf84-c174-47e1-b11c-7713ef2dcd89",     "3fb5806d-3be1-4bfd-bcb0-a48558465644",     "339e44cd-6084-4530-be70-ac2a83759fb6" ] } ```',
    status_code=200,
    response_model=models.GoogleAgentDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_google_agents_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedGoogleAgentDetail | None, Body()] = None,
) -> models.GoogleAgentDetail:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_google_agents_partial_update(
        org=org, unique_id=unique_id, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/",
    operation_id="ai_mentor_orgs_users_mcp_server_connections_list",
    description="Override list to handle object ownership.  RBAC filtering may remove owned objects if no explicit permissions. This adds back user-scoped connections owned by the requesting user.",
    status_code=200,
    response_model=models.PaginatedMCPServerConnectionList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_server_connections_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    auth_type: Annotated[
        Literal["none", "token", "oauth2"] | None,
        Query(description="* `none` - None * `token` - Token * `oauth2` - Oauth2"),
    ] = None,
    is_active: Annotated[bool | None, Query()] = None,
    mentor: Annotated[str | None, Query()] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    scope: Annotated[
        Literal["user", "mentor", "platform"] | None,
        Query(
            description="Whether this connection is scoped to a user or shared across a platform.  * `user` - User * `mentor` - Mentor * `platform` - Platform"
        ),
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    server: Annotated[float | None, Query()] = None,
    user: Annotated[str | None, Query()] = None,
) -> models.PaginatedMCPServerConnectionList:
    return await api.ai_mentor_orgs_users_mcp_server_connections_list(
        org=org,
        user_id=user_id,
        auth_type=auth_type,
        is_active=is_active,
        mentor=mentor,
        page=page,
        page_size=page_size,
        scope=scope,
        search=search,
        server=server,
        user=user,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/",
    operation_id="ai_mentor_orgs_users_mcp_server_connections_create",
    description="ViewSet for MCP server connections.  Tenant administrators can create user- or platform-scoped connections that encapsulate the authentication configuration for invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a subresource of MCPServer. Resource paths are:     - Collection: /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object: /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}",
    status_code=201,
    response_model=models.MCPServerConnection,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_server_connections_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MCPServerConnectionRequest, Body()],
) -> models.MCPServerConnection:
    return await api.ai_mentor_orgs_users_mcp_server_connections_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/{id}/",
    operation_id="ai_mentor_orgs_users_mcp_server_connections_retrieve",
    description="Override retrieve to pass is_owner to action enforcement.",
    status_code=200,
    response_model=models.MCPServerConnection,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_server_connections_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this mcp server connection.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MCPServerConnection:
    return await api.ai_mentor_orgs_users_mcp_server_connections_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/{id}/",
    operation_id="ai_mentor_orgs_users_mcp_server_connections_update",
    description="ViewSet for MCP server connections.  Tenant administrators can create user- or platform-scoped connections that encapsulate the authentication configuration for invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a subresource of MCPServer. Resource paths are:     - Collection: /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object: /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}",
    status_code=200,
    response_model=models.MCPServerConnection,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_server_connections_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this mcp server connection.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MCPServerConnectionRequest, Body()],
) -> models.MCPServerConnection:
    return await api.ai_mentor_orgs_users_mcp_server_connections_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/{id}/",
    operation_id="ai_mentor_orgs_users_mcp_server_connections_destroy",
    description="ViewSet for MCP server connections.  Tenant administrators can create user- or platform-scoped connections that encapsulate the authentication configuration for invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a subresource of MCPServer. Resource paths are:     - Collection: /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object: /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_server_connections_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this mcp server connection.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mcp_server_connections_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-server-connections/{id}/",
    operation_id="ai_mentor_orgs_users_mcp_server_connections_partial_update",
    description="ViewSet for MCP server connections.  Tenant administrators can create user- or platform-scoped connections that encapsulate the authentication configuration for invoking an MCP server.  RBAC Resource Hierarchy:     MCPServerConnection is a subresource of MCPServer. Resource paths are:     - Collection: /platforms/{platform_id}/mcpservers/{server_id}/connections/     - Object: /platforms/{platform_id}/mcpservers/{server_id}/connections/{connection_id}",
    status_code=200,
    response_model=models.MCPServerConnection,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_server_connections_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this mcp server connection.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedMCPServerConnection | None, Body()] = None,
) -> models.MCPServerConnection:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mcp_server_connections_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/",
    operation_id="ai_mentor_orgs_users_mcp_servers_list",
    description="List MCP servers with mentor-scoped and platform-scoped filtering.  Query Parameters:     - mentor_unique_id (optional): Filter to mentor-scoped servers for this mentor     - include_global (optional): Include platform-scoped servers (only with mentor_unique_id)  RBAC Logic:     - No params: Returns all accessible servers (owned + granted access + platform-scoped)     - mentor_unique_id only: Returns mentor-scoped servers for that mentor     - mentor_unique_id + include_global: Returns both mentor-scoped and platform-scoped servers  Note: Queryset filtering is handled in get_queryset() since rbac_manager.enforce_list_data_access will call get_queryset() internally.",
    status_code=200,
    response_model=models.PaginatedMCPServerList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_servers_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    auth_scope: Annotated[
        Literal["platform", "mentor", "user"] | None,
        Query(
            description="Determines the required authentication granularity. 'platform' uses shared platform credentials, 'mentor' requires mentor-level credentials, and 'user' requires each user to authenticate individually.  * `platform` - Platform * `mentor` - Mentor * `user` - User"
        ),
    ] = None,
    auth_type: Annotated[
        Literal["none", "token", "oauth2"] | None,
        Query(
            description="The type of authentication to use for the MCP server.  * `none` - None * `token` - Token * `oauth2` - Oauth2"
        ),
    ] = None,
    include_global: Annotated[
        bool | None,
        Query(
            description="Include platform-scoped resources when filtering by mentor (only relevant with mentor_unique_id)"
        ),
    ] = None,
    is_enabled: Annotated[bool | None, Query()] = None,
    is_featured: Annotated[bool | None, Query()] = None,
    mentor_unique_id: Annotated[
        str | None,
        Query(description="Optional mentor unique ID to check permissions in mentor context"),
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    transport: Annotated[
        Literal["sse", "websocket", "streamable_http"] | None,
        Query(
            description="* `sse` - Sse * `websocket` - Websocket * `streamable_http` - Streamable Http"
        ),
    ] = None,
    url: Annotated[str | None, Query()] = None,
) -> models.PaginatedMCPServerList:
    return await api.ai_mentor_orgs_users_mcp_servers_list(
        org=org,
        user_id=user_id,
        auth_scope=auth_scope,
        auth_type=auth_type,
        include_global=include_global,
        is_enabled=is_enabled,
        is_featured=is_featured,
        mentor_unique_id=mentor_unique_id,
        page=page,
        page_size=page_size,
        search=search,
        transport=transport,
        url=url,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/",
    operation_id="ai_mentor_orgs_users_mcp_servers_create",
    description="Create a new MCP server with RBAC validation.  If mentor_unique_id is in request data, validates mentor-scoped creation permissions. Otherwise, validates platform-scoped creation permissions.",
    status_code=201,
    response_model=models.MCPServer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_servers_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersMcpServersCreateBody, Body()],
) -> models.MCPServer:
    return await api.ai_mentor_orgs_users_mcp_servers_create(org=org, user_id=user_id, body=body)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/oauth-find/",
    operation_id="ai_mentor_orgs_users_mcp_servers_oauth_find_create",
    description="Check that a given mcp server (where the user specifies oauth authentication) either has pre-configured oauth credentials or support Dynamic Client Registration.  This method: 1. First checks if the MCP server already has a configured OAuth service 2. If not, attempts to discover and register an OAuth service using Dynamic Client Registration 3. Returns the OAuth service information if found or registered",
    status_code=200,
    response_model=models.OAuthService,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_servers_oauth_find_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersMcpServersOauthFindCreateBody, Body()],
) -> models.OAuthService:
    return await api.ai_mentor_orgs_users_mcp_servers_oauth_find_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/{id}/",
    operation_id="ai_mentor_orgs_users_mcp_servers_retrieve",
    description="Retrieve a single MCP server with mentor-aware RBAC validation.  Validates permissions based on whether the server is mentor-scoped or platform-scoped.",
    status_code=200,
    response_model=models.MCPServer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_servers_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this mcp server.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MCPServer:
    return await api.ai_mentor_orgs_users_mcp_servers_retrieve(id=id, org=org, user_id=user_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/{id}/",
    operation_id="ai_mentor_orgs_users_mcp_servers_update",
    description="Update an MCP server with mentor-aware RBAC validation.  Validates permissions based on whether the server is mentor-scoped or platform-scoped.",
    status_code=200,
    response_model=models.MCPServer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_servers_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this mcp server.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersMcpServersUpdateBody, Body()],
) -> models.MCPServer:
    return await api.ai_mentor_orgs_users_mcp_servers_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/{id}/",
    operation_id="ai_mentor_orgs_users_mcp_servers_destroy",
    description="Delete an MCP server with mentor-aware RBAC validation.  Validates permissions based on whether the server is mentor-scoped or platform-scoped.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_servers_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this mcp server.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mcp_servers_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mcp-servers/{id}/",
    operation_id="ai_mentor_orgs_users_mcp_servers_partial_update",
    description="Partially update an MCP server with mentor-aware RBAC validation.",
    status_code=200,
    response_model=models.MCPServer,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mcp_servers_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this mcp server.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersMcpServersPartialUpdateBody | None, Body()] = None,
) -> models.MCPServer:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mcp_servers_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memories/",
    operation_id="ai_mentor_orgs_users_memories_list",
    description="Retrieve a list of memories based on filter conditions.  Returns:     Response: A paginated list of memories.     Put your queries using the parameters in the query parameters. For example, to search a mentor's regular mode memory, use the following url:     ```     https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-user/memories/?mentor=f81fc856-fd8f-4e6b-9d3b-72aa68279c40&mode=regular     ```  Raises:     NotFound: If the query is invalid.",
    status_code=200,
    response_model=models.PaginatedUserMemoryList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_memories_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    category: Annotated[
        str | None, Query(description="a string of category to filter memories")
    ] = None,
    end_date: Annotated[str | None, Query(description="ISO date for end date (optional)")] = None,
    mentor: Annotated[
        str | None, Query(description="the mentor unique id which the memory is linked to")
    ] = None,
    mode: Annotated[
        str | None,
        Query(description="mode which the memory applies to. can be `guided`, `regular` or `all`"),
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    platform: Annotated[
        str | None, Query(description="the platform which the memory is linked to")
    ] = None,
    session: Annotated[
        str | None, Query(description="the session id which the memory is linked to")
    ] = None,
    start_date: Annotated[
        str | None, Query(description="ISO date for start date (optional)")
    ] = None,
) -> models.PaginatedUserMemoryList:
    return await api.ai_mentor_orgs_users_memories_list(
        org=org,
        user_id=user_id,
        category=category,
        end_date=end_date,
        mentor=mentor,
        mode=mode,
        page=page,
        page_size=page_size,
        platform=platform,
        session=session,
        start_date=start_date,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memories/",
    operation_id="ai_mentor_orgs_users_memories_create",
    summary="Create memory",
    description="Create memory using the request data",
    status_code=200,
    response_model=models.PaginatedUserMemoryList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_memories_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    body: Annotated[models.UserMemoryRequest, Body()],
) -> models.PaginatedUserMemoryList:
    return await api.ai_mentor_orgs_users_memories_create(
        org=org, user_id=user_id, page=page, page_size=page_size, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memory-categories/",
    operation_id="ai_mentor_orgs_users_memory_categories_retrieve",
    description='Use the this endpoint to get all memory categories: ``` GET /api/ai-mentor/orgs/main/users/your-user/memory-categories/ ``` Sample response ``` {"categories": ["lessons_learned", "knowledge_gaps", "help_requests", "personal_information"]} ```',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_memory_categories_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_memory_categories_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/",
    operation_id="ai_mentor_orgs_users_memory_entries_retrieve",
    description='Get a memory entry\'s detail by its unique id.  Sample response ``` {   "unique_id": "f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3",   "key": "new key",   "value": "this is new memory value!",   "inserted_at": "2025-09-01T14:43:36.232705+00:00",   "updated_at": "2025-09-01T14:43:36.232712+00:00",   "expires_at": null,   "category": "lessons_learned" } ```',
    status_code=200,
    response_model=models.UserMemoryEntry,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_memory_entries_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    entry_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserMemoryEntry:
    return await api.ai_mentor_orgs_users_memory_entries_retrieve(
        entry_unique_id=entry_unique_id, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/",
    operation_id="ai_mentor_orgs_users_memory_entries_create",
    description='``` POST /api/ai-mentor/orgs/main/users/your-user/memory-entries/f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3/ ``` Sample request: ``` {"value": "this is new memory value!", "key": "new key!",} ``` Sample response: ``` {   "unique_id": "f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3",   "key": "new key",   "value": "this is new memory value!",   "inserted_at": "2025-09-01T14:43:36.232705+00:00",   "updated_at": "2025-09-01T14:43:36.232712+00:00",   "expires_at": null,   "category": "lessons_learned" } ```',
    status_code=200,
    response_model=models.UserMemoryEntry,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_memory_entries_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    entry_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserMemoryEntryRequest2, Body()],
) -> models.UserMemoryEntry:
    return await api.ai_mentor_orgs_users_memory_entries_create(
        entry_unique_id=entry_unique_id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/",
    operation_id="ai_mentor_orgs_users_memory_entries_destroy",
    description="Delete a memory entry or a category of memories.  Sample request (memory entry unique id) ``` DELETE /api/ai-mentor/orgs/main/users/your-user/memory-entries/d66e4962-2406-48b1-9b73-14ff30138872/ ``` Sample request (category name) ``` DELETE /api/ai-mentor/orgs/main/users/your-user/memory-entries/lessons_learned/ ```",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_memory_entries_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    entry_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_memory_entries_destroy(
        entry_unique_id=entry_unique_id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memory-filter/",
    operation_id="ai_mentor_orgs_users_memory_filter_retrieve",
    description='Use the this endpoint to get all memory categories: ``` GET /api/ai-mentor/orgs/main/users/your-user/memory-filter/ ``` Sample response ``` {   "categories": [     "lessons_learned",     "knowledge_gaps",     "help_requests",     "personal_information"   ],   "users": [     {       "username": "animashaun1vie",       "email": "animashaun1vie@gmail.com",       "lti_email": ""     }   ] } ```',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_memory_filter_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_memory_filter_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memory/{memory_unique_id_or_name}/",
    operation_id="ai_mentor_orgs_users_memory_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.UserMemory,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_memory_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    memory_unique_id_or_name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserMemory:
    return await api.ai_mentor_orgs_users_memory_retrieve(
        memory_unique_id_or_name=memory_unique_id_or_name, org=org, user_id=user_id
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memory/{memory_unique_id_or_name}/",
    operation_id="ai_mentor_orgs_users_memory_destroy",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_memory_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    memory_unique_id_or_name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_memory_destroy(
        memory_unique_id_or_name=memory_unique_id_or_name, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memsearch-config/",
    operation_id="ai_mentor_orgs_users_memsearch_config_retrieve",
    description="GET/POST /orgs/{org}/users/{user_id}/memsearch-config/  Tenant-level memsearch feature flag configuration. Restricted to platform admins.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_memsearch_config_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_memsearch_config_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memsearch-config/",
    operation_id="ai_mentor_orgs_users_memsearch_config_create",
    description="GET/POST /orgs/{org}/users/{user_id}/memsearch-config/  Tenant-level memsearch feature flag configuration. Restricted to platform admins.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_memsearch_config_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersMemsearchConfigCreateBody | None, Body()] = None,
) -> Response:
    await reject_json_null(request, body)
    await api.ai_mentor_orgs_users_memsearch_config_create(org=org, user_id=user_id, body=body)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memsearch-settings/",
    operation_id="ai_mentor_orgs_users_memsearch_settings_retrieve",
    description="Get user's memory settings.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_memsearch_settings_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_memsearch_settings_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/memsearch-settings/",
    operation_id="ai_mentor_orgs_users_memsearch_settings_update",
    description="Update user's memory settings.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_memsearch_settings_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_memsearch_settings_update(org=org, user_id=user_id)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/create/",
    operation_id="ai_mentor_orgs_users_mentor_feedback_create_create",
    description="Create a new user chat feedback entry.  Args:     request: The HTTP request containing the feedback data.     org: The organization/tenant identifier.  Returns:     Response: The created feedback entry.  Raises:     BadRequest: If the provided data is invalid or the mentor does not exist.",
    status_code=201,
    response_model=models.UserChatFeedback,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_feedback_create_create(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserChatFeedbackRequest, Body()],
) -> models.UserChatFeedback:
    return await api.ai_mentor_orgs_users_mentor_feedback_create_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/",
    operation_id="ai_mentor_orgs_users_mentor_feedback_retrieve",
    description="Retrieve details of a specific user chat feedback entry.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     feedback_id: The ID of the feedback entry to retrieve.  Returns:     Response: The feedback entry details.  Raises:     NotFound: If the specified feedback entry does not exist.",
    status_code=200,
    response_model=models.UserChatFeedback,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_feedback_retrieve(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    feedback_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.UserChatFeedback:
    return await api.ai_mentor_orgs_users_mentor_feedback_retrieve(
        feedback_id=feedback_id, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/",
    operation_id="ai_mentor_orgs_users_mentor_feedback_update",
    description="Update an existing user chat feedback entry.  Args:     request: The HTTP request containing the updated feedback data.     org: The organization/tenant identifier.     feedback_id: The ID of the feedback entry to update.  Returns:     Response: The updated feedback entry.  Raises:     NotFound: If the specified feedback entry does not exist.     BadRequest: If the provided data is invalid or the mentor does not exist.",
    status_code=200,
    response_model=models.UserChatFeedback,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_feedback_update(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    feedback_id: Annotated[int, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.UserChatFeedbackRequest, Body()],
) -> models.UserChatFeedback:
    return await api.ai_mentor_orgs_users_mentor_feedback_update(
        feedback_id=feedback_id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-llms/",
    operation_id="ai_mentor_orgs_users_mentor_llms_list",
    description="Retrieve available LLMs for a user.",
    status_code=200,
    response_model=list[models.LLMResponse],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_llms_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    mentor_id: Annotated[str | None, Query()] = None,
) -> list[models.LLMResponse]:
    return await api.ai_mentor_orgs_users_mentor_llms_list(
        org=org, user_id=user_id, mentor_id=mentor_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-memories/",
    operation_id="ai_mentor_orgs_users_mentor_memories_retrieve",
    description="List all mentor-specific memories for a user.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_memories_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mentor_memories_retrieve(org=org, user_id=user_id)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-tools/",
    operation_id="ai_mentor_orgs_users_mentor_tools_list",
    description="Retrieve the list of available mentor tools.",
    status_code=200,
    response_model=list[models.ToolResponse],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_tools_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.ToolResponse]:
    return await api.ai_mentor_orgs_users_mentor_tools_list(org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-types/",
    operation_id="ai_mentor_orgs_users_mentor_types_list",
    description="Retrieve Mentor Types",
    status_code=200,
    response_model=list[models.MentorType],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_types_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.MentorType]:
    return await api.ai_mentor_orgs_users_mentor_types_list(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-with-settings/",
    operation_id="ai_mentor_orgs_users_mentor_with_settings_create",
    description="View to create a mentor from a template with settings.  Accessible to tenant admins only.",
    status_code=200,
    response_model=models.Mentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_with_settings_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsUsersMentorWithSettingsCreateBody, Body()],
) -> models.Mentor:
    return await api.ai_mentor_orgs_users_mentor_with_settings_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/audience/",
    operation_id="ai_mentor_orgs_users_mentor_audience_list",
    description="Retrieve the list of mentor audiences.  Returns:     - 200: List of mentor audiences.",
    status_code=200,
    response_model=list[models.MentorAudience],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_audience_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.MentorAudience]:
    return await api.ai_mentor_orgs_users_mentor_audience_list(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/audience/",
    operation_id="ai_mentor_orgs_users_mentor_audience_create",
    description="Create a new mentor audience.  Accessible to tenant admins only.  Returns:     - 201: Created mentor audience.     - 401: Unauthorized.",
    status_code=201,
    response_model=models.MentorAudience,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_audience_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorAudienceRequest, Body()],
) -> models.MentorAudience:
    return await api.ai_mentor_orgs_users_mentor_audience_create(
        org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/audience/",
    operation_id="ai_mentor_orgs_users_mentor_audience_destroy",
    description="Delete a mentor audience.  Accessible to tenant admins only.  Returns:     - 204: No content.     - 400: Bad request if audience name is missing.     - 404: Not found if audience does not exist.     - 401: Unauthorized.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_audience_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mentor_audience_destroy(org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/",
    operation_id="ai_mentor_orgs_users_mentor_categories_list",
    description="Retrieve a list of mentor categories.  Returns:     200: A list of mentor categories.",
    status_code=200,
    response_model=list[models.MentorCategory],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_categories_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.MentorCategory]:
    return await api.ai_mentor_orgs_users_mentor_categories_list(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/",
    operation_id="ai_mentor_orgs_users_mentor_categories_create",
    description="Create a new mentor category.  Accessible only to tenant admins.  Returns:     200: Details of the created mentor category.",
    status_code=200,
    response_model=models.MentorCategory,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_categories_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorCategoryCreate, Body()],
) -> models.MentorCategory:
    return await api.ai_mentor_orgs_users_mentor_categories_create(
        org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/",
    operation_id="ai_mentor_orgs_users_mentor_categories_destroy",
    description='Delete a mentor category.  Accessible only to tenant admins.  Returns:     204: "No content" when Delete succeeded.     400: Bad request data received',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_categories_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mentor_categories_destroy(org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/seed/",
    operation_id="ai_mentor_orgs_users_mentor_seed_retrieve",
    description="Seed initial mentors in a tenant.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user initiating the seeding.  Returns:     Response: A success message with details about the seeded mentors.  Raises:     BadRequest: If the seeding process fails.",
    status_code=200,
    response_model=models.SeedMentorsView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentor_seed_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.SeedMentorsView:
    return await api.ai_mentor_orgs_users_mentor_seed_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor_id}/mentor-memories/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_memories_retrieve",
    description="List mentor-specific memories grouped by category.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_memories_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mentors_mentor_memories_retrieve(
        mentor_id=mentor_id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor_id}/mentor-memories/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_memories_create",
    description="Create a new mentor-specific memory.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_memories_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mentors_mentor_memories_create(
        mentor_id=mentor_id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor_id}/mentor-memories/{memory_id}/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_memories_destroy",
    description="Delete a mentor-specific memory (RBAC ownership-aware).",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_memories_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    memory_id: Annotated[int, Path()],
    mentor_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mentors_mentor_memories_destroy(
        memory_id=memory_id, mentor_id=mentor_id, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor_id}/mentor-memories/{memory_id}/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_memories_partial_update",
    description="Update a mentor-specific memory (RBAC ownership-aware).",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_memories_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    memory_id: Annotated[int, Path()],
    mentor_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mentors_mentor_memories_partial_update(
        memory_id=memory_id, mentor_id=mentor_id, org=org, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/",
    operation_id="ai_mentor_orgs_users_mentors_retrieve",
    description="Retrieve details of a specific mentor by slug or name.",
    status_code=200,
    response_model=models.Mentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Mentor:
    return await api.ai_mentor_orgs_users_mentors_retrieve(mentor=mentor, org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/",
    operation_id="ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin",
    status_code=200,
    response_model=models.AutoMemoryPrompt,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.AutoMemoryPrompt:
    return await api.ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/",
    operation_id="ai_mentor_orgs_users_mentors_auto_memory_prompt_create",
    summary="Set or reset auto memory prompt",
    description="Set or reset auto memory prompt",
    status_code=200,
    response_model=models.AutoMemoryPrompt,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_auto_memory_prompt_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.AutoMemoryPrompt | None, Body()] = None,
) -> models.AutoMemoryPrompt:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mentors_auto_memory_prompt_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/",
    operation_id="ai_mentor_orgs_users_mentors_available_tools_list",
    description="Retrieve tools available for a particular mentor. The 'is_allowed' field indicates whether the tool is compatible with the mentor's current LLM configuration.",
    status_code=200,
    response_model=list[models.ToolResponse],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_available_tools_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
) -> list[models.ToolResponse]:
    return await api.ai_mentor_orgs_users_mentors_available_tools_list(
        mentor=mentor, org=org, user_id=user_id, ordering=ordering, search=search
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/create-call-credentials/",
    operation_id="ai_mentor_orgs_users_mentors_create_call_credentials_create",
    description="Generate IBL Call Pro authentication parameters for audio calls.  This endpoint creates the necessary authentication tokens and parameters for connecting to a IBL Call Pro room for audio communication with a mentor.  Args:     request: The HTTP request object containing the required parameters.     org: The organization/tenant identifier.     user_id: The ID of the user requesting authentication.  Returns:     Response: IBL Call Pro authentication parameters including URL, room name,              participant name, and authentication token.  Raises:     ValidationError: If the request parameters are invalid.     BadRequest: If the IBL Call Pro credentials are not properly configured.",
    status_code=200,
    response_model=models.CallAuthenticationResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_create_call_credentials_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.CallAuthenticationRequest, Body()],
) -> models.CallAuthenticationResponse:
    return await api.ai_mentor_orgs_users_mentors_create_call_credentials_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/current-memory/",
    operation_id="ai_mentor_orgs_users_mentors_current_memory_retrieve",
    description="Retrieve memory components for a specific mentor.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor to retrieve memory for.  Returns:     Response: The memory components for the mentor.  Raises:     NotFound: If the specified mentor or memory does not exist.",
    status_code=200,
    response_model=models.MemoryComponentResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_current_memory_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MemoryComponentResponse:
    return await api.ai_mentor_orgs_users_mentors_current_memory_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/current-memory/",
    operation_id="ai_mentor_orgs_users_mentors_current_memory_update",
    description="Update memory components for a specific mentor.  Args:     request: The HTTP request containing the updated memory data.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor to update memory for.  Returns:     Response: The updated memory components for the mentor.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the specified mentor does not exist.",
    status_code=200,
    response_model=models.QuestionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_current_memory_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.QuestionRequest, Body()],
) -> models.QuestionResponse:
    return await api.ai_mentor_orgs_users_mentors_current_memory_update(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice-tts/",
    operation_id="ai_mentor_orgs_users_mentors_custom_voice_tts_create",
    description="Generate audio from text using a mentor's custom voice.  This endpoint converts the provided text to speech using the custom voice configured for the specified mentor.  Args:     request: The HTTP request containing the text to convert.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the mentor link.     mentor: The unique identifier of the mentor.  Returns:     Response: An MP3 audio file of the synthesized speech.  Raises:     BadRequest: If the text is empty, credentials are not found, or custom voice is not set.     NotFound: If the mentor or student does not exist.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_custom_voice_tts_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[dict[str, Any] | None, Body()] = None,
) -> Response:
    await reject_json_null(request, body)
    await api.ai_mentor_orgs_users_mentors_custom_voice_tts_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/",
    operation_id="ai_mentor_orgs_users_mentors_custom_voice_retrieve",
    description="Retrieve the current custom voice settings for a mentor.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the mentor link.     mentor: The unique identifier of the mentor.  Returns:     Response: The current custom voice settings.  Raises:     NotFound: If the specified mentor or student does not exist.",
    status_code=200,
    response_model=models.MentorCustomVoiceResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_custom_voice_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorCustomVoiceResponse:
    return await api.ai_mentor_orgs_users_mentors_custom_voice_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/custom-voice/",
    operation_id="ai_mentor_orgs_users_mentors_custom_voice_create",
    description="Set a custom voice for a mentor.  This endpoint allows setting a custom voice for a specific mentor, either using the default voice provider or Elevenlabs.  Args:     request: The HTTP request containing the voice provider and name.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the mentor link.     mentor: The unique identifier of the mentor.  Returns:     Response: The updated custom voice settings.  Raises:     BadRequest: If the provided data is invalid or the voice does not exist.     NotFound: If the mentor or student does not exist.",
    status_code=200,
    response_model=models.MentorCustomVoiceResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_custom_voice_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorCustomVoice, Body()],
) -> models.MentorCustomVoiceResponse:
    return await api.ai_mentor_orgs_users_mentors_custom_voice_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/edit-scenarios/",
    operation_id="ai_mentor_orgs_users_mentors_edit_scenarios_update",
    description="Update scenarios for a specific mentor.  Args:     request: The HTTP request containing the updated scenarios.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor to update scenarios for.  Returns:     Response: The updated scenarios for the mentor.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the specified mentor does not exist.",
    status_code=200,
    response_model=models.MentorScenario,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_edit_scenarios_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorScenario, Body()],
) -> models.MentorScenario:
    return await api.ai_mentor_orgs_users_mentors_edit_scenarios_update(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/fork/",
    operation_id="ai_mentor_orgs_users_mentors_fork_create",
    description="Fork (clone) an existing mentor.  Args:     request: The HTTP request containing the fork parameters.     org: The organization/tenant identifier.     mentor: The identifier of the mentor to fork.     user_id: The ID of the user initiating the fork.  Returns:     Response: The newly created forked mentor.  Raises:     BadRequest: If the provided data is invalid or the fork operation fails.     NotFound: If the specified mentor does not exist.",
    status_code=200,
    response_model=models.Mentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_fork_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorFork, Body()],
) -> models.Mentor:
    return await api.ai_mentor_orgs_users_mentors_fork_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/historical-memory/",
    operation_id="ai_mentor_orgs_users_mentors_historical_memory_retrieve",
    description="Retrieve memory history entries for a specific mentor and user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve memory history for.     mentor: The identifier of the mentor to retrieve memory history for.  Returns:     Response: The memory history entries for the mentor and user.  Raises:     NotFound: If the specified mentor or memory history does not exist.",
    status_code=200,
    response_model=models.MemoryComponentMemoryDetail,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_historical_memory_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MemoryComponentMemoryDetail:
    return await api.ai_mentor_orgs_users_mentors_historical_memory_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-progress/",
    operation_id="ai_mentor_orgs_users_mentors_memory_progress_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.MemoryProgress,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_memory_progress_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MemoryProgress:
    return await api.ai_mentor_orgs_users_mentors_memory_progress_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-settings/",
    operation_id="ai_mentor_orgs_users_mentors_memory_settings_retrieve",
    description="Retrieve memory settings for a specific mentor.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor to retrieve settings for.  Returns:     Response: The memory settings for the mentor.  Raises:     NotFound: If the specified mentor or settings do not exist.",
    status_code=200,
    response_model=models.MentorMemorySettingsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_memory_settings_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorMemorySettingsResponse:
    return await api.ai_mentor_orgs_users_mentors_memory_settings_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-settings/",
    operation_id="ai_mentor_orgs_users_mentors_memory_settings_create",
    description="Endpoint for mentor memory item settings.  Accessible to platform admins and superusers.  Returns:      200: Change mentor memory component item.      400: When request is not valid.",
    status_code=200,
    response_model=models.MentorMemorySettingsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_memory_settings_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorMemorySettingsRequest | None, Body()] = None,
) -> models.MentorMemorySettingsResponse:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mentors_memory_settings_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-eval-execution/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_eval_execution_create",
    description="Run an evaluation for a specific mentor.  Args:     request: The HTTP request containing the evaluation ID.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor to evaluate.  Returns:     Response: The ID of the generated evaluation report.  Raises:     BadRequest: If the evaluation ID is invalid or the mentor does not match.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_eval_execution_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.RunMentorEval, Body()],
) -> Response:
    await api.ai_mentor_orgs_users_mentors_mentor_eval_execution_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-eval/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_eval_retrieve",
    description="Retrieve evaluation criteria for a specific mentor.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor to retrieve evaluations for.  Returns:     Response: The evaluation criteria for the mentor.  Raises:     NotFound: If the specified mentor or evaluations do not exist.",
    status_code=200,
    response_model=models.MentorEval,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_eval_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorEval:
    return await api.ai_mentor_orgs_users_mentors_mentor_eval_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-eval/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_eval_create",
    description="Create or update evaluation criteria for a specific mentor.  Args:     request: The HTTP request containing the evaluation data.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor to create/update evaluations for.  Returns:     Response: The created or updated evaluation criteria.  Raises:     BadRequest: If the provided data is invalid or the mentor does not exist.",
    status_code=200,
    response_model=models.MentorEval,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_eval_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorEvalRequest | None, Body()] = None,
) -> models.MentorEval:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mentors_mentor_eval_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve",
    description='Endpoint to get user settings for a mentor.   GET https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-user/mentors/unique-id/mentor-user-settings/  Sample response ``` {"reference_saved_memories": true} ```',
    status_code=200,
    response_model=models.MentorUserSetting,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorUserSetting:
    return await api.ai_mentor_orgs_users_mentors_mentor_user_settings_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/",
    operation_id="ai_mentor_orgs_users_mentors_mentor_user_settings_create",
    description='Endpoint to set user settings for a mentor.   POST https://base.manager.iblai.app/api/ai-mentor/orgs/your-org/users/your-user/mentors/unique-id/mentor-user-settings/  Sample request ``` {"reference_saved_memories": true} ```  Sample response ``` {"reference_saved_memories": true} ```',
    status_code=200,
    response_model=models.MentorUserSetting,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_mentor_user_settings_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MentorUserSetting | None, Body()] = None,
) -> models.MentorUserSetting:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mentors_mentor_user_settings_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/public-settings/",
    operation_id="ai_mentor_orgs_users_mentors_public_settings_retrieve",
    description="Retrieve public mentor settings.  Args:     request: HTTP request instance.     user_id: The ID of the user requesting settings.     mentor: The mentor identifier (name, slug, or unique_id).     org: The organization key.  Returns:     Response containing the mentor settings or an error message.",
    status_code=200,
    response_model=models.MentorSettingsPublic,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_public_settings_retrieve(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorSettingsPublic:
    return await api.ai_mentor_orgs_users_mentors_public_settings_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/public-sharable-link/",
    operation_id="ai_mentor_orgs_users_mentors_public_sharable_link_retrieve",
    description="Return True if the token is valid and link is enabled, else False",
    status_code=200,
    response_model=models.ShareableMentorLink,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_public_sharable_link_retrieve(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.ShareableMentorLink:
    return await api.ai_mentor_orgs_users_mentors_public_sharable_link_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/",
    operation_id="ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve",
    description="Retrieve a specific evaluation report.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor that was evaluated.     report_id: The ID of the evaluation report to retrieve.  Returns:     Response: The detailed evaluation report.  Raises:     BadRequest: If the report does not exist, does not match the mentor, or is still being generated.",
    status_code=200,
    response_model=models.MentorEvalReport,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    report_id: Annotated[int, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorEvalReport:
    return await api.ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve(
        mentor=mentor, org=org, report_id=report_id, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/scenarios/",
    operation_id="ai_mentor_orgs_users_mentors_scenarios_retrieve",
    description="Retrieve available scenarios for a specific mentor.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.     mentor: The identifier of the mentor to retrieve scenarios for.  Returns:     Response: The available scenarios for the mentor.  Raises:     NotFound: If the specified mentor or scenarios do not exist.",
    status_code=200,
    response_model=models.MentorScenario,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_scenarios_retrieve(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorScenario:
    return await api.ai_mentor_orgs_users_mentors_scenarios_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/",
    operation_id="ai_mentor_orgs_users_mentors_settings_retrieve",
    summary="Retrieve Mentor Settings",
    description="Fetch the settings of a mentor within an organization. Only accessible to tenant admins.",
    status_code=200,
    response_model=models.MentorSettingsPublic,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_settings_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None, Query(description="Department to authorize users by")
    ] = None,
) -> models.MentorSettingsPublic:
    return await api.ai_mentor_orgs_users_mentors_settings_retrieve(
        mentor=mentor, org=org, user_id=user_id, department_id=department_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/settings/",
    operation_id="ai_mentor_orgs_users_mentors_settings_update",
    summary="Update Mentor Settings",
    description="Update various mentor settings including system prompts, tool permissions, and UI configurations.",
    status_code=200,
    response_model=models.MentorSettings,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_settings_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[
        int | None, Query(description="Department to authorize users by")
    ] = None,
    body: Annotated[models.AiMentorOrgsUsersMentorsSettingsUpdateBody | None, Body()] = None,
) -> models.MentorSettings:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mentors_settings_update(
        mentor=mentor, org=org, user_id=user_id, department_id=department_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link",
    operation_id="ai_mentor_orgs_users_mentors_sharable_link_retrieve",
    description="Enpoints to manage mentor shareable links",
    status_code=200,
    response_model=models.ShareableMentorLink,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_sharable_link_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.ShareableMentorLink:
    return await api.ai_mentor_orgs_users_mentors_sharable_link_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link",
    operation_id="ai_mentor_orgs_users_mentors_sharable_link_update",
    description="Enpoints to manage mentor shareable links",
    status_code=200,
    response_model=models.ShareableMentorLink,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_sharable_link_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.ShareableMentorLinkRequest | None, Body()] = None,
) -> models.ShareableMentorLink:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mentors_sharable_link_update(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link",
    operation_id="ai_mentor_orgs_users_mentors_sharable_link_create",
    description="Enpoints to manage mentor shareable links",
    status_code=201,
    response_model=models.ShareableMentorLink,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_sharable_link_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.ShareableMentorLinkRequest | None, Body()] = None,
) -> models.ShareableMentorLink:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_mentors_sharable_link_create(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link",
    operation_id="ai_mentor_orgs_users_mentors_sharable_link_destroy",
    description="Enpoints to manage mentor shareable links",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_sharable_link_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_mentors_sharable_link_destroy(
        mentor=mentor, org=org, user_id=user_id
    )
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-question-stats/",
    operation_id="ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve",
    description="Retrieve spaced repetition question statistics.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve statistics for.     mentor: The unique identifier of the mentor.  Returns:     Response: Statistics about the user's performance on spaced repetition questions.  Raises:     NotFound: If the mentor or student does not exist.",
    status_code=200,
    response_model=models.SpacedRepetitionQuestionStats,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.SpacedRepetitionQuestionStats:
    return await api.ai_mentor_orgs_users_mentors_spaced_repetition_question_stats_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/",
    operation_id="ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list",
    description="Retrieve a list of learning paths associated with a specific mentor and student.  This endpoint uses the memory component to establish the learning context for a student under the guidance of a mentor. It verifies that the provided organization identifier matches the mentor's platform key, and then retrieves learning path tags associated with the student's question cards. Each tag is annotated with the total number of question cards and the count of cards with successful repetitions (i.e., correct answers). The learning paths are ordered by the number of correct answers and limited to the top five entries.  Args:     request: The HTTP request containing the necessary context.     org (str): The organization identifier/platform key.     user_id (str): The username of the student.     mentor (str): The unique identifier of the mentor.     *args: Additional positional arguments.     **kwargs: Additional keyword arguments.  Returns:     Resp200onse: memory component detail infomrmation  Raises:     NotFound: If the memory component for the specified mentor and student cannot be found,               or if the organization identifier does not match the mentor's platform key.",
    status_code=200,
    response_model=list[models.QuestionCardTag],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.QuestionCardTag]:
    return await api.ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list(
        mentor=mentor, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/",
    operation_id="ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update",
    description="Set a specific learning path for spaced repetition.  Args:     request: The HTTP request containing the learning path.     org: The organization/tenant identifier.     user_id: The ID of the user to set the learning path for.     mentor: The unique identifier of the mentor.  Returns:     Response: The set learning path.  Raises:     BadRequest: If the provided data is invalid.     NotFound: If the learning path, mentor, or student does not exist.",
    status_code=200,
    response_model=models.SpacedRepetitionLearningPath,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.SpacedRepetitionLearningPath, Body()],
) -> models.SpacedRepetitionLearningPath:
    return await api.ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_update(
        mentor=mentor, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/star/",
    operation_id="ai_mentor_orgs_users_mentors_star_retrieve",
    description="Endpoint for getting the star status of a mentor.  Accessible to students and admins.   Returns:      200: Star status.      400: When request is not valid.",
    status_code=200,
    response_model=models.StarMentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_star_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.StarMentor:
    return await api.ai_mentor_orgs_users_mentors_star_retrieve(
        mentor=mentor, org=org, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/star/",
    operation_id="ai_mentor_orgs_users_mentors_star_create",
    description="Endpoint for starring a mentor.  Accessible to students and admins.   Returns:      200: Star status.      400: When request is not valid.",
    status_code=200,
    response_model=models.StarMentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_star_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.StarMentor:
    return await api.ai_mentor_orgs_users_mentors_star_create(
        mentor=mentor, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/summaries/{summary_type}/",
    operation_id="ai_mentor_orgs_users_mentors_summaries_retrieve",
    description='GET `/api/orgs/<platform_key>/users/<username>/mentors/<mentor_unique_id>/summaries/<summary_type>/`  Endpoint to get mentor summary. The summary type can be `user` or `general`.  Sample response: ``` {"rating": 3.9, "summary": "The mentor had a good chat."} ```',
    status_code=200,
    response_model=models.MentorSummary,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_summaries_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    summary_type: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorSummary:
    return await api.ai_mentor_orgs_users_mentors_summaries_retrieve(
        mentor=mentor, org=org, summary_type=summary_type, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/unstar/",
    operation_id="ai_mentor_orgs_users_mentors_unstar_create",
    description="Remove a mentor from a user's starred list.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user unstarring the mentor.     mentor: The identifier of the mentor to unstar.  Returns:     Response: The updated star status of the mentor.  Raises:     NotFound: If the specified mentor or student does not exist.     BadRequest: If the request is invalid.",
    status_code=200,
    response_model=models.StarMentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_mentors_unstar_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.StarMentor:
    return await api.ai_mentor_orgs_users_mentors_unstar_create(
        mentor=mentor, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/metadata",
    operation_id="ai_mentor_orgs_users_metadata_retrieve",
    description="Retrieve metadata for a mentor.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.  Returns:     Response: The mentor metadata.  Raises:     NotFound: If no metadata exists for the specified mentor.",
    status_code=200,
    response_model=models.MentorMetadata,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_metadata_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MentorMetadata:
    return await api.ai_mentor_orgs_users_metadata_retrieve(org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/moderation-logs/",
    operation_id="ai_mentor_orgs_users_moderation_logs_list",
    description="Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by username, platform_key and  mentor id   A search query can be conducted to search through the prompts and reason for the moderation catch event.",
    status_code=200,
    response_model=models.PaginatedModerationLogList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_moderation_logs_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_time: Annotated[str | None, Query()] = None,
    mentor: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    platform_key: Annotated[str | None, Query()] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    start_time: Annotated[str | None, Query()] = None,
    target_system: Annotated[
        Literal["Safety System", "Moderation System"] | None,
        Query(
            description="* `Safety System` - Safety System * `Moderation System` - Moderation System"
        ),
    ] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedModerationLogList:
    return await api.ai_mentor_orgs_users_moderation_logs_list(
        org=org,
        user_id=user_id,
        end_time=end_time,
        mentor=mentor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        search=search,
        start_time=start_time,
        target_system=target_system,
        username=username,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/moderation-logs/{id}/",
    operation_id="ai_mentor_orgs_users_moderation_logs_retrieve",
    description="Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by username, platform_key and  mentor id   A search query can be conducted to search through the prompts and reason for the moderation catch event.",
    status_code=200,
    response_model=models.ModerationLog,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_moderation_logs_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this moderation log.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.ModerationLog:
    return await api.ai_mentor_orgs_users_moderation_logs_retrieve(id=id, org=org, user_id=user_id)


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/moderation-logs/{id}/",
    operation_id="ai_mentor_orgs_users_moderation_logs_destroy",
    description="Endpoint to view and delete Moderation Logs for a tenant.  These can be filtered by username, platform_key and  mentor id   A search query can be conducted to search through the prompts and reason for the moderation catch event.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_moderation_logs_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this moderation log.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_moderation_logs_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/",
    operation_id="ai_mentor_orgs_users_periodic_agent_logs_list",
    description="Endpoint to view logs for periodic agent runs.  These logs contain the full mentor output for each run for debugging. Logs are ordered from newest to oldest. However this can be changed.  You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in the URL.",
    status_code=200,
    response_model=models.PaginatedPeriodicAgentLogList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agent_logs_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    mentor_id: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    parent_mentor_id: Annotated[str | None, Query()] = None,
    parent_session_id: Annotated[str | None, Query()] = None,
    periodic_agent: Annotated[int | None, Query()] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    status: Annotated[
        Literal["success", "error", "running"] | None,
        Query(description="* `success` - Success * `error` - Error * `running` - Running"),
    ] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedPeriodicAgentLogList:
    return await api.ai_mentor_orgs_users_periodic_agent_logs_list(
        org=org,
        user_id=user_id,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        parent_mentor_id=parent_mentor_id,
        parent_session_id=parent_session_id,
        periodic_agent=periodic_agent,
        search=search,
        status=status,
        username=username,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/{id}/",
    operation_id="ai_mentor_orgs_users_periodic_agent_logs_retrieve",
    description="Endpoint to view logs for periodic agent runs.  These logs contain the full mentor output for each run for debugging. Logs are ordered from newest to oldest. However this can be changed.  You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in the URL.",
    status_code=200,
    response_model=models.PeriodicAgentLog,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agent_logs_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this periodic agent log.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.PeriodicAgentLog:
    return await api.ai_mentor_orgs_users_periodic_agent_logs_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/",
    operation_id="ai_mentor_orgs_users_periodic_agents_list",
    description='Endpoint to create and view, update and delete periodic agents.  Periodic agents are schedulers issued for mentors. These are configured with input prompt (if any) as well as a cron schedule to trigger the periodic agent.  Access to these are restricted to platform admins and tenant administrators  Session information for running the periodic agent will be generated with the credentials of the user (platform administrator) who created the agent.  A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request with data entries containing the log and timestamp of the run will be made to the callback_url provided. Here is the payload structure:         ```         {             "timestamp": "timestamp when the run completed",             "status": "status of the periodic agent",             "prompt": "input prompt to agent,             "agent_output": "...final response of agent",             "log": "... full agent run log",             "log_id": periodic agent log id.,         }         ``` The payload is encrypted using the `callback_secret` provided.  You can validate the payload using the X-Hub-Signature-256 signature header for request data. This is a Sha256 encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def validate_payload(request: HttpRequest, callback_secret: str):     # Get the X-Hub-Signature-256 header from the request     received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")      if not received_signature.startswith("sha256="):         # Invalid signature format         return False      received_signature = received_signature[len("sha256=") :]      try:         # Get the raw request body         payload = request.body          # Compute the expected signature using the app_secret         expected_signature = hmac.new(             callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if hmac.compare_digest(received_signature, expected_signature):             # Signatures match, the payload is genuine             return True         else:             # Signatures don\'t match             return False     except Exception as e:         # Handle any errors that may occur during validation         return False  ```',
    status_code=200,
    response_model=models.PaginatedPeriodicAgentList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agents_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    enabled: Annotated[bool | None, Query()] = None,
    mentor_id: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    parent_mentor_id: Annotated[int | None, Query()] = None,
    parent_session_id: Annotated[str | None, Query()] = None,
    previous_agent: Annotated[int | None, Query()] = None,
    previous_agent_status: Annotated[
        Literal["success", "error", "running", "pending"] | None,
        Query(
            description="The status that the previous agent must be in before this agent gets scheduled.  * `success` - Success * `error` - Error * `running` - Running * `pending` - Pending"
        ),
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    status: Annotated[
        Literal["success", "error", "running", "pending"] | None,
        Query(
            description="* `success` - Success * `error` - Error * `running` - Running * `pending` - Pending"
        ),
    ] = None,
    title: Annotated[str | None, Query()] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedPeriodicAgentList:
    return await api.ai_mentor_orgs_users_periodic_agents_list(
        org=org,
        user_id=user_id,
        enabled=enabled,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        parent_mentor_id=parent_mentor_id,
        parent_session_id=parent_session_id,
        previous_agent=previous_agent,
        previous_agent_status=previous_agent_status,
        search=search,
        status=status,
        title=title,
        username=username,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/",
    operation_id="ai_mentor_orgs_users_periodic_agents_create",
    description='Endpoint to create and view, update and delete periodic agents.  Periodic agents are schedulers issued for mentors. These are configured with input prompt (if any) as well as a cron schedule to trigger the periodic agent.  Access to these are restricted to platform admins and tenant administrators  Session information for running the periodic agent will be generated with the credentials of the user (platform administrator) who created the agent.  A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request with data entries containing the log and timestamp of the run will be made to the callback_url provided. Here is the payload structure:         ```         {             "timestamp": "timestamp when the run completed",             "status": "status of the periodic agent",             "prompt": "input prompt to agent,             "agent_output": "...final response of agent",             "log": "... full agent run log",             "log_id": periodic agent log id.,         }         ``` The payload is encrypted using the `callback_secret` provided.  You can validate the payload using the X-Hub-Signature-256 signature header for request data. This is a Sha256 encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def validate_payload(request: HttpRequest, callback_secret: str):     # Get the X-Hub-Signature-256 header from the request     received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")      if not received_signature.startswith("sha256="):         # Invalid signature format         return False      received_signature = received_signature[len("sha256=") :]      try:         # Get the raw request body         payload = request.body          # Compute the expected signature using the app_secret         expected_signature = hmac.new(             callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if hmac.compare_digest(received_signature, expected_signature):             # Signatures match, the payload is genuine             return True         else:             # Signatures don\'t match             return False     except Exception as e:         # Handle any errors that may occur during validation         return False  ```',
    status_code=201,
    response_model=models.PeriodicAgentCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agents_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PeriodicAgentCreateRequest, Body()],
) -> models.PeriodicAgentCreate:
    return await api.ai_mentor_orgs_users_periodic_agents_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/",
    operation_id="ai_mentor_orgs_users_periodic_agents_statistics_retrieve",
    description="Retrieve statistics for periodic agents, including counts of succeeded and failed tasks. A task is considered failed if its latest log has a failed status, and succeeded if its latest log has a success status. Query parameters can be used for filtering.",
    status_code=200,
    response_model=models.PeriodicAgentStatistics,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agents_statistics_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    mentor_id: Annotated[str | None, Query()] = None,
) -> models.PeriodicAgentStatistics:
    return await api.ai_mentor_orgs_users_periodic_agents_statistics_retrieve(
        org=org, user_id=user_id, mentor_id=mentor_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/{id}/",
    operation_id="ai_mentor_orgs_users_periodic_agents_retrieve",
    description='Endpoint to create and view, update and delete periodic agents.  Periodic agents are schedulers issued for mentors. These are configured with input prompt (if any) as well as a cron schedule to trigger the periodic agent.  Access to these are restricted to platform admins and tenant administrators  Session information for running the periodic agent will be generated with the credentials of the user (platform administrator) who created the agent.  A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request with data entries containing the log and timestamp of the run will be made to the callback_url provided. Here is the payload structure:         ```         {             "timestamp": "timestamp when the run completed",             "status": "status of the periodic agent",             "prompt": "input prompt to agent,             "agent_output": "...final response of agent",             "log": "... full agent run log",             "log_id": periodic agent log id.,         }         ``` The payload is encrypted using the `callback_secret` provided.  You can validate the payload using the X-Hub-Signature-256 signature header for request data. This is a Sha256 encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def validate_payload(request: HttpRequest, callback_secret: str):     # Get the X-Hub-Signature-256 header from the request     received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")      if not received_signature.startswith("sha256="):         # Invalid signature format         return False      received_signature = received_signature[len("sha256=") :]      try:         # Get the raw request body         payload = request.body          # Compute the expected signature using the app_secret         expected_signature = hmac.new(             callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if hmac.compare_digest(received_signature, expected_signature):             # Signatures match, the payload is genuine             return True         else:             # Signatures don\'t match             return False     except Exception as e:         # Handle any errors that may occur during validation         return False  ```',
    status_code=200,
    response_model=models.PeriodicAgent,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agents_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this periodic agent.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.PeriodicAgent:
    return await api.ai_mentor_orgs_users_periodic_agents_retrieve(id=id, org=org, user_id=user_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/{id}/",
    operation_id="ai_mentor_orgs_users_periodic_agents_update",
    description='Endpoint to create and view, update and delete periodic agents.  Periodic agents are schedulers issued for mentors. These are configured with input prompt (if any) as well as a cron schedule to trigger the periodic agent.  Access to these are restricted to platform admins and tenant administrators  Session information for running the periodic agent will be generated with the credentials of the user (platform administrator) who created the agent.  A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request with data entries containing the log and timestamp of the run will be made to the callback_url provided. Here is the payload structure:         ```         {             "timestamp": "timestamp when the run completed",             "status": "status of the periodic agent",             "prompt": "input prompt to agent,             "agent_output": "...final response of agent",             "log": "... full agent run log",             "log_id": periodic agent log id.,         }         ``` The payload is encrypted using the `callback_secret` provided.  You can validate the payload using the X-Hub-Signature-256 signature header for request data. This is a Sha256 encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def validate_payload(request: HttpRequest, callback_secret: str):     # Get the X-Hub-Signature-256 header from the request     received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")      if not received_signature.startswith("sha256="):         # Invalid signature format         return False      received_signature = received_signature[len("sha256=") :]      try:         # Get the raw request body         payload = request.body          # Compute the expected signature using the app_secret         expected_signature = hmac.new(             callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if hmac.compare_digest(received_signature, expected_signature):             # Signatures match, the payload is genuine             return True         else:             # Signatures don\'t match             return False     except Exception as e:         # Handle any errors that may occur during validation         return False  ```',
    status_code=200,
    response_model=models.PeriodicAgentCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agents_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this periodic agent.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PeriodicAgentCreateRequest, Body()],
) -> models.PeriodicAgentCreate:
    return await api.ai_mentor_orgs_users_periodic_agents_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/{id}/",
    operation_id="ai_mentor_orgs_users_periodic_agents_destroy",
    description='Endpoint to create and view, update and delete periodic agents.  Periodic agents are schedulers issued for mentors. These are configured with input prompt (if any) as well as a cron schedule to trigger the periodic agent.  Access to these are restricted to platform admins and tenant administrators  Session information for running the periodic agent will be generated with the credentials of the user (platform administrator) who created the agent.  A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request with data entries containing the log and timestamp of the run will be made to the callback_url provided. Here is the payload structure:         ```         {             "timestamp": "timestamp when the run completed",             "status": "status of the periodic agent",             "prompt": "input prompt to agent,             "agent_output": "...final response of agent",             "log": "... full agent run log",             "log_id": periodic agent log id.,         }         ``` The payload is encrypted using the `callback_secret` provided.  You can validate the payload using the X-Hub-Signature-256 signature header for request data. This is a Sha256 encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def validate_payload(request: HttpRequest, callback_secret: str):     # Get the X-Hub-Signature-256 header from the request     received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")      if not received_signature.startswith("sha256="):         # Invalid signature format         return False      received_signature = received_signature[len("sha256=") :]      try:         # Get the raw request body         payload = request.body          # Compute the expected signature using the app_secret         expected_signature = hmac.new(             callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if hmac.compare_digest(received_signature, expected_signature):             # Signatures match, the payload is genuine             return True         else:             # Signatures don\'t match             return False     except Exception as e:         # Handle any errors that may occur during validation         return False  ```',
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agents_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this periodic agent.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_periodic_agents_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/{id}/",
    operation_id="ai_mentor_orgs_users_periodic_agents_partial_update",
    description='Endpoint to create and view, update and delete periodic agents.  Periodic agents are schedulers issued for mentors. These are configured with input prompt (if any) as well as a cron schedule to trigger the periodic agent.  Access to these are restricted to platform admins and tenant administrators  Session information for running the periodic agent will be generated with the credentials of the user (platform administrator) who created the agent.  A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a `callback_url` is set for a Periodic Agent, a post request with data entries containing the log and timestamp of the run will be made to the callback_url provided. Here is the payload structure:         ```         {             "timestamp": "timestamp when the run completed",             "status": "status of the periodic agent",             "prompt": "input prompt to agent,             "agent_output": "...final response of agent",             "log": "... full agent run log",             "log_id": periodic agent log id.,         }         ``` The payload is encrypted using the `callback_secret` provided.  You can validate the payload using the X-Hub-Signature-256 signature header for request data. This is a Sha256 encoded HMAC hex digest of the payload body.  ```python import hmac import haslib  def validate_payload(request: HttpRequest, callback_secret: str):     # Get the X-Hub-Signature-256 header from the request     received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")      if not received_signature.startswith("sha256="):         # Invalid signature format         return False      received_signature = received_signature[len("sha256=") :]      try:         # Get the raw request body         payload = request.body          # Compute the expected signature using the app_secret         expected_signature = hmac.new(             callback_secret.encode(), payload, hashlib.sha256         ).hexdigest()          if hmac.compare_digest(received_signature, expected_signature):             # Signatures match, the payload is genuine             return True         else:             # Signatures don\'t match             return False     except Exception as e:         # Handle any errors that may occur during validation         return False  ```',
    status_code=200,
    response_model=models.PeriodicAgentCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_periodic_agents_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this periodic agent.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedPeriodicAgentCreate | None, Body()] = None,
) -> models.PeriodicAgentCreate:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_periodic_agents_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/",
    operation_id="ai_mentor_orgs_users_pin_message_list",
    description="Retrieve pinned sessions for a user.  Returns a lightweight paginated list of pinned sessions containing: - session_id: UUID of the session - mentor_unique_id: UUID of the mentor - mentor: Object with unique_id (for backward compatibility) - title: AI-generated session title - messages: Array containing only the first message  Query Parameters:     mentor: Filter by mentor unique_id, slug, or name (optional)  Args:     request: The HTTP request.     org: Organization key identifier.     user_id: The username of the student.  Returns:     Response: Paginated list of pinned sessions.",
    status_code=200,
    response_model=list[models.SessionSummary],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_pin_message_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    mentor: Annotated[
        str | None, Query(min_length=1, description="Filter by mentor unique_id, slug, or name")
    ] = None,
) -> list[models.SessionSummary]:
    return await api.ai_mentor_orgs_users_pin_message_list(org=org, user_id=user_id, mentor=mentor)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/",
    operation_id="ai_mentor_orgs_users_pin_message_create",
    description="Create a pinned message for a user session.  Args:     request: The HTTP request containing session details.     org: Organization key identifier.     user_id: The username of the student.  Returns:     Response: Status 201 on success.  Raises:     NotFound: If the student does not exist.     ValidationError: If request data is invalid.",
    status_code=200,
    response_model=models.PinnedMessageCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_pin_message_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PinnedMessageRequest, Body()],
) -> models.PinnedMessageCreate:
    return await api.ai_mentor_orgs_users_pin_message_create(org=org, user_id=user_id, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/",
    operation_id="ai_mentor_orgs_users_pin_message_destroy",
    description="Delete a pinned message for a user.  Args:     request: The HTTP request containing session details.     org: Organization key identifier.     user_id: The username of the student.  Returns:     Response: Status 204 on success.  Raises:     NotFound: If the student or pinned message does not exist.     ValidationError: If request data is invalid.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_pin_message_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_pin_message_destroy(org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/",
    operation_id="ai_mentor_orgs_users_planned_jobs_list",
    description="Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent is going to undertake. You can filter job runs by their status. Note that for a single user and a specified session, at most only one JobRun instance is active at any point in time.",
    status_code=200,
    response_model=models.PaginatedJobRunList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_planned_jobs_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    active: Annotated[bool | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    session: Annotated[str | None, Query()] = None,
) -> models.PaginatedJobRunList:
    return await api.ai_mentor_orgs_users_planned_jobs_list(
        org=org,
        user_id=user_id,
        active=active,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        session=session,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/{id}/",
    operation_id="ai_mentor_orgs_users_planned_jobs_retrieve",
    description="Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent is going to undertake. You can filter job runs by their status. Note that for a single user and a specified session, at most only one JobRun instance is active at any point in time.",
    status_code=200,
    response_model=models.JobRun,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_planned_jobs_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this job run.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.JobRun:
    return await api.ai_mentor_orgs_users_planned_jobs_retrieve(id=id, org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/",
    operation_id="ai_mentor_orgs_users_playwright_scripts_list",
    description="Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.",
    status_code=200,
    response_model=models.PaginatedPlayWrightScriptList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_playwright_scripts_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    is_public: Annotated[bool | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    student: Annotated[int | None, Query(description="edX user ID")] = None,
) -> models.PaginatedPlayWrightScriptList:
    return await api.ai_mentor_orgs_users_playwright_scripts_list(
        org=org,
        user_id=user_id,
        is_public=is_public,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        student=student,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/",
    operation_id="ai_mentor_orgs_users_playwright_scripts_create",
    description="Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.",
    status_code=201,
    response_model=models.PlayWrightScript,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_playwright_scripts_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PlayWrightScriptRequest, Body()],
) -> models.PlayWrightScript:
    return await api.ai_mentor_orgs_users_playwright_scripts_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/",
    operation_id="ai_mentor_orgs_users_playwright_scripts_retrieve",
    description="Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.",
    status_code=200,
    response_model=models.PlayWrightScript,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_playwright_scripts_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this play wright script.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.PlayWrightScript:
    return await api.ai_mentor_orgs_users_playwright_scripts_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/",
    operation_id="ai_mentor_orgs_users_playwright_scripts_update",
    description="Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.",
    status_code=200,
    response_model=models.PlayWrightScript,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_playwright_scripts_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this play wright script.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PlayWrightScriptRequest, Body()],
) -> models.PlayWrightScript:
    return await api.ai_mentor_orgs_users_playwright_scripts_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/",
    operation_id="ai_mentor_orgs_users_playwright_scripts_destroy",
    description="Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_playwright_scripts_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this play wright script.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_playwright_scripts_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/",
    operation_id="ai_mentor_orgs_users_playwright_scripts_partial_update",
    description="Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.",
    status_code=200,
    response_model=models.PlayWrightScript,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_playwright_scripts_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this play wright script.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedPlayWrightScript | None, Body()] = None,
) -> models.PlayWrightScript:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_playwright_scripts_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/predictive-analytics/",
    operation_id="ai_mentor_orgs_users_predictive_analytics_create",
    description="Retrieve predictive analytics based on historical data variables.  Args:     request: HTTP request containing predictive analytics input.     org: Organization key identifier.  Returns:     - 200: Object containing predicted data.     - 400: When AI response cannot be loaded into JSON.     - 404: When OpenAI key for the tenant is not set.     - 429: When OpenAI request exceeds the rate limit.  Example:     **POST** `/api/ai-prompt/orgs/main/users/johndoe/predictive-analytics/`",
    status_code=200,
    response_model=models.PredictiveAnalyticsResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_predictive_analytics_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PredictiveAnalyticsRequest, Body()],
) -> models.PredictiveAnalyticsResponse:
    return await api.ai_mentor_orgs_users_predictive_analytics_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/projects/",
    operation_id="ai_mentor_orgs_users_projects_list",
    summary="List projects",
    description="Retrieve a list of projects with optional filtering and search.",
    status_code=200,
    response_model=models.PaginatedProjectList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_projects_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    search: Annotated[
        str | None, Query(description="Search in project name and description")
    ] = None,
    shared: Annotated[
        bool | None, Query(description="Filter by shared status (true/false)")
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            description="Order by field (prefix with - for descending). Example: name or -created_at"
        ),
    ] = None,
    username: Annotated[
        str | None, Query(description="Filter projects by owner's username")
    ] = None,
) -> models.PaginatedProjectList:
    return await api.ai_mentor_orgs_users_projects_list(
        org=org,
        user_id=user_id,
        limit=limit,
        offset=offset,
        ordering=ordering,
        search=search,
        shared=shared,
        sort=sort,
        username=username,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/projects/",
    operation_id="ai_mentor_orgs_users_projects_create",
    summary="Create a new project",
    description="Create a new project with optional mentors.",
    status_code=201,
    response_model=models.Project,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_projects_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.ProjectRequest, Body()],
) -> models.Project:
    return await api.ai_mentor_orgs_users_projects_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/projects/{id}/",
    operation_id="ai_mentor_orgs_users_projects_retrieve",
    summary="Retrieve a project",
    description="Get detailed information about a specific project including its mentors.",
    status_code=200,
    response_model=models.Project,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_projects_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Project.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Project:
    return await api.ai_mentor_orgs_users_projects_retrieve(id=id, org=org, user_id=user_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/projects/{id}/",
    operation_id="ai_mentor_orgs_users_projects_update",
    summary="Update a project",
    description="Update project information and optionally modify its mentors.",
    status_code=200,
    response_model=models.Project,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_projects_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Project.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.ProjectRequest, Body()],
) -> models.Project:
    return await api.ai_mentor_orgs_users_projects_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/projects/{id}/",
    operation_id="ai_mentor_orgs_users_projects_destroy",
    summary="Delete a project",
    description="Delete a project permanently.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_projects_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this Project.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_projects_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/projects/{id}/",
    operation_id="ai_mentor_orgs_users_projects_partial_update",
    description="API ViewSet for managing projects.  Projects are groups of mentors that can be created by anyone (students and tenant admins). They serve as a way to organize and group related mentors together.  Projects can be: - Personal (shared=False): Only visible to their owners - Shared (shared=True): Visible to platform admins and potentially other users  Projects are accessed through integrated URLs within the mentor router:     /orgs/<org>/projects/ - All accessible projects in a platform (admin access)     /orgs/<org>/projects/<id>/ - Specific project (admin access)     /orgs/<org>/users/<user_id>/projects/ - User's projects (user access)     /orgs/<org>/users/<user_id>/projects/<id>/ - User's specific project  Query Parameters:     - username: Filter projects by owner's username (admin routes only)     - shared: Filter by shared status (true/false)     - search: Search in name and description     - sort: Order by field (prefix with - for descending). Example: sort=name or sort=-created_at  Permissions:     - GET: Accessible to project owners and platform admins (for shared projects)     - POST: Any authenticated user can create projects     - PUT, PATCH, DELETE: Accessible to project owners only",
    status_code=200,
    response_model=models.Project,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_projects_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this Project.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedProject | None, Body()] = None,
) -> models.Project:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_projects_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/recent-messages/",
    operation_id="ai_mentor_orgs_users_recent_messages_list",
    description="Get recent chat sessions of a user within an organization.",
    status_code=200,
    response_model=list[models.SessionSummary],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_recent_messages_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    mentor: Annotated[
        str | None, Query(min_length=1, description="Filter by mentor unique_id, slug, or name")
    ] = None,
) -> list[models.SessionSummary]:
    return await api.ai_mentor_orgs_users_recent_messages_list(
        org=org, user_id=user_id, mentor=mentor
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/recently-accessed-mentors/",
    operation_id="ai_mentor_orgs_users_recently_accessed_mentors_list",
    description="Endpoint for listing most recently accessed mentors.  Accessible to students and admins.   Returns:      200: List of most recently accessed mentors.      400: When request is not valid.",
    status_code=200,
    response_model=list[models.RecentlyAccessedMentor],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_recently_accessed_mentors_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.RecentlyAccessedMentor]:
    return await api.ai_mentor_orgs_users_recently_accessed_mentors_list(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/",
    operation_id="ai_mentor_orgs_users_resources_web_create",
    description="Search for web resources based on a query.  Args:     request: The HTTP request containing the search query.     org: The organization/tenant identifier.     user_id: The ID of the user making the request.  Returns:     Response: A list of web resources matching the query.  Raises:     ValidationError: If the search fails or returns no results.",
    status_code=200,
    response_model=list[models.WebResource],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_resources_web_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.WebResourcesQuery, Body()],
) -> list[models.WebResource]:
    return await api.ai_mentor_orgs_users_resources_web_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/",
    operation_id="ai_mentor_orgs_users_safety_logs_list",
    description="Endpoint to view and delete Safety System Logs for a tenant.  These can be filtered by username, platform_key and  mentor id   A search query can be conducted to search through the prompts and reason for the moderation catch event.",
    status_code=200,
    response_model=models.PaginatedModerationLogList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_safety_logs_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_time: Annotated[str | None, Query()] = None,
    mentor: Annotated[str | None, Query()] = None,
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    platform_key: Annotated[str | None, Query()] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
    start_time: Annotated[str | None, Query()] = None,
    target_system: Annotated[
        Literal["Safety System", "Moderation System"] | None,
        Query(
            description="* `Safety System` - Safety System * `Moderation System` - Moderation System"
        ),
    ] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedModerationLogList:
    return await api.ai_mentor_orgs_users_safety_logs_list(
        org=org,
        user_id=user_id,
        end_time=end_time,
        mentor=mentor,
        ordering=ordering,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        search=search,
        start_time=start_time,
        target_system=target_system,
        username=username,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/",
    operation_id="ai_mentor_orgs_users_safety_logs_retrieve",
    description="Endpoint to view and delete Safety System Logs for a tenant.  These can be filtered by username, platform_key and  mentor id   A search query can be conducted to search through the prompts and reason for the moderation catch event.",
    status_code=200,
    response_model=models.ModerationLog,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_safety_logs_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this moderation log.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.ModerationLog:
    return await api.ai_mentor_orgs_users_safety_logs_retrieve(id=id, org=org, user_id=user_id)


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/{id}/",
    operation_id="ai_mentor_orgs_users_safety_logs_destroy",
    description="Endpoint to view and delete Safety System Logs for a tenant.  These can be filtered by username, platform_key and  mentor id   A search query can be conducted to search through the prompts and reason for the moderation catch event.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_safety_logs_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this moderation log.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_safety_logs_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/session-detail/mentors/{mentor}/",
    operation_id="ai_mentor_orgs_users_session_detail_mentors_list",
    description="Retrieve session details including message counts and timestamps.  Query Parameters:     page (optional, int): Page number for pagination.  Returns:     - 200: Paginated list of session details.     - 404: Session not found.",
    status_code=200,
    response_model=list[models.SessionDetail],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_session_detail_mentors_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    mentor: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[int | None, Query(description="Page number for pagination")] = None,
) -> list[models.SessionDetail]:
    return await api.ai_mentor_orgs_users_session_detail_mentors_list(
        mentor=mentor, org=org, user_id=user_id, page=page
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/",
    operation_id="ai_mentor_orgs_users_sessionid_list",
    description="Retrieve user sessions filtered by start date and end date.  Query Parameters:     start_date (optional, ISO format): Start date for filtering sessions.     end_date (optional, ISO format): End date for filtering sessions.  Returns:     - 200: List of session IDs with insertion timestamps.     - 400: Invalid request parameters.",
    status_code=200,
    response_model=list[models.ChatHistorySessionId],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessionid_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    end_date: Annotated[str | None, Query(min_length=1)] = None,
    start_date: Annotated[str | None, Query(min_length=1)] = None,
) -> list[models.ChatHistorySessionId]:
    return await api.ai_mentor_orgs_users_sessionid_list(
        org=org, user_id=user_id, end_date=end_date, start_date=start_date
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/",
    operation_id="ai_mentor_orgs_users_sessions_create",
    description="Retrieve or create a chat session with a mentor.  Passing `null` as `tools` results in using all tools assigned to the mentor. To specify that no tools be used, pass an empty list.  Args:     request: HTTP request containing mentor details.     org: Organization key identifier.     user_id (optional): Username for authentication (if required by the mentor).  Returns:     Response: JSON object containing the session ID.  Raises:     Http404: If the mentor is not found.     ValidationError: If the username is invalid.     ValidationError: If one or more tool slugs are invalid.",
    status_code=200,
    response_model=models.ChatSessionResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.ChatSessionRequest, Body()],
) -> models.ChatSessionResponse:
    return await api.ai_mentor_orgs_users_sessions_create(org=org, user_id=user_id, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/",
    operation_id="ai_mentor_orgs_users_sessions_retrieve",
    summary="Retrieve Chat Messages",
    description="Fetches chat messages for a specific session.",
    status_code=200,
    response_model=models.MessageView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MessageView:
    return await api.ai_mentor_orgs_users_sessions_retrieve(
        org=org, session_id=session_id, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/",
    operation_id="ai_mentor_orgs_users_sessions_update",
    description="Update the title of a chat session and its tools",
    status_code=200,
    response_model=models.MessageViewUpdatResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.MessageViewRequest | None, Body()] = None,
) -> models.MessageViewUpdatResponse:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_sessions_update(
        org=org, session_id=session_id, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/",
    operation_id="ai_mentor_orgs_users_sessions_destroy",
    description="Deletes all messages in a chat session.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_sessions_destroy(org=org, session_id=session_id, user_id=user_id)
    return Response(status_code=204)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/browser-screenshot/",
    operation_id="ai_mentor_orgs_users_sessions_browser_screenshot_retrieve",
    description="Endpoint to fetch the logs of a session. Logs are cached for up to 1 hour of their creation: accessing the logs after an hour will result in an empty data.  This is intentional and made to avoid cases where logs bloat our in-memory db.  Accessible to tenant admins and students.  Url Args:     org (str): The organization's platform key.     user_id (str): The username  identifier of the individual.     session_id (str): The session id.  Returns:      200: a SessionBrowserScreenshot object",
    status_code=200,
    response_model=models.SessionBrowserScreenshot,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_browser_screenshot_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.SessionBrowserScreenshot:
    return await api.ai_mentor_orgs_users_sessions_browser_screenshot_retrieve(
        org=org, session_id=session_id, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/download-session",
    operation_id="ai_mentor_orgs_users_sessions_download_session_retrieve",
    description="Retrieves the chat history for a session as a plain text file.  Returns:     200: txt file containing coversation",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_download_session_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_sessions_download_session_retrieve(
        org=org, session_id=session_id, user_id=user_id
    )
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/",
    operation_id="ai_mentor_orgs_users_sessions_memories_set_attached_retrieve",
    description="Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent",
    status_code=200,
    response_model=models.SessionMemoryAttachment,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_memories_set_attached_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    memory_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.SessionMemoryAttachment:
    return await api.ai_mentor_orgs_users_sessions_memories_set_attached_retrieve(
        memory_unique_id=memory_unique_id, org=org, session_id=session_id, user_id=user_id
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/",
    operation_id="ai_mentor_orgs_users_sessions_memories_set_attached_create",
    summary="Create session memory attachment",
    description="Create session memory attachment",
    status_code=200,
    response_model=models.SessionMemoryAttachment,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_memories_set_attached_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    memory_unique_id: Annotated[str, Path()],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.SessionMemoryAttachment, Body()],
) -> models.SessionMemoryAttachment:
    return await api.ai_mentor_orgs_users_sessions_memories_set_attached_create(
        memory_unique_id=memory_unique_id,
        org=org,
        session_id=session_id,
        user_id=user_id,
        body=body,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memory/",
    operation_id="ai_mentor_orgs_users_sessions_memory_retrieve",
    description="Retrieve memory data for a specific session.  This endpoint returns the memory components (knowledge gaps, lessons learned, help requests) that were generated during the specified chat session.  Args:     org: The organization/tenant identifier.     user_id: The ID of the user who owns the session.     session_id: The ID of the session to retrieve memory for.  Returns:     Response: The memory data associated with the session.  Raises:     NotFound: If the session does not exist or does not belong to the user.",
    status_code=200,
    response_model=models.SessionMemoryStorage,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_memory_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.SessionMemoryStorage:
    return await api.ai_mentor_orgs_users_sessions_memory_retrieve(
        org=org, session_id=session_id, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/",
    operation_id="ai_mentor_orgs_users_sessions_shared_retrieve",
    summary="Retrieve Shared Messages",
    description="Fetches shared chat messages for a specific session.",
    status_code=200,
    response_model=models.MessageView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_shared_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.MessageView:
    return await api.ai_mentor_orgs_users_sessions_shared_retrieve(
        org=org, session_id=session_id, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/",
    operation_id="ai_mentor_orgs_users_sessions_shared_update",
    summary="Share Session",
    description="Allows users to mark their session as shared. Anonymous users can only share sessions created in anonymous mode.",
    status_code=200,
    response_model=models.SharedSessionUpdateResponse,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_shared_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.SharedSessionUpdateRequest, Body()],
) -> models.SharedSessionUpdateResponse:
    return await api.ai_mentor_orgs_users_sessions_shared_update(
        org=org, session_id=session_id, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shell-logs/",
    operation_id="ai_mentor_orgs_users_sessions_shell_logs_retrieve",
    description="Retrieve shell logs for a specific session.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user who owns the session.     session_id: The ID of the session to retrieve logs for.  Returns:     Response: The shell logs for the specified session.  Raises:     NotFound: If the specified session does not exist.",
    status_code=200,
    response_model=models.ShellLogs,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_shell_logs_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.ShellLogs:
    return await api.ai_mentor_orgs_users_sessions_shell_logs_retrieve(
        org=org, session_id=session_id, user_id=user_id
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/suggestion",
    operation_id="ai_mentor_orgs_users_sessions_suggestion_list",
    description="Retrieve a list of related questions based on a chat session.",
    status_code=200,
    response_model=list[models.RelatedText],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_suggestion_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    num_questions: Annotated[int | None, Query()] = None,
) -> list[models.RelatedText]:
    return await api.ai_mentor_orgs_users_sessions_suggestion_list(
        org=org, session_id=session_id, user_id=user_id, num_questions=num_questions
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/tasks/{task_id}/",
    operation_id="ai_mentor_orgs_users_sessions_tasks_retrieve",
    description="Retrieves the chat history for a given session if the export task is ready.  Returns:      200: When task is not ready.      200: chat history object      400: When data is not valid.",
    status_code=200,
    response_model=models.ChatHistoryItem,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_sessions_tasks_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    task_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    to_csv: Annotated[bool | None, Query(description="Choose download in csv or not")] = None,
) -> models.ChatHistoryItem:
    return await api.ai_mentor_orgs_users_sessions_tasks_retrieve(
        org=org, session_id=session_id, task_id=task_id, user_id=user_id, to_csv=to_csv
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/",
    operation_id="ai_mentor_orgs_users_settings_tenant_llm_list",
    description="Retrieve all LLM models assigned to a specific tenant.  Args:     request: The HTTP request.     org: The unique identifier of the tenant.  Returns:     Response: A list of LLM models assigned to the tenant.  Raises:     NotFound: If the specified tenant does not have any associated models.     ValidationError: If an unexpected error occurs.",
    status_code=200,
    response_model=list[models.LLMModelForTenant],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_settings_tenant_llm_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.LLMModelForTenant]:
    return await api.ai_mentor_orgs_users_settings_tenant_llm_list(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/",
    operation_id="ai_mentor_orgs_users_settings_tenant_llm_create",
    description="Create or update an LLM model for a tenant.  Accessible only to tenant administrators.  Args:     request: The HTTP request containing LLM model details.     org: The unique identifier of the tenant.  Returns:     Response: Details of the newly created or updated LLM model.  Raises:     ValidationError: If request data is invalid.     NotFound: If the tenant does not exist.",
    status_code=201,
    response_model=models.LLMModelForTenant,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_settings_tenant_llm_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.LLMModelForTenantRequest, Body()],
) -> models.LLMModelForTenant:
    return await api.ai_mentor_orgs_users_settings_tenant_llm_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/starred-mentors/",
    operation_id="ai_mentor_orgs_users_starred_mentors_list",
    description="Retrieve a list of mentors starred by a specific user.  Args:     request: The HTTP request.     org: The organization/tenant identifier.     user_id: The ID of the user to retrieve starred mentors for.  Returns:     Response: A list of the user's starred mentors, sorted by most recently accessed.  Raises:     NotFound: If the specified student does not exist.     BadRequest: If the request is invalid.",
    status_code=200,
    response_model=list[models.StarMentor],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_starred_mentors_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.StarMentor]:
    return await api.ai_mentor_orgs_users_starred_mentors_list(org=org, user_id=user_id)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/stop-generation/",
    operation_id="ai_mentor_orgs_users_stop_generation_create",
    summary="Stop an active chat generation",
    description="Stops an ongoing LLM generation for a mentor chat session. The generation_id is returned when starting a chat and can be used to stop the generation before it completes.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_stop_generation_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.StopGenerationRequest, Body()],
) -> Response:
    await api.ai_mentor_orgs_users_stop_generation_create(org=org, user_id=user_id, body=body)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/subjects/",
    operation_id="ai_mentor_orgs_users_subjects_list",
    description="Retrieve Subjects",
    status_code=200,
    response_model=list[models.Subject],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_subjects_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.Subject]:
    return await api.ai_mentor_orgs_users_subjects_list(org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/",
    operation_id="ai_mentor_orgs_users_support_ticket_messages_list",
    description="ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve, create, and update ticket messages.  Permissions:     - Platform Admins:         - Platform admins are able to view all ticket messages for the tenant.     - Students:         - Students are able to view all ticket messages for only the ticket they are associated with.",
    status_code=200,
    response_model=models.PaginatedTicketMessageList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_ticket_messages_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    sender: Annotated[str | None, Query()] = None,
    ticket: Annotated[float | None, Query()] = None,
) -> models.PaginatedTicketMessageList:
    return await api.ai_mentor_orgs_users_support_ticket_messages_list(
        org=org, user_id=user_id, page=page, page_size=page_size, sender=sender, ticket=ticket
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/",
    operation_id="ai_mentor_orgs_users_support_ticket_messages_create",
    description="ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve, create, and update ticket messages.  Permissions:     - Platform Admins:         - Platform admins are able to view all ticket messages for the tenant.     - Students:         - Students are able to view all ticket messages for only the ticket they are associated with.",
    status_code=201,
    response_model=models.TicketMessage,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_ticket_messages_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.TicketMessageRequest, Body()],
) -> models.TicketMessage:
    return await api.ai_mentor_orgs_users_support_ticket_messages_create(
        org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/",
    operation_id="ai_mentor_orgs_users_support_ticket_messages_retrieve",
    description="ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve, create, and update ticket messages.  Permissions:     - Platform Admins:         - Platform admins are able to view all ticket messages for the tenant.     - Students:         - Students are able to view all ticket messages for only the ticket they are associated with.",
    status_code=200,
    response_model=models.TicketMessage,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_ticket_messages_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this ticket message.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.TicketMessage:
    return await api.ai_mentor_orgs_users_support_ticket_messages_retrieve(
        id=id, org=org, user_id=user_id
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/",
    operation_id="ai_mentor_orgs_users_support_ticket_messages_update",
    description="ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve, create, and update ticket messages.  Permissions:     - Platform Admins:         - Platform admins are able to view all ticket messages for the tenant.     - Students:         - Students are able to view all ticket messages for only the ticket they are associated with.",
    status_code=200,
    response_model=models.TicketMessage,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_ticket_messages_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this ticket message.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.TicketMessageRequest, Body()],
) -> models.TicketMessage:
    return await api.ai_mentor_orgs_users_support_ticket_messages_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/",
    operation_id="ai_mentor_orgs_users_support_ticket_messages_destroy",
    description="ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve, create, and update ticket messages.  Permissions:     - Platform Admins:         - Platform admins are able to view all ticket messages for the tenant.     - Students:         - Students are able to view all ticket messages for only the ticket they are associated with.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_support_ticket_messages_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this ticket message.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_support_ticket_messages_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/{id}/",
    operation_id="ai_mentor_orgs_users_support_ticket_messages_partial_update",
    description="ViewSet for managing ticket messages.  This ViewSet provides endpoints to retrieve, create, and update ticket messages.  Permissions:     - Platform Admins:         - Platform admins are able to view all ticket messages for the tenant.     - Students:         - Students are able to view all ticket messages for only the ticket they are associated with.",
    status_code=200,
    response_model=models.TicketMessage,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_ticket_messages_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[int, Path(description="A unique integer value identifying this ticket message.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedTicketMessage | None, Body()] = None,
) -> models.TicketMessage:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_support_ticket_messages_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/",
    operation_id="ai_mentor_orgs_users_support_tickets_list",
    description="ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:         - Platform admins are able to update the ticket status, and view all tickets for the tenant.         - Platform admins can only update the `subject`, `description` and `status` fields.     Students:         - Students are only able to view their own created tickets.         - students can modify only the `subject` and `description` entries      Field Updates:         - subject: Modifiable by both student and platform admin         - description: Modifiable by only student.         - status: Modifiable by only platform admin.",
    status_code=200,
    response_model=models.PaginatedHumanSupportTicketList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_tickets_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    mentor_id: Annotated[float | None, Query()] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    session: Annotated[str | None, Query()] = None,
    status: Annotated[
        Literal["open", "in_progress", "closed"] | None,
        Query(description="* `open` - Open * `in_progress` - In Progress * `closed` - Closed"),
    ] = None,
    username: Annotated[str | None, Query()] = None,
) -> models.PaginatedHumanSupportTicketList:
    return await api.ai_mentor_orgs_users_support_tickets_list(
        org=org,
        user_id=user_id,
        mentor_id=mentor_id,
        page=page,
        page_size=page_size,
        session=session,
        status=status,
        username=username,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/",
    operation_id="ai_mentor_orgs_users_support_tickets_retrieve",
    description="ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:         - Platform admins are able to update the ticket status, and view all tickets for the tenant.         - Platform admins can only update the `subject`, `description` and `status` fields.     Students:         - Students are only able to view their own created tickets.         - students can modify only the `subject` and `description` entries      Field Updates:         - subject: Modifiable by both student and platform admin         - description: Modifiable by only student.         - status: Modifiable by only platform admin.",
    status_code=200,
    response_model=models.HumanSupportTicket,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_tickets_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this human support ticket.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.HumanSupportTicket:
    return await api.ai_mentor_orgs_users_support_tickets_retrieve(id=id, org=org, user_id=user_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/",
    operation_id="ai_mentor_orgs_users_support_tickets_update",
    description="ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:         - Platform admins are able to update the ticket status, and view all tickets for the tenant.         - Platform admins can only update the `subject`, `description` and `status` fields.     Students:         - Students are only able to view their own created tickets.         - students can modify only the `subject` and `description` entries      Field Updates:         - subject: Modifiable by both student and platform admin         - description: Modifiable by only student.         - status: Modifiable by only platform admin.",
    status_code=200,
    response_model=models.HumanSupportTicket,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_tickets_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this human support ticket.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.HumanSupportTicketRequest, Body()],
) -> models.HumanSupportTicket:
    return await api.ai_mentor_orgs_users_support_tickets_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/",
    operation_id="ai_mentor_orgs_users_support_tickets_destroy",
    description="ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:         - Platform admins are able to update the ticket status, and view all tickets for the tenant.         - Platform admins can only update the `subject`, `description` and `status` fields.     Students:         - Students are only able to view their own created tickets.         - students can modify only the `subject` and `description` entries      Field Updates:         - subject: Modifiable by both student and platform admin         - description: Modifiable by only student.         - status: Modifiable by only platform admin.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_support_tickets_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this human support ticket.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_support_tickets_destroy(id=id, org=org, user_id=user_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/",
    operation_id="ai_mentor_orgs_users_support_tickets_partial_update",
    description="ViewSet for managing Human Support Tickets.  This ViewSet provides endpoints to retrieve, create, and update Human Support Tickets.  Permissions:     Platform Admins:         - Platform admins are able to update the ticket status, and view all tickets for the tenant.         - Platform admins can only update the `subject`, `description` and `status` fields.     Students:         - Students are only able to view their own created tickets.         - students can modify only the `subject` and `description` entries      Field Updates:         - subject: Modifiable by both student and platform admin         - description: Modifiable by only student.         - status: Modifiable by only platform admin.",
    status_code=200,
    response_model=models.HumanSupportTicket,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_support_tickets_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    id: Annotated[
        int, Path(description="A unique integer value identifying this human support ticket.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.PatchedHumanSupportTicket | None, Body()] = None,
) -> models.HumanSupportTicket:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_support_tickets_partial_update(
        id=id, org=org, user_id=user_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/{id}/close/",
    operation_id="ai_mentor_orgs_users_support_tickets_close_create",
    description="Endpoint to close a Human support ticket.  This endpoint is used to close a Human support ticket.  Permissions:     - available to both platform admins and the student who created the ticket.  Returns:     Response: A response object containing the closed ticket data.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_support_tickets_close_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[
        int, Path(description="A unique integer value identifying this human support ticket.")
    ],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_users_support_tickets_close_create(id=id, org=org, user_id=user_id)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/",
    operation_id="ai_mentor_orgs_users_tasks_sessions_create",
    description="Export chat history for a session.  Returns:     200: Task ID for the export operation.",
    status_code=200,
    response_model=models.TaskView,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_tasks_sessions_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    session_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    body: Annotated[models.TaskView, Body()],
) -> models.TaskView:
    return await api.ai_mentor_orgs_users_tasks_sessions_create(
        org=org, session_id=session_id, user_id=user_id, body=body
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/tasks/{task_id}",
    operation_id="ai_mentor_orgs_users_tasks_retrieve",
    description="Retrieves the status of a task using its task ID.  Accessible to both tenant admins and students.  Returns:      200: task id",
    status_code=200,
    response_model=models.RetrieveTask,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_tasks_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    task_id: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.RetrieveTask:
    return await api.ai_mentor_orgs_users_tasks_retrieve(org=org, task_id=task_id, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/tool-categories/",
    operation_id="ai_mentor_orgs_users_tool_categories_list",
    description="Retrieve Tool Categories",
    status_code=200,
    response_model=list[models.ToolCategory],
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_tool_categories_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> list[models.ToolCategory]:
    return await api.ai_mentor_orgs_users_tool_categories_list(org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/voices/",
    operation_id="ai_mentor_orgs_users_voices_list",
    description="Retrieve a list of available voice options.  Args:     request: The HTTP request.  Returns:     Response: A list of available voice options.  Raises:     NotFound: If no voice options are available.",
    status_code=200,
    response_model=models.PaginatedVoiceList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_voices_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    ordering: Annotated[
        str | None, Query(description="Which field to use when ordering the results.")
    ] = None,
    page: Annotated[
        int | None, Query(description="A page number within the paginated result set.")
    ] = None,
    page_size: Annotated[
        int | None, Query(description="Number of results to return per page.")
    ] = None,
    provider: Annotated[
        Literal["openai", "google", "elevenlabs"] | None,
        Query(description="* `openai` - Openai * `google` - Google * `elevenlabs` - Elevenlabs"),
    ] = None,
    search: Annotated[str | None, Query(description="A search term.")] = None,
) -> models.PaginatedVoiceList:
    return await api.ai_mentor_orgs_users_voices_list(
        org=org,
        user_id=user_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        provider=provider,
        search=search,
    )


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/voices/{id}/",
    operation_id="ai_mentor_orgs_users_voices_retrieve",
    description="Retrieve details of a specific voice option.  Args:     request: The HTTP request.     pk: The primary key of the voice option to retrieve.  Returns:     Response: The details of the specified voice option.  Raises:     NotFound: If the specified voice option does not exist.",
    status_code=200,
    response_model=models.Voice,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_voices_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    id: Annotated[int, Path(description="A unique integer value identifying this voice.")],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
) -> models.Voice:
    return await api.ai_mentor_orgs_users_voices_retrieve(id=id, org=org, user_id=user_id)


@router.get(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/{name}/",
    operation_id="ai_mentor_orgs_users_retrieve",
    description="API ViewSet for managing mentors.  Provides endpoints to retrieve, create, update, and delete mentor data.  Permissions:     - Accessible to both tenant admins and students.",
    status_code=200,
    response_model=models.Mentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[int | None, Query(description="Department to filter by")] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, name, default is date "),
    ] = None,
    is_featured: Annotated[
        bool | None, Query(description="Whether the mentor is featured or not")
    ] = None,
    metadata_key: Annotated[
        str | None, Query(min_length=1, description="Metadata key to be queried with")
    ] = None,
    metadata_value: Annotated[
        str | None, Query(min_length=1, description="Metadata value to be filter for")
    ] = None,
    return_session_information: Annotated[
        bool | None,
        Query(description="Declares if session information should be included in the mentor data"),
    ] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="visibility type  to be queried with")
    ] = None,
) -> models.Mentor:
    return await api.ai_mentor_orgs_users_retrieve(
        name=name,
        org=org,
        user_id=user_id,
        department_id=department_id,
        filter_by=filter_by,
        is_featured=is_featured,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        return_session_information=return_session_information,
        visibility=visibility,
    )


@router.put(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/{name}/",
    operation_id="ai_mentor_orgs_users_update",
    description="Update a mentor's details with RBAC enforcement and custom serializer handling.",
    status_code=200,
    response_model=models.Mentor,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[int | None, Query(description="Department to filter by")] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, name, default is date "),
    ] = None,
    is_featured: Annotated[
        bool | None, Query(description="Whether the mentor is featured or not")
    ] = None,
    metadata_key: Annotated[
        str | None, Query(min_length=1, description="Metadata key to be queried with")
    ] = None,
    metadata_value: Annotated[
        str | None, Query(min_length=1, description="Metadata value to be filter for")
    ] = None,
    return_session_information: Annotated[
        bool | None,
        Query(description="Declares if session information should be included in the mentor data"),
    ] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="visibility type  to be queried with")
    ] = None,
    body: Annotated[models.MentorCreateRequest, Body()],
) -> models.Mentor:
    return await api.ai_mentor_orgs_users_update(
        name=name,
        org=org,
        user_id=user_id,
        department_id=department_id,
        filter_by=filter_by,
        is_featured=is_featured,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        return_session_information=return_session_information,
        visibility=visibility,
        body=body,
    )


@router.delete(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/{name}/",
    operation_id="ai_mentor_orgs_users_destroy",
    description="Soft delete a mentor.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_users_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[int | None, Query(description="Department to filter by")] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, name, default is date "),
    ] = None,
    is_featured: Annotated[
        bool | None, Query(description="Whether the mentor is featured or not")
    ] = None,
    metadata_key: Annotated[
        str | None, Query(min_length=1, description="Metadata key to be queried with")
    ] = None,
    metadata_value: Annotated[
        str | None, Query(min_length=1, description="Metadata value to be filter for")
    ] = None,
    return_session_information: Annotated[
        bool | None,
        Query(description="Declares if session information should be included in the mentor data"),
    ] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="visibility type  to be queried with")
    ] = None,
) -> Response:
    await api.ai_mentor_orgs_users_destroy(
        name=name,
        org=org,
        user_id=user_id,
        department_id=department_id,
        filter_by=filter_by,
        is_featured=is_featured,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        return_session_information=return_session_information,
        visibility=visibility,
    )
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/users/{user_id}/{name}/",
    operation_id="ai_mentor_orgs_users_partial_update",
    description="API ViewSet for managing mentors.  Provides endpoints to retrieve, create, update, and delete mentor data.  Permissions:     - Accessible to both tenant admins and students.",
    status_code=200,
    response_model=models.MentorCreate,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_users_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    name: Annotated[str, Path()],
    org: Annotated[str, Path()],
    user_id: Annotated[str, Path()],
    department_id: Annotated[int | None, Query(description="Department to filter by")] = None,
    filter_by: Annotated[
        str | None,
        Query(min_length=1, description="Filter options include, date, name, default is date "),
    ] = None,
    is_featured: Annotated[
        bool | None, Query(description="Whether the mentor is featured or not")
    ] = None,
    metadata_key: Annotated[
        str | None, Query(min_length=1, description="Metadata key to be queried with")
    ] = None,
    metadata_value: Annotated[
        str | None, Query(min_length=1, description="Metadata value to be filter for")
    ] = None,
    return_session_information: Annotated[
        bool | None,
        Query(description="Declares if session information should be included in the mentor data"),
    ] = None,
    visibility: Annotated[
        str | None, Query(min_length=1, description="visibility type  to be queried with")
    ] = None,
    body: Annotated[models.PatchedMentorCreate | None, Body()] = None,
) -> models.MentorCreate:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_users_partial_update(
        name=name,
        org=org,
        user_id=user_id,
        department_id=department_id,
        filter_by=filter_by,
        is_featured=is_featured,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        return_session_information=return_session_information,
        visibility=visibility,
        body=body,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/webhooks/azure/trigger/{slug}/",
    operation_id="ai_mentor_orgs_webhooks_azure_trigger_create",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_webhooks_azure_trigger_create(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    org: Annotated[str, Path()],
    slug: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_webhooks_azure_trigger_create(org=org, slug=slug)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/webhooks/github/pullrequest/",
    operation_id="ai_mentor_orgs_webhooks_github_pullrequest_create",
    description="Handle incoming POST requests from GitHub webhook for pull requests.  Args:     request: The HTTP request object containing the webhook payload.     org: the organizaion name.  Returns:     Response: A response indicating the result of processing the webhook event.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_webhooks_github_pullrequest_create(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_webhooks_github_pullrequest_create(org=org)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/workflows/",
    operation_id="ai_mentor_orgs_workflows_list",
    summary="List workflows",
    description="Retrieve a list of workflows in the platform with optional filtering and search.",
    status_code=200,
    response_model=models.PaginatedWorkflowList,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_workflows_list(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    created_by: Annotated[str | None, Query(description="Filter by creator username")] = None,
    is_active: Annotated[bool | None, Query(description="Filter by active status")] = None,
    is_template: Annotated[bool | None, Query(description="Filter by template status")] = None,
    limit: Annotated[int | None, Query(description="Number of results to return per page.")] = None,
    offset: Annotated[
        int | None, Query(description="The initial index from which to return the results.")
    ] = None,
    search: Annotated[
        str | None, Query(description="Search in workflow name and description")
    ] = None,
    sort: Annotated[
        str | None,
        Query(
            description="Order by field (prefix with - for descending). Example: name or -created_at"
        ),
    ] = None,
) -> models.PaginatedWorkflowList:
    return await api.ai_mentor_orgs_workflows_list(
        org=org,
        created_by=created_by,
        is_active=is_active,
        is_template=is_template,
        limit=limit,
        offset=offset,
        search=search,
        sort=sort,
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/workflows/",
    operation_id="ai_mentor_orgs_workflows_create",
    summary="Create a new workflow",
    description="Create a new workflow definition. Basic ReactFlow JSON validation is performed.",
    status_code=201,
    response_model=models.Workflow,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_workflows_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    body: Annotated[models.WorkflowRequest, Body()],
) -> models.Workflow:
    return await api.ai_mentor_orgs_workflows_create(org=org, body=body)


@router.get(
    "/api/ai-mentor/orgs/{org}/workflows/node-types/",
    operation_id="ai_mentor_orgs_workflows_node_types_retrieve",
    summary="Get available node types",
    description="Returns metadata about all available workflow node types. Use this endpoint to populate the workflow editor with available nodes, their categories, required fields, and configuration options.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_workflows_node_types_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_workflows_node_types_retrieve(org=org)
    return Response(status_code=200)


@router.get(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/",
    operation_id="ai_mentor_orgs_workflows_retrieve",
    summary="Retrieve a workflow",
    description="Get detailed information about a specific workflow.",
    status_code=200,
    response_model=models.Workflow,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_workflows_retrieve(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
) -> models.Workflow:
    return await api.ai_mentor_orgs_workflows_retrieve(org=org, unique_id=unique_id)


@router.put(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/",
    operation_id="ai_mentor_orgs_workflows_update",
    summary="Update a workflow",
    description="Update workflow information. Basic ReactFlow JSON validation is performed.",
    status_code=200,
    response_model=models.Workflow,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_workflows_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    body: Annotated[models.WorkflowRequest, Body()],
) -> models.Workflow:
    return await api.ai_mentor_orgs_workflows_update(org=org, unique_id=unique_id, body=body)


@router.delete(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/",
    operation_id="ai_mentor_orgs_workflows_destroy",
    summary="Delete a workflow",
    description="Delete a workflow permanently.",
    status_code=204,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_workflows_destroy(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
) -> Response:
    await api.ai_mentor_orgs_workflows_destroy(org=org, unique_id=unique_id)
    return Response(status_code=204)


@router.patch(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/",
    operation_id="ai_mentor_orgs_workflows_partial_update",
    description="API ViewSet for managing workflows.  Provides CRUD operations for workflow definitions with platform-scoped access. All operations require platform admin permissions.  Endpoints: - GET /orgs/<org>/workflows/ - List workflows in platform - POST /orgs/<org>/workflows/ - Create new workflow - GET /orgs/<org>/workflows/<unique_id>/ - Retrieve workflow - PUT/PATCH /orgs/<org>/workflows/<unique_id>/ - Update workflow - DELETE /orgs/<org>/workflows/<unique_id>/ - Delete workflow - POST /orgs/<org>/workflows/<unique_id>/validate/ - Validate workflow for execution - POST /orgs/<org>/workflows/<unique_id>/publish/ - Save, validate, and activate - POST /orgs/<org>/workflows/<unique_id>/activate/ - Validate and activate (no save) - POST /orgs/<org>/workflows/<unique_id>/deactivate/ - Take offline - POST /orgs/<org>/workflows/<unique_id>/unpublish/ - Alias for deactivate - GET/POST /orgs/<org>/workflows/<unique_id>/chat/ - Get entry mentor info for chat  Query Parameters: - search: Search in name and description fields - is_active: Filter by active status (true/false) - is_template: Filter by template status (true/false) - created_by: Filter by creator username - sort: Order by field (prefix with - for descending)   Examples: sort=name, sort=-created_at, sort=updated_at  Permissions: - Uses RBAC for fine-grained access control - Owner-based access via created_by field  Note: The 'org' URL parameter maps to Platform.key (platform key). This is a naming convention in the codebase for consistency.",
    status_code=200,
    response_model=models.Workflow,
    response_model_exclude_unset=True,
    response_description="",
)
async def ai_mentor_orgs_workflows_partial_update(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    body: Annotated[models.PatchedWorkflow | None, Body()] = None,
) -> models.Workflow:
    await reject_json_null(request, body)
    return await api.ai_mentor_orgs_workflows_partial_update(
        org=org, unique_id=unique_id, body=body
    )


@router.post(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/activate/",
    operation_id="ai_mentor_orgs_workflows_activate_create",
    summary="Activate a workflow",
    description="Validate and activate an already-saved workflow. Unlike publish, this does not save changes - it uses the current saved state.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_workflows_activate_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    body: Annotated[models.WorkflowRequest, Body()],
) -> Response:
    await api.ai_mentor_orgs_workflows_activate_create(org=org, unique_id=unique_id, body=body)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/chat/",
    operation_id="ai_mentor_orgs_workflows_chat_create",
    summary="Chat with workflow",
    description="Send a message to the workflow and receive a response. The workflow must be active. Messages are routed through the entry mentor.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_workflows_chat_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    request: Request,
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    body: Annotated[models.AiMentorOrgsWorkflowsChatCreateBody | None, Body()] = None,
) -> Response:
    await reject_json_null(request, body)
    await api.ai_mentor_orgs_workflows_chat_create(org=org, unique_id=unique_id, body=body)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/deactivate/",
    operation_id="ai_mentor_orgs_workflows_deactivate_create",
    summary="Deactivate a workflow",
    description="Take a workflow offline while preserving its saved state.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_workflows_deactivate_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    body: Annotated[models.WorkflowRequest, Body()],
) -> Response:
    await api.ai_mentor_orgs_workflows_deactivate_create(org=org, unique_id=unique_id, body=body)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/publish/",
    operation_id="ai_mentor_orgs_workflows_publish_create",
    summary="Publish a workflow",
    description="Save, validate, and activate a workflow in one operation. Optionally accepts partial workflow updates in the request body. If validation fails, the workflow is saved but not activated.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_workflows_publish_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    body: Annotated[models.WorkflowRequest, Body()],
) -> Response:
    await api.ai_mentor_orgs_workflows_publish_create(org=org, unique_id=unique_id, body=body)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/unpublish/",
    operation_id="ai_mentor_orgs_workflows_unpublish_create",
    summary="Unpublish a workflow",
    description="Alias for deactivate. Takes a workflow offline while preserving its saved state.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_workflows_unpublish_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path()],
    body: Annotated[models.WorkflowRequest, Body()],
) -> Response:
    await api.ai_mentor_orgs_workflows_unpublish_create(org=org, unique_id=unique_id, body=body)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/orgs/{org}/workflows/{unique_id}/validate/",
    operation_id="ai_mentor_orgs_workflows_validate_create",
    summary="Validate workflow for execution",
    description="Phase 2: Comprehensive execution validation. Validates workflow definition for schema, connectivity, security, and executability. This is separate from the basic validation done during create/update, allowing users to save draft workflows.",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_orgs_workflows_validate_create(
    *,
    api: Annotated[AiMentorApi, Security(secured_ai_mentor_api)],
    org: Annotated[str, Path()],
    unique_id: Annotated[str, Path(description="Workflow unique identifier")],
    body: Annotated[models.WorkflowRequest, Body()],
) -> Response:
    await api.ai_mentor_orgs_workflows_validate_create(org=org, unique_id=unique_id, body=body)
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/webhooks/azure/emailchat/",
    operation_id="ai_mentor_webhooks_azure_emailchat_create",
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_webhooks_azure_emailchat_create(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
) -> Response:
    await api.ai_mentor_webhooks_azure_emailchat_create()
    return Response(status_code=200)


@router.post(
    "/api/ai-mentor/webhooks/n8n-progress/",
    operation_id="ai_mentor_webhooks_n8n_progress_create",
    description='This is the endpoint called by N8N workflows from N8N, to report progress to the mentor SPA(DM)  Example request: ``` {"unique_id": "the-unique-id", "progress": "the email was successfully sent.", "finished": false} ```',
    status_code=200,
    response_class=Response,
    response_description="",
)
async def ai_mentor_webhooks_n8n_progress_create(
    *,
    api: Annotated[AiMentorApi, Depends(ai_mentor_api)],
) -> Response:
    await api.ai_mentor_webhooks_n8n_progress_create()
    return Response(status_code=200)
