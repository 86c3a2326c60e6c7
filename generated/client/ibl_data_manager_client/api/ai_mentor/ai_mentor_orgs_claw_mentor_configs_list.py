"""`ai_mentor_orgs_claw_mentor_configs_list`: GET /api/ai-mentor/orgs/{org}/claw/mentor-configs/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.claw_mentor_config import ClawMentorConfig
from ...models.paginated_claw_mentor_config_list import PaginatedClawMentorConfigList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedClawMentorConfigList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedClawMentorConfigList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedClawMentorConfigList] = Operation(
    operation_id="ai_mentor_orgs_claw_mentor_configs_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/claw/mentor-configs/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedClawMentorConfigList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.enabled": {"type": "boolean"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
    },
)


def _parse_item(data: Any) -> ClawMentorConfig:
    """One item of a page."""
    results_item = ClawMentorConfig.from_dict(data)

    return results_item


PAGE: PageShape[ClawMentorConfig] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["enabled"] = enabled

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/claw/mentor-configs/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
