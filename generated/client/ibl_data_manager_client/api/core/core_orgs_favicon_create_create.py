"""`core_orgs_favicon_create_create`: POST /api/core/orgs/{org}/favicon/create/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.image_upload import ImageUpload


def _parse(status: int, data: Any) -> ImageUpload:
    """The typed value of a checked 2xx body."""
    response_200 = ImageUpload.from_dict(data)

    return response_200


OPERATION: Operation[ImageUpload] = Operation(
    operation_id="core_orgs_favicon_create_create",
    method="POST",
    path="/api/core/orgs/{org}/favicon/create/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ImageUpload"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ImageUpload"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: ImageUpload,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/orgs/{org}/favicon/create/".format(
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
