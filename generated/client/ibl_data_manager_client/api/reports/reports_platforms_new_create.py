"""`reports_platforms_new_create`: POST /api/reports/platforms/{key}/new"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.report_create import ReportCreate
from ...models.report_request import ReportRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ReportCreate:
    """The typed value of a checked 2xx body."""
    response_200 = ReportCreate.from_dict(data)

    return response_200


OPERATION: Operation[ReportCreate] = Operation(
    operation_id="reports_platforms_new_create",
    method="POST",
    path="/api/reports/platforms/{key}/new",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ReportCreate"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ReportRequest"},
    parameter_schemas={"path.key": {"type": "string"}},
)


def build_request(
    *,
    key: str,
    body: ReportRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/reports/platforms/{key}/new".format(
            key=quote(wire_text(key), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.key": wire_value(key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
