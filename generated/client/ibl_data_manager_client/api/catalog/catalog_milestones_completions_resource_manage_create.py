"""`catalog_milestones_completions_resource_manage_create`: POST /api/catalog/milestones/completions/resource/manage/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.resource_completion import ResourceCompletion
from ...models.resource_completion_request import ResourceCompletionRequest
from ...types import UNSET


def _parse(status: int, data: Any) -> ResourceCompletion:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = ResourceCompletion.from_dict(data)

        return response_200

    response_201 = ResourceCompletion.from_dict(data)

    return response_201


OPERATION: Operation[ResourceCompletion] = Operation(
    operation_id="catalog_milestones_completions_resource_manage_create",
    method="POST",
    path="/api/catalog/milestones/completions/resource/manage/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/ResourceCompletion"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/ResourceCompletion"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/ResourceCompletionRequest"},
    parameter_schemas={
        "query.resource_id": {"type": "integer"},
        "query.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    resource_id: int,
    user_id: int,
    body: ResourceCompletionRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["resource_id"] = resource_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/milestones/completions/resource/manage/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
