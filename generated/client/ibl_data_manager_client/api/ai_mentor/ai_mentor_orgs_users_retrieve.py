"""`ai_mentor_orgs_users_retrieve`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/{name}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mentor import Mentor
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Mentor:
    """The typed value of a checked 2xx body."""
    response_200 = Mentor.from_dict(data)

    return response_200


OPERATION: Operation[Mentor] = Operation(
    operation_id="ai_mentor_orgs_users_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/{name}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Mentor"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.name": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.filter_by": {"type": "string", "minLength": 1},
        "query.is_featured": {"type": "boolean"},
        "query.metadata_key": {"type": "string", "minLength": 1},
        "query.metadata_value": {"type": "string", "minLength": 1},
        "query.return_session_information": {"type": "boolean"},
        "query.visibility": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    name: str,
    department_id: int | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    is_featured: bool | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    return_session_information: bool | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params["filter_by"] = filter_by

    params["is_featured"] = is_featured

    params["metadata_key"] = metadata_key

    params["metadata_value"] = metadata_value

    params["return_session_information"] = return_session_information

    params["visibility"] = visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/{name}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            name=quote(wire_text(name), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.name": wire_value(name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
