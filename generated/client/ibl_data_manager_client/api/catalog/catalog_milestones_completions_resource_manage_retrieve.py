"""`catalog_milestones_completions_resource_manage_retrieve`: GET /api/catalog/milestones/completions/resource/manage/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.resource_completion import ResourceCompletion
from ...types import UNSET


def _parse(status: int, data: Any) -> ResourceCompletion:
    """The typed value of a checked 2xx body."""
    response_200 = ResourceCompletion.from_dict(data)

    return response_200


OPERATION: Operation[ResourceCompletion] = Operation(
    operation_id="catalog_milestones_completions_resource_manage_retrieve",
    method="GET",
    path="/api/catalog/milestones/completions/resource/manage/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ResourceCompletion"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.resource_id": {"type": "integer"},
        "query.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    resource_id: int,
    user_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["resource_id"] = resource_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/milestones/completions/resource/manage/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
