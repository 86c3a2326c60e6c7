"""`analytics_financial_invoice_retrieve`: GET /api/analytics/financial/invoice/"""

from __future__ import annotations

import datetime
from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.invoice_report_response import InvoiceReportResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> InvoiceReportResponse:
    """The typed value of a checked 2xx body."""
    response_200 = InvoiceReportResponse.from_dict(data)

    return response_200


OPERATION: Operation[InvoiceReportResponse] = Operation(
    operation_id="analytics_financial_invoice_retrieve",
    method="GET",
    path="/api/analytics/financial/invoice/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/InvoiceReportResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.end_date": {"type": "string"},
        "query.include_breakdown": {"type": "boolean"},
        "query.platform_key": {"type": "string", "minLength": 1, "maxLength": 255},
        "query.start_date": {"type": "string"},
        "query.usergroup_ids": {"type": "array", "items": {"type": "integer"}},
        "query.username": {"type": "string", "minLength": 1, "maxLength": 255},
    },
)


def build_request(
    *,
    end_date: datetime.date | Unset = UNSET,
    include_breakdown: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["include_breakdown"] = include_breakdown

    params["platform_key"] = platform_key

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/analytics/financial/invoice/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
