"""`ai_prompt_orgs_metadata_create`: POST /api/ai-prompt/orgs/{org}/metadata/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.metadata import Metadata


def _parse(status: int, data: Any) -> Metadata:
    """The typed value of a checked 2xx body."""
    response_200 = Metadata.from_dict(data)

    return response_200


OPERATION: Operation[Metadata] = Operation(
    operation_id="ai_prompt_orgs_metadata_create",
    method="POST",
    path="/api/ai-prompt/orgs/{org}/metadata/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Metadata"}, "json"),),
    body_schema={"$ref": "#/components/schemas/Metadata"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: Metadata,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-prompt/orgs/{org}/metadata/".format(
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
