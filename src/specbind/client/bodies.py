"""How a generated call puts its request body on the wire, media type included.

httpx sets Content-Type itself for `json=` (application/json), `data=` (a form) and
`files=` (multipart with its boundary), and sets none for `content=`. The document's
own media type must still go out: a JSON merge patch is `application/merge-patch+json`,
and a body the normalising pass turned into `application/octet-stream` (`image/jpeg`,
`text/plain`, see `specbind.openapi.normalise.media.request_media_types`) is sent with the
media type the source named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.bodies import Body, BodyType
from openapi_python_client.parser.properties.file import FileProperty

from specbind.openapi.normalise import ORIGINAL_MEDIA_TYPE
from specbind.render.text import python_literal

# The Content-Type httpx sends by itself for each kind of body (None: it sends none).
_HTTPX_SETS = {
    BodyType.JSON: "application/json",
    BodyType.DATA: "application/x-www-form-urlencoded",
    BodyType.FILES: "multipart/form-data",
    BodyType.CONTENT: None,
}


@dataclass(frozen=True)
class BodySending:
    """What `build_request` does with the body argument."""

    kind: str  # the engine's body type: json, data, files or content
    required: bool
    # For `content` bodies: the expression that gives the bytes or text to send.
    payload: str
    # The Content-Type to set (a Python literal), or "" when httpx sets the right one.
    content_type_literal: str


def _media_type(content: Any, key: str) -> str:
    """The media type the source document gave this body (before normalising)."""
    media = content.get(key) if isinstance(content, dict) else None
    original = media.get(ORIGINAL_MEDIA_TYPE) if isinstance(media, dict) else None
    if isinstance(original, str) and "*" not in original:  # a wildcard is no Content-Type
        return original
    return key


def body_sending(body: Body, request_body: Any) -> BodySending:
    """How to send `body`, one of the engine's bodies of the resolved `request_body`."""
    key = body.content_type.get_untrusted_value()
    content = request_body.get("content") if isinstance(request_body, dict) else None
    media_type = _media_type(content, key)
    base = media_type.split(";", 1)[0].strip().lower()
    sets = _HTTPX_SETS.get(body.body_type)
    needs_header = body.body_type is not BodyType.FILES and base != sets
    name = str(body.prop.python_name)
    file = isinstance(body.prop, FileProperty)
    return BodySending(
        kind=str(body.body_type),
        required=bool(body.prop.required),
        payload=f"{name}.payload.read()" if file else name,
        content_type_literal=python_literal(media_type) if needs_header else "",
    )
