"""`platform_orgs_courses_progress_completed_retrieve`: GET /api/platform/orgs/{org}/courses/{course_id}/progress/completed"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="platform_orgs_courses_progress_completed_retrieve",
    method="GET",
    path="/api/platform/orgs/{org}/courses/{course_id}/progress/completed",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.course_id": {"type": "string"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    course_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/platform/orgs/{org}/courses/{course_id}/progress/completed".format(
            org=quote(wire_text(org), safe=""),
            course_id=quote(wire_text(course_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.course_id": wire_value(course_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
