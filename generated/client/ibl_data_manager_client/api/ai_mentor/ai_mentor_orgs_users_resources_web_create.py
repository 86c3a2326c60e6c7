"""`ai_mentor_orgs_users_resources_web_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.web_resource import WebResource
from ...models.web_resources_query import WebResourcesQuery


def _parse(status: int, data: Any) -> list[WebResource]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = WebResource.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[WebResource]] = Operation(
    operation_id="ai_mentor_orgs_users_resources_web_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/WebResource"}},
            "json",
        ),
    ),
    body_schema={"$ref": "#/components/schemas/WebResourcesQuery"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: WebResourcesQuery,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
