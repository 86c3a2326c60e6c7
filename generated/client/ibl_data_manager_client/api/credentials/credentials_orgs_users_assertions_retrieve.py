"""`credentials_orgs_users_assertions_retrieve`: GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.paginated_assertions_response import PaginatedAssertionsResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedAssertionsResponse:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedAssertionsResponse.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedAssertionsResponse] = Operation(
    operation_id="credentials_orgs_users_assertions_retrieve",
    method="GET",
    path="/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedAssertionsResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.user_id": {"type": "integer"},
        "query.course": {"type": "string", "minLength": 1},
        "query.exclude_main_tenant_assertions": {"type": "boolean"},
        "query.include_expired": {"type": "boolean"},
        "query.include_revoked": {"type": "boolean"},
        "query.page": {"type": "integer", "minimum": 1},
        "query.page_size": {"type": "integer", "minimum": 1, "maximum": 1000},
    },
)


def build_request(
    *,
    platform_key: str,
    user_id: int,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course"] = course

    params["exclude_main_tenant_assertions"] = exclude_main_tenant_assertions

    params["include_expired"] = include_expired

    params["include_revoked"] = include_revoked

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
