"""`catalog_skills_retrieve`: GET /api/catalog/skills/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.paginated_skill import PaginatedSkill
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedSkill:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedSkill.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedSkill] = Operation(
    operation_id="catalog_skills_retrieve",
    method="GET",
    path="/api/catalog/skills/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedSkill"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.id": {"type": "integer"},
        "query.name": {"type": "string", "minLength": 1},
        "query.name__iexact": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["name__iexact"] = name_iexact

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/skills/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
