"""`catalog_licenses_program_assignment_destroy`: DELETE /api/catalog/licenses/program/assignment/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="catalog_licenses_program_assignment_destroy",
    method="DELETE",
    path="/api/catalog/licenses/program/assignment/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "query.assignment_id": {"type": "integer"},
        "query.license_id": {"type": "integer"},
        "query.active": {"type": "boolean"},
        "query.email": {"type": "string", "minLength": 1},
        "query.fulfilled": {"type": "boolean"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    assignment_id: int,
    license_id: int,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["assignment_id"] = assignment_id

    params["license_id"] = license_id

    params["active"] = active

    params["email"] = email

    params["fulfilled"] = fulfilled

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/catalog/licenses/program/assignment/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
