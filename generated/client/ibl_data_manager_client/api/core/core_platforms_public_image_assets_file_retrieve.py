"""`core_platforms_public_image_assets_file_retrieve`: GET /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/file/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.core_platforms_public_image_assets_file_retrieve_response_200 import (
    CorePlatformsPublicImageAssetsFileRetrieveResponse200,
)


def _parse(status: int, data: Any) -> CorePlatformsPublicImageAssetsFileRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CorePlatformsPublicImageAssetsFileRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CorePlatformsPublicImageAssetsFileRetrieveResponse200] = Operation(
    operation_id="core_platforms_public_image_assets_file_retrieve",
    method="GET",
    path="/api/core/platforms/{platform_key}/public-image-assets/{asset_id}/file/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.asset_id": {"type": "integer"},
        "path.platform_key": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    asset_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/platforms/{platform_key}/public-image-assets/{asset_id}/file/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            asset_id=quote(wire_text(asset_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.asset_id": wire_value(asset_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
