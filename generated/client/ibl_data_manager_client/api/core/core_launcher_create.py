"""`core_launcher_create`: POST /api/core/launcher/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.launcher_view_post_request import LauncherViewPostRequest
from ...models.platform_list import PlatformList


def _parse(status: int, data: Any) -> PlatformList:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformList.from_dict(data)

    return response_200


OPERATION: Operation[PlatformList] = Operation(
    operation_id="core_launcher_create",
    method="POST",
    path="/api/core/launcher/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformList"}, "json"),),
    body_schema={"$ref": "#/components/schemas/LauncherViewPostRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: LauncherViewPostRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/launcher/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
