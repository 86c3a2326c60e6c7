"""`catalog_programs_destroy`: DELETE /api/catalog/programs/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_delete_response import ProgramDeleteResponse
from ...types import UNSET


def _parse(status: int, data: Any) -> ProgramDeleteResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramDeleteResponse.from_dict(data)

    return response_200


OPERATION: Operation[ProgramDeleteResponse] = Operation(
    operation_id="catalog_programs_destroy",
    method="DELETE",
    path="/api/catalog/programs/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramDeleteResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.org": {"type": "string", "minLength": 1},
        "query.program_id": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    program_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["org"] = org

    params["program_id"] = program_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/catalog/programs/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
