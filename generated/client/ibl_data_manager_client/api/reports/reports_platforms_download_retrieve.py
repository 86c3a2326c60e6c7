"""`reports_platforms_download_retrieve`: GET /api/reports/platforms/{key}/{task_id}/download"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="reports_platforms_download_retrieve",
    method="GET",
    path="/api/reports/platforms/{key}/{task_id}/download",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.key": {"type": "string"},
        "path.task_id": {"type": "string"},
        "query.columns": {"type": "string"},
        "query.format": {"type": "string"},
    },
)


def build_request(
    *,
    key: str,
    task_id: str,
    columns: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["columns"] = columns

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/reports/platforms/{key}/{task_id}/download".format(
            key=quote(wire_text(key), safe=""),
            task_id=quote(wire_text(task_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.key": wire_value(key),
            "path.task_id": wire_value(task_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
