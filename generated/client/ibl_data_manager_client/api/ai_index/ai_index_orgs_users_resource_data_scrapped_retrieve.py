"""`ai_index_orgs_users_resource_data_scrapped_retrieve`: GET /api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.resource_scrapped_data import ResourceScrappedData


def _parse(status: int, data: Any) -> ResourceScrappedData:
    """The typed value of a checked 2xx body."""
    response_200 = ResourceScrappedData.from_dict(data)

    return response_200


OPERATION: Operation[ResourceScrappedData] = Operation(
    operation_id="ai_index_orgs_users_resource_data_scrapped_retrieve",
    method="GET",
    path="/api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ResourceScrappedData"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.resource_id": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    resource_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-index/orgs/{org}/users/{user_id}/resource/{resource_id}/data/scrapped/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            resource_id=quote(wire_text(resource_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.resource_id": wire_value(resource_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
