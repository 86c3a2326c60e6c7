"""`catalog_metadata_course_public_retrieve_2`: GET /api/catalog/metadata/course-public/{field}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...types import UNSET


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="catalog_metadata_course_public_retrieve_2",
    method="GET",
    path="/api/catalog/metadata/course-public/{field}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "path.field": {"type": "string"},
    },
)


def build_request(
    *,
    field: str,
    course_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/metadata/course-public/{field}/".format(
            field=quote(wire_text(field), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.field": wire_value(field),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
