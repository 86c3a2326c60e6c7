"""`core_heartbeat_celery_beat_retrieve`: GET /api/core/heartbeat/celery-beat/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.celery_heartbeat import CeleryHeartbeat


def _parse(status: int, data: Any) -> CeleryHeartbeat:
    """The typed value of a checked 2xx body."""
    response_200 = CeleryHeartbeat.from_dict(data)

    return response_200


OPERATION: Operation[CeleryHeartbeat] = Operation(
    operation_id="core_heartbeat_celery_beat_retrieve",
    method="GET",
    path="/api/core/heartbeat/celery-beat/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CeleryHeartbeat"}, "json"),),
    body_schema=None,
    parameter_schemas={},
)


def build_request() -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/heartbeat/celery-beat/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
