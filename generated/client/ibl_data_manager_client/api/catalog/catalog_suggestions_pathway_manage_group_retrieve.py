"""`catalog_suggestions_pathway_manage_group_retrieve`: GET /api/catalog/suggestions/pathway/manage/group/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.paginated_pathway_group_suggestion import PaginatedPathwayGroupSuggestion
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedPathwayGroupSuggestion:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedPathwayGroupSuggestion.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedPathwayGroupSuggestion] = Operation(
    operation_id="catalog_suggestions_pathway_manage_group_retrieve",
    method="GET",
    path="/api/catalog/suggestions/pathway/manage/group/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedPathwayGroupSuggestion"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.department_mode": {"type": "boolean"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.query": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    platform_key: str,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params["department_mode"] = department_mode

    params["page"] = page

    params["page_size"] = page_size

    params["platform_org"] = platform_org

    params["query"] = query

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/suggestions/pathway/manage/group/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
