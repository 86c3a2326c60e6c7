"""`catalog_programs_list`: GET /api/catalog/programs/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program import Program
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[Program]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Program.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[Program]] = Operation(
    operation_id="catalog_programs_list",
    method="GET",
    path="/api/catalog/programs/",
    parse=_parse,
    responses=(
        (200, 200, {"type": "array", "items": {"$ref": "#/components/schemas/Program"}}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.enabled": {"type": "boolean"},
        "query.name": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.program_id": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    slug: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["enabled"] = enabled

    params["name"] = name

    params["org"] = org

    params["program_id"] = program_id

    params["slug"] = slug

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/programs/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
