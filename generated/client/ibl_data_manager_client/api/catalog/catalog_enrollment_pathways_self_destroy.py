"""`catalog_enrollment_pathways_self_destroy`: DELETE /api/catalog/enrollment/pathways/self/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.pathway_enrollment import PathwayEnrollment
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PathwayEnrollment:
    """The typed value of a checked 2xx body."""
    response_200 = PathwayEnrollment.from_dict(data)

    return response_200


OPERATION: Operation[PathwayEnrollment] = Operation(
    operation_id="catalog_enrollment_pathways_self_destroy",
    method="DELETE",
    path="/api/catalog/enrollment/pathways/self/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PathwayEnrollment"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.active": {"type": "boolean"},
        "query.org": {"type": "string", "minLength": 1},
        "query.pathway_id": {"type": "string", "minLength": 1},
        "query.pathway_key": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    active: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["active"] = active

    params["org"] = org

    params["pathway_id"] = pathway_id

    params["pathway_key"] = pathway_key

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/catalog/enrollment/pathways/self/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
