"""`ai_mentor_orgs_users_clean_vector_results_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.vector_result import VectorResult


def _parse(status: int, data: Any) -> list[VectorResult]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = VectorResult.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[VectorResult]] = Operation(
    operation_id="ai_mentor_orgs_users_clean_vector_results_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/VectorResult"}},
            "json",
        ),
    ),
    body_schema={"type": "array", "items": {"$ref": "#/components/schemas/VectorResult"}},
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.session_id": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    session_id: str,
    body: list[VectorResult],
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            session_id=quote(wire_text(session_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.session_id": wire_value(session_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
