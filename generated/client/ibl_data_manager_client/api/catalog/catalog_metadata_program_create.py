"""`catalog_metadata_program_create`: POST /api/catalog/metadata/program/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_metadata_request import ProgramMetadataRequest
from ...models.program_metadata_response import ProgramMetadataResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ProgramMetadataResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramMetadataResponse.from_dict(data)

    return response_200


OPERATION: Operation[ProgramMetadataResponse] = Operation(
    operation_id="catalog_metadata_program_create",
    method="POST",
    path="/api/catalog/metadata/program/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramMetadataResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ProgramMetadataRequest"},
    parameter_schemas={
        "query.program_id": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.program_key": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    program_id: str,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    body: ProgramMetadataRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["program_id"] = program_id

    params["org"] = org

    params["platform_key"] = platform_key

    params["program_key"] = program_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/metadata/program/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
