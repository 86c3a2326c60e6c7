"""`core_platforms_public_image_assets_create`: POST /api/core/platforms/{platform_key}/public-image-assets/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.platform_public_image_asset import PlatformPublicImageAsset
from ...models.platform_public_image_asset_request import PlatformPublicImageAssetRequest


def _parse(status: int, data: Any) -> PlatformPublicImageAsset:
    """The typed value of a checked 2xx body."""
    response_201 = PlatformPublicImageAsset.from_dict(data)

    return response_201


OPERATION: Operation[PlatformPublicImageAsset] = Operation(
    operation_id="core_platforms_public_image_assets_create",
    method="POST",
    path="/api/core/platforms/{platform_key}/public-image-assets/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/PlatformPublicImageAsset"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PlatformPublicImageAssetRequest"},
    parameter_schemas={"path.platform_key": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
    body: PlatformPublicImageAssetRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/platforms/{platform_key}/public-image-assets/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
