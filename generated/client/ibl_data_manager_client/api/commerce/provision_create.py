"""`provision_create`: POST /api/provision/{config_name}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="provision_create",
    method="POST",
    path="/api/provision/{config_name}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.config_name": {"type": "string"}},
)


def build_request(
    *,
    config_name: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="POST",
        url="/api/provision/{config_name}/".format(
            config_name=quote(wire_text(config_name), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.config_name": wire_value(config_name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
