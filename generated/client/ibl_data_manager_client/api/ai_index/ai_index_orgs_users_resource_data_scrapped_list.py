"""`ai_index_orgs_users_resource_data_scrapped_list`: GET /api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.resource_scrapped_data import ResourceScrappedData
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[ResourceScrappedData]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ResourceScrappedData.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[ResourceScrappedData]] = Operation(
    operation_id="ai_index_orgs_users_resource_data_scrapped_list",
    method="GET",
    path="/api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/ResourceScrappedData"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.is_archive": {"type": "boolean"},
        "query.is_like": {"type": "boolean"},
        "query.is_video": {"type": "boolean"},
        "query.search_key": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    is_archive: bool | Unset = UNSET,
    is_like: bool | Unset = UNSET,
    is_video: bool | Unset = UNSET,
    search_key: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["is_archive"] = is_archive

    params["is_like"] = is_like

    params["is_video"] = is_video

    params["search_key"] = search_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-index/orgs/{org}/users/{user_id}/resource/data/scrapped/".format(
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
