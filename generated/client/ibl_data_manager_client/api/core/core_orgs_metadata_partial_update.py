"""`core_orgs_metadata_partial_update`: PATCH /api/core/orgs/{org}/metadata/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_platform_public_metadata import PatchedPlatformPublicMetadata
from ...models.platform_public_metadata import PlatformPublicMetadata
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PlatformPublicMetadata:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformPublicMetadata.from_dict(data)

    return response_200


OPERATION: Operation[PlatformPublicMetadata] = Operation(
    operation_id="core_orgs_metadata_partial_update",
    method="PATCH",
    path="/api/core/orgs/{org}/metadata/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformPublicMetadata"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedPlatformPublicMetadata"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: PatchedPlatformPublicMetadata | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/core/orgs/{org}/metadata/".format(
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
