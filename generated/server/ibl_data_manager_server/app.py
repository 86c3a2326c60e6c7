"""The FastAPI application: one router per tag, API-key security, JSON errors.

`create_app(implementation)` serves the API with your implementation of the interfaces
in `interfaces.py`; operations it does not implement answer 501. Invalid parameters and
bodies answer 422 with FastAPI's `{"detail": [{"loc": [...], "msg": ..., "type": ...}]}`,
and so does a body that is not JSON at all (invalid UTF-8, nested too deeply).
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.routing import compile_path

from . import routers
from ._routing import RouteIndex
from .interfaces import Implementation, OperationNotImplementedError
from .security import KeyCheck, KeySource

TITLE = "ibl-data-manager"
SPEC_VERSION = "4.202.2-ai-plus"
DESCRIPTION = "API for iblai"
# Operations whose document lists a 422 (or 4XX/default) response; FastAPI adds one to
# every other operation with parameters, which the document does not describe.
DECLARES_VALIDATION_ERROR: frozenset[str] = frozenset([])
# Operations with a summary in the document; FastAPI makes one up for the others.
SUMMARISED: frozenset[str] = frozenset(
    [
        "account_partial_update",
        "account_retrieve",
        "account_update",
        "add_group_members",
        "ai_account_orgs_fallback_llm_create",
        "ai_account_orgs_fallback_llm_destroy",
        "ai_account_orgs_fallback_llm_list",
        "ai_account_orgs_fallback_llm_partial_update",
        "ai_account_orgs_fallback_llm_retrieve",
        "ai_account_orgs_fallback_llm_update",
        "ai_mentor_orgs_mentors_by_email_create",
        "ai_mentor_orgs_mentors_lti_grant_mentor_access_create",
        "ai_mentor_orgs_projects_create",
        "ai_mentor_orgs_projects_destroy",
        "ai_mentor_orgs_projects_list",
        "ai_mentor_orgs_projects_retrieve",
        "ai_mentor_orgs_projects_update",
        "ai_mentor_orgs_users_artifacts_destroy",
        "ai_mentor_orgs_users_artifacts_list",
        "ai_mentor_orgs_users_artifacts_partial_update",
        "ai_mentor_orgs_users_artifacts_retrieve",
        "ai_mentor_orgs_users_artifacts_update",
        "ai_mentor_orgs_users_artifacts_versions_list",
        "ai_mentor_orgs_users_artifacts_versions_retrieve",
        "ai_mentor_orgs_users_artifacts_versions_set_current_create",
        "ai_mentor_orgs_users_clear_chathistory_destroy",
        "ai_mentor_orgs_users_disclaimers_add_mentor_create",
        "ai_mentor_orgs_users_disclaimers_remove_mentor_create",
        "ai_mentor_orgs_users_memories_create",
        "ai_mentor_orgs_users_mentors_auto_memory_prompt_create",
        "ai_mentor_orgs_users_mentors_settings_retrieve",
        "ai_mentor_orgs_users_mentors_settings_update",
        "ai_mentor_orgs_users_projects_create",
        "ai_mentor_orgs_users_projects_destroy",
        "ai_mentor_orgs_users_projects_list",
        "ai_mentor_orgs_users_projects_retrieve",
        "ai_mentor_orgs_users_projects_update",
        "ai_mentor_orgs_users_sessions_memories_set_attached_create",
        "ai_mentor_orgs_users_sessions_retrieve",
        "ai_mentor_orgs_users_sessions_shared_retrieve",
        "ai_mentor_orgs_users_sessions_shared_update",
        "ai_mentor_orgs_users_stop_generation_create",
        "ai_mentor_orgs_workflows_activate_create",
        "ai_mentor_orgs_workflows_chat_create",
        "ai_mentor_orgs_workflows_create",
        "ai_mentor_orgs_workflows_deactivate_create",
        "ai_mentor_orgs_workflows_destroy",
        "ai_mentor_orgs_workflows_list",
        "ai_mentor_orgs_workflows_node_types_retrieve",
        "ai_mentor_orgs_workflows_publish_create",
        "ai_mentor_orgs_workflows_retrieve",
        "ai_mentor_orgs_workflows_unpublish_create",
        "ai_mentor_orgs_workflows_update",
        "ai_mentor_orgs_workflows_validate_create",
        "ai_prompt_orgs_users_sessions_guided_prompts_retrieve",
        "analytics_time_spent_user_retrieve",
        "auto_recharge_trigger_create",
        "billing_account_partial_update",
        "billing_account_retrieve",
        "billing_account_update",
        "billing_auto_recharge_trigger_create",
        "billing_platforms_items_checkout_callback_retrieve",
        "billing_platforms_items_checkout_callback_retrieve_2",
        "billing_platforms_items_checkout_create",
        "billing_platforms_items_checkout_guest_create",
        "billing_platforms_items_paywall_create",
        "billing_platforms_items_paywall_destroy",
        "billing_platforms_items_paywall_prices_create",
        "billing_platforms_items_paywall_prices_destroy",
        "billing_platforms_items_paywall_prices_list",
        "billing_platforms_items_paywall_prices_retrieve",
        "billing_platforms_items_paywall_prices_update",
        "billing_platforms_items_paywall_retrieve",
        "billing_platforms_items_paywall_update",
        "billing_platforms_items_pricing_retrieve",
        "billing_platforms_items_subscribers_list",
        "billing_platforms_items_subscription_cancel_create",
        "billing_platforms_items_subscription_retrieve",
        "billing_platforms_my_subscriptions_list",
        "billing_platforms_paywalls_list",
        "billing_platforms_revenue_retrieve",
        "billing_platforms_subscribers_list",
        "billing_transactions_retrieve",
        "catalog_resources_create",
        "core_platform_configurations_create",
        "core_platform_configurations_list",
        "core_rbac_groups_create",
        "core_rbac_groups_destroy",
        "core_rbac_groups_list",
        "core_rbac_groups_partial_update",
        "core_rbac_groups_retrieve",
        "core_rbac_groups_update",
        "core_rbac_mentor_access_create",
        "core_rbac_mentor_access_list",
        "core_rbac_permissions_check_create",
        "core_rbac_policies_create",
        "core_rbac_policies_destroy",
        "core_rbac_policies_list",
        "core_rbac_policies_partial_update",
        "core_rbac_policies_retrieve",
        "core_rbac_policies_update",
        "core_rbac_roles_create",
        "core_rbac_roles_destroy",
        "core_rbac_roles_list",
        "core_rbac_roles_partial_update",
        "core_rbac_roles_retrieve",
        "core_rbac_roles_update",
        "core_rbac_student_llm_access_set_create",
        "core_rbac_student_llm_access_status_retrieve",
        "core_rbac_student_mentor_creation_set_create",
        "core_rbac_student_mentor_creation_status_retrieve",
        "core_rbac_teams_access_create",
        "core_rbac_teams_access_list",
        "core_rbac_user_group_access_create",
        "core_rbac_user_group_access_retrieve",
        "core_user_groups_create",
        "core_user_groups_destroy",
        "core_user_groups_list",
        "core_user_groups_partial_update",
        "core_user_groups_retrieve",
        "core_user_groups_update",
        "create_platform_prompt",
        "create_platform_prompt_2",
        "create_user",
        "delete_group",
        "delete_group_2",
        "delete_platform_prompt",
        "delete_platform_prompt_2",
        "delete_user",
        "delete_user_2",
        "get_content_analytics",
        "get_content_details",
        "list_groups",
        "list_platform_prompts",
        "list_platform_prompts_2",
        "list_users",
        "manage_group",
        "notification_v1_orgs_notification_builder_context_retrieve",
        "notification_v1_orgs_notification_builder_preview_create",
        "notification_v1_orgs_notification_builder_recipients_list",
        "notification_v1_orgs_notification_builder_send_create",
        "notification_v1_orgs_notification_builder_validate_source_create",
        "notification_v1_platforms_config_test_smtp_create",
        "notification_v1_platforms_templates_list",
        "notification_v1_platforms_templates_partial_update",
        "notification_v1_platforms_templates_reset_create",
        "notification_v1_platforms_templates_retrieve",
        "notification_v1_platforms_templates_test_create",
        "notification_v1_platforms_templates_toggle_partial_update",
        "partial_update_group",
        "partial_update_group_2",
        "partial_update_user",
        "partial_update_user_2",
        "platforms_items_checkout_callback_retrieve",
        "platforms_items_checkout_callback_retrieve_2",
        "platforms_items_checkout_create",
        "platforms_items_checkout_guest_create",
        "platforms_items_paywall_create",
        "platforms_items_paywall_destroy",
        "platforms_items_paywall_prices_create",
        "platforms_items_paywall_prices_destroy",
        "platforms_items_paywall_prices_list",
        "platforms_items_paywall_prices_retrieve",
        "platforms_items_paywall_prices_update",
        "platforms_items_paywall_retrieve",
        "platforms_items_paywall_update",
        "platforms_items_pricing_retrieve",
        "platforms_items_subscribers_list",
        "platforms_items_subscription_cancel_create",
        "platforms_items_subscription_retrieve",
        "platforms_my_subscriptions_list",
        "platforms_paywalls_list",
        "platforms_revenue_retrieve",
        "platforms_subscribers_list",
        "remove_group_members",
        "reports_platforms_download_retrieve",
        "retrieve_group",
        "retrieve_group_2",
        "retrieve_user",
        "retrieve_user_2",
        "transactions_retrieve",
        "update_group",
        "update_group_2",
        "update_platform_prompt",
        "update_platform_prompt_2",
        "update_user",
        "update_user_2",
        "v2_course_recommendations",
        "v2_global_mentor_search",
        "v2_personalized_mentors",
    ]
)
ROUTERS = (
    routers.access_check.router,
    routers.account.router,
    routers.ai_account.router,
    routers.fallback_llm.router,
    routers.ai_analytics.router,
    routers.ai_bot.router,
    routers.ai_finetuning.router,
    routers.ai_index.router,
    routers.ai_marketing.router,
    routers.ai_media.router,
    routers.ai_mentor.router,
    routers.ai_prompt.router,
    routers.ai_search.router,
    routers.billing.router,
    routers.career.router,
    routers.catalog.router,
    routers.core.router,
    routers.credentials.router,
    routers.custom_domains.router,
    routers.features.router,
    routers.media.router,
    routers.notifications.router,
    routers.scim.router,
    routers.commerce.router,
    routers.recommendations.router,
    routers.reports.router,
    routers.search.router,
    routers.skills.router,
    routers.auto_recharge.router,
    routers.credits_.router,
    routers.platforms.router,
    routers.transactions.router,
)
# Paths that match the same URLs as another (`/users/{user_id}/`, `/users/{username}/`):
# each is routed first, with its integer parameters matching digits only.
DIGIT_PATHS: dict[str, str] = {
    "/api/credentials/orgs/{platform_key}/users/{user_id}/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assertions-over-time/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/assertions-over-time/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/assertions/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/assertions/{entity_id}",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/groups/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/assignments/groups/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/users/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/assignments/users/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/{assignment_id}": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/assignments/{assignment_id}",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/course-assertions-over-time/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/course-assertions-over-time/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/course-credentials/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/course-credentials/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/credentials-over-time/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/external-mapping/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/external-mapping/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/images/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/images/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/issuers/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/authority/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/issuers/authority/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/{entity_id}": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/issuers/{entity_id}",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/provider-config/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/provider-config/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/{entity_id}",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/{entity_id}/assertions/",
    "/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}/assertions/bulk/": "/api/credentials/orgs/{platform_key}/users/{user_id:int}/{entity_id}/assertions/bulk/",
}
# FastAPI's answer to a body it could not decode; here it is malformed JSON, a 422.
BODY_NOT_DECODED = "There was an error parsing the body"


def create_app(
    implementation: Implementation | None = None, api_keys: KeySource | None = None
) -> FastAPI:
    """The API served by `implementation`; `api_keys` says which keys are accepted."""
    app = FastAPI(
        title=TITLE,
        version=SPEC_VERSION,
        description=DESCRIPTION,
        redirect_slashes=False,
    )
    app.router.redirect_slashes = False
    app.state.implementation = implementation
    app.state.key_check = KeyCheck(api_keys)
    app.add_exception_handler(OperationNotImplementedError, _not_implemented)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    # The tags' routes go on the app's own router: FastAPI serves an included router
    # through a nested route that is matched again on every request. Implementations
    # come in through `create_app`, not `app.dependency_overrides`.
    for router in ROUTERS:
        app.router.routes.extend(router.routes)
    if DIGIT_PATHS:
        _route_digits_first(app)
    # Requests find their route by its leading path segments, not by trying every route
    # in order (`_routing.py`); the routes stay where the OpenAPI document reads them.
    app.router.routes.insert(0, RouteIndex(app.router.routes))
    app.openapi = partial(documented_openapi, app)  # type: ignore[method-assign]
    return app


def _route_digits_first(app: FastAPI) -> None:
    """`DIGIT_PATHS` routes match digits only (as Django's `<int:...>`), tried first."""
    first: list[Any] = []
    rest: list[Any] = []
    for route in app.router.routes:
        if isinstance(route, APIRoute) and route.path in DIGIT_PATHS:
            route.path_regex, _, route.param_convertors = compile_path(DIGIT_PATHS[route.path])
            first.append(route)
        else:
            rest.append(route)
    app.router.routes[:] = [*first, *rest]


async def _not_implemented(request: Request, exc: Exception) -> JSONResponse:
    operation_id = exc.operation_id if isinstance(exc, OperationNotImplementedError) else "?"
    return JSONResponse(
        status_code=501,
        content={
            "detail": f"operation {operation_id!r} is not implemented",
            "operation_id": operation_id,
        },
    )


class _EscapedJSONResponse(JSONResponse):
    """JSON in ASCII: a lone surrogate sent in a request can be echoed in an error."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, separators=(",", ":")).encode("ascii")


async def _validation_error(request: Request, exc: Exception) -> Response:
    """FastAPI's 422 body, which may quote the request's (possibly unencodable) input."""
    assert isinstance(exc, RequestValidationError)
    return _EscapedJSONResponse(status_code=422, content={"detail": jsonable_encoder(exc.errors())})


def _not_decoded(cause: BaseException | None) -> Response:
    """The 422 of malformed JSON for a body FastAPI could not decode (it answers 400)."""
    why = "JSON nested too deeply" if isinstance(cause, RecursionError) else str(cause)
    error = {
        "type": "json_invalid",
        "loc": ["body"],
        "msg": "JSON decode error",
        "input": {},
        "ctx": {"error": why},
    }
    return JSONResponse(status_code=422, content={"detail": [error]})


async def _http_error(request: Request, exc: Exception) -> Response:
    """A 405 lists every method of the path in `Allow`, not only the first route's; a
    body that could not be decoded is malformed JSON (422), as one that does not parse."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400 and exc.detail == BODY_NOT_DECODED:
        return _not_decoded(exc.__cause__)
    if exc.status_code != 405:
        return await http_exception_handler(request, exc)
    allowed = sorted(
        method
        for router in ROUTERS
        for route in router.routes
        if isinstance(route, APIRoute) and route.path_regex.match(request.url.path)
        for method in route.methods or ()
    )
    return JSONResponse(
        status_code=405, content={"detail": exc.detail}, headers={"Allow": ", ".join(allowed)}
    )


def documented_openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema of `app`, with only the responses the source document lists."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                if operation.get("operationId") not in DECLARES_VALIDATION_ERROR:
                    operation.get("responses", {}).pop("422", None)
                if operation.get("operationId") not in SUMMARISED:
                    operation.pop("summary", None)
        schemas = schema.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            if f"#/components/schemas/{name}" not in json.dumps(schema["paths"]):
                schemas.pop(name, None)
        app.openapi_schema = schema
    return app.openapi_schema
