"""`ai_prompt_orgs_users_prompt_retrieve`: GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.prompt import Prompt
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Prompt:
    """The typed value of a checked 2xx body."""
    response_200 = Prompt.from_dict(data)

    return response_200


OPERATION: Operation[Prompt] = Operation(
    operation_id="ai_prompt_orgs_users_prompt_retrieve",
    method="GET",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Prompt"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.id": {"type": "integer"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.category": {"type": "integer"},
        "query.created_by": {"type": "string", "minLength": 1},
        "query.filter_by": {"type": "string", "minLength": 1},
        "query.mentor_unique_id": {"type": "string", "minLength": 1},
        "query.tag": {"type": "integer"},
        "query.visibility": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    id: int,
    category: int | Unset = UNSET,
    created_by: str | Unset = UNSET,
    filter_by: str | Unset = UNSET,
    mentor_unique_id: str | Unset = UNSET,
    tag: int | Unset = UNSET,
    visibility: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["category"] = category

    params["created_by"] = created_by

    params["filter_by"] = filter_by

    params["mentor_unique_id"] = mentor_unique_id

    params["tag"] = tag

    params["visibility"] = visibility

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/prompt/{id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
