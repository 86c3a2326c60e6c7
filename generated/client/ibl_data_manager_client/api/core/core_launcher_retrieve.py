"""`core_launcher_retrieve`: GET /api/core/launcher/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_list import PlatformList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PlatformList:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformList.from_dict(data)

    return response_200


OPERATION: Operation[PlatformList] = Operation(
    operation_id="core_launcher_retrieve",
    method="GET",
    path="/api/core/launcher/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.key": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    key: str,
    user_id: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["key"] = key

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/launcher/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
