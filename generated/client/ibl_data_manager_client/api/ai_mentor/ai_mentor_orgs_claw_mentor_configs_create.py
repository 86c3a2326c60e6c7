"""`ai_mentor_orgs_claw_mentor_configs_create`: POST /api/ai-mentor/orgs/{org}/claw/mentor-configs/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.claw_mentor_config import ClawMentorConfig
from ...models.claw_mentor_config_request import ClawMentorConfigRequest


def _parse(status: int, data: Any) -> ClawMentorConfig:
    """The typed value of a checked 2xx body."""
    response_201 = ClawMentorConfig.from_dict(data)

    return response_201


OPERATION: Operation[ClawMentorConfig] = Operation(
    operation_id="ai_mentor_orgs_claw_mentor_configs_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/claw/mentor-configs/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/ClawMentorConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ClawMentorConfigRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: ClawMentorConfigRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/claw/mentor-configs/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
