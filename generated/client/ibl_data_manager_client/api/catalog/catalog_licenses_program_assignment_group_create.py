"""`catalog_licenses_program_assignment_group_create`: POST /api/catalog/licenses/program/assignment/group/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_license_group_assignment_create import ProgramLicenseGroupAssignmentCreate
from ...models.program_license_group_assignment_detail import ProgramLicenseGroupAssignmentDetail
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ProgramLicenseGroupAssignmentDetail:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramLicenseGroupAssignmentDetail.from_dict(data)

    return response_200


OPERATION: Operation[ProgramLicenseGroupAssignmentDetail] = Operation(
    operation_id="catalog_licenses_program_assignment_group_create",
    method="POST",
    path="/api/catalog/licenses/program/assignment/group/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/ProgramLicenseGroupAssignmentDetail"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/ProgramLicenseGroupAssignmentCreate"},
    parameter_schemas={
        "query.license_id": {"type": "integer"},
        "query.active": {"type": "boolean"},
        "query.fulfilled": {"type": "boolean"},
        "query.group_id": {"type": "integer"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    license_id: int,
    active: bool | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    group_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    body: ProgramLicenseGroupAssignmentCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["license_id"] = license_id

    params["active"] = active

    params["fulfilled"] = fulfilled

    params["group_id"] = group_id

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/licenses/program/assignment/group/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
