"""`recommendations_orgs_users_retrieve`: GET /api/recommendations/orgs/{org}/users/{user_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.recommendation_search_api import RecommendationSearchAPI


def _parse(status: int, data: Any) -> RecommendationSearchAPI:
    """The typed value of a checked 2xx body."""
    response_200 = RecommendationSearchAPI.from_dict(data)

    return response_200


OPERATION: Operation[RecommendationSearchAPI] = Operation(
    operation_id="recommendations_orgs_users_retrieve",
    method="GET",
    path="/api/recommendations/orgs/{org}/users/{user_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/RecommendationSearchAPI"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/recommendations/orgs/{org}/users/{user_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
