"""`reports_platforms_retrieve`: GET /api/reports/platforms/{key}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.report_list import ReportList


def _parse(status: int, data: Any) -> ReportList:
    """The typed value of a checked 2xx body."""
    response_200 = ReportList.from_dict(data)

    return response_200


OPERATION: Operation[ReportList] = Operation(
    operation_id="reports_platforms_retrieve",
    method="GET",
    path="/api/reports/platforms/{key}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ReportList"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.key": {"type": "string"}},
)


def build_request(
    *,
    key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/reports/platforms/{key}/".format(
            key=quote(wire_text(key), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.key": wire_value(key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
