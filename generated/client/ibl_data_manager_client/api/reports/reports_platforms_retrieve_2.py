"""`reports_platforms_retrieve_2`: GET /api/reports/platforms/{key}/{report_name}"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.report_detail import ReportDetail
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ReportDetail:
    """The typed value of a checked 2xx body."""
    response_200 = ReportDetail.from_dict(data)

    return response_200


OPERATION: Operation[ReportDetail] = Operation(
    operation_id="reports_platforms_retrieve_2",
    method="GET",
    path="/api/reports/platforms/{key}/{report_name}",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ReportDetail"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.key": {"type": "string"},
        "path.report_name": {"type": "string"},
        "query.mentor_unique_id": {"type": "string"},
    },
)


def build_request(
    *,
    key: str,
    report_name: str,
    mentor_unique_id: UUID | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/reports/platforms/{key}/{report_name}".format(
            key=quote(wire_text(key), safe=""),
            report_name=quote(wire_text(report_name), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.key": wire_value(key),
            "path.report_name": wire_value(report_name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
