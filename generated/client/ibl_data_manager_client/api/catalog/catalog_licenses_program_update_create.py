"""`catalog_licenses_program_update_create`: POST /api/catalog/licenses/program/update/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_license_detail import ProgramLicenseDetail
from ...models.program_license_update_detail import ProgramLicenseUpdateDetail
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ProgramLicenseDetail:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramLicenseDetail.from_dict(data)

    return response_200


OPERATION: Operation[ProgramLicenseDetail] = Operation(
    operation_id="catalog_licenses_program_update_create",
    method="POST",
    path="/api/catalog/licenses/program/update/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramLicenseDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ProgramLicenseUpdateDetail"},
    parameter_schemas={},
)


def build_request(
    *,
    body: ProgramLicenseUpdateDetail | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/licenses/program/update/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
