"""`catalog_programs_create`: POST /api/catalog/programs/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program import Program
from ...models.program_create_update_request import ProgramCreateUpdateRequest


def _parse(status: int, data: Any) -> Program:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = Program.from_dict(data)

        return response_200

    response_201 = Program.from_dict(data)

    return response_201


OPERATION: Operation[Program] = Operation(
    operation_id="catalog_programs_create",
    method="POST",
    path="/api/catalog/programs/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/Program"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/Program"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/ProgramCreateUpdateRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: ProgramCreateUpdateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/programs/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
