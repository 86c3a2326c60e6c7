"""`ai_mentor_orgs_users_mentor_categories_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mentor_category import MentorCategory
from ...models.mentor_category_create import MentorCategoryCreate


def _parse(status: int, data: Any) -> MentorCategory:
    """The typed value of a checked 2xx body."""
    response_200 = MentorCategory.from_dict(data)

    return response_200


OPERATION: Operation[MentorCategory] = Operation(
    operation_id="ai_mentor_orgs_users_mentor_categories_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MentorCategory"}, "json"),),
    body_schema={"$ref": "#/components/schemas/MentorCategoryCreate"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: MentorCategoryCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mentor/categories/".format(
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
