"""`credentials_orgs_users_images_create_2`: POST /api/credentials/orgs/{platform_key}/users/{username}/images/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.uploaded_image import UploadedImage
from ...models.uploaded_image_request import UploadedImageRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UploadedImage:
    """The typed value of a checked 2xx body."""
    response_200 = UploadedImage.from_dict(data)

    return response_200


OPERATION: Operation[UploadedImage] = Operation(
    operation_id="credentials_orgs_users_images_create_2",
    method="POST",
    path="/api/credentials/orgs/{platform_key}/users/{username}/images/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UploadedImage"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UploadedImageRequest"},
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.username": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    username: str,
    body: UploadedImageRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/credentials/orgs/{platform_key}/users/{username}/images/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )
