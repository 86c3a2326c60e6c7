"""`ai_prompt_orgs_users_prompts_category_retrieve`: GET /api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.prompt_category import PromptCategory
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PromptCategory:
    """The typed value of a checked 2xx body."""
    response_200 = PromptCategory.from_dict(data)

    return response_200


OPERATION: Operation[PromptCategory] = Operation(
    operation_id="ai_prompt_orgs_users_prompts_category_retrieve",
    method="GET",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PromptCategory"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.filter_by": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    filter_by: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["filter_by"] = filter_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/prompts/category/".format(
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
