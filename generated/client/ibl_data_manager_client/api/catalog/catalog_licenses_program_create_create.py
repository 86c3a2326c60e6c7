"""`catalog_licenses_program_create_create`: POST /api/catalog/licenses/program/create/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_license_create_detail import ProgramLicenseCreateDetail
from ...models.program_license_detail import ProgramLicenseDetail


def _parse(status: int, data: Any) -> ProgramLicenseDetail:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramLicenseDetail.from_dict(data)

    return response_200


OPERATION: Operation[ProgramLicenseDetail] = Operation(
    operation_id="catalog_licenses_program_create_create",
    method="POST",
    path="/api/catalog/licenses/program/create/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramLicenseDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ProgramLicenseCreateDetail"},
    parameter_schemas={},
)


def build_request(
    *,
    body: ProgramLicenseCreateDetail,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/licenses/program/create/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
