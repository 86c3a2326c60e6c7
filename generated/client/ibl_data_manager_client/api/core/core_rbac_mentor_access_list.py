"""`core_rbac_mentor_access_list`: GET /api/core/rbac/mentor-access/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.mentor_policy import MentorPolicy
from ...types import UNSET


def _parse(status: int, data: Any) -> list[MentorPolicy]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = MentorPolicy.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[MentorPolicy]] = Operation(
    operation_id="core_rbac_mentor_access_list",
    method="GET",
    path="/api/core/rbac/mentor-access/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/MentorPolicy"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "query.mentor_id": {"type": "integer"},
        "query.platform_key": {"type": "string"},
    },
)


def build_request(
    *,
    mentor_id: int,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["mentor_id"] = mentor_id

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/rbac/mentor-access/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
