"""How a generated call puts its request body on the wire, media type included.

httpx sets Content-Type itself for `json=` (application/json), `data=` (a form) and
`files=` (multipart with its boundary), and sets none for `content=`. The document's
own media type must still go out: a JSON merge patch is `application/merge-patch+json`,
and a body the normalising pass turned into `application/octet-stream` (`image/jpeg`,
`text/plain`, see `specbind.openapi.normalise.media.request_media_types`) is sent with the
media type the source named.

A flat object body can also be given as its fields, keyword by keyword (`body_fields`):
which bodies, and how a field named like a parameter is spelled, is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.bodies import Body, BodyType
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.model_property import ModelProperty

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


# Names a body field cannot take as a keyword argument of a resource method: the method's
# own (`self`, `body`, `**options`) and the per-call options (`RequestOptions`).
METHOD_NAMES = frozenset({"self", "body", "options"})


@dataclass(frozen=True)
class BodyField:
    """One field of a flat object body, taken as a keyword argument of the method."""

    argument: str  # the keyword: the model's attribute, or `body_<attribute>` on a clash
    attribute: str  # the model's `__init__` argument
    annotation: str  # the model's type for it (`str`, `list[int] | Unset`, `str | None`)
    required: bool  # required by the model, without a default

    @property
    def overload_line(self) -> str:
        """How the field-keyword overload declares it."""
        if self.required:
            return f"{self.argument}: {self.annotation}"
        return f"{self.argument}: {self.annotation} = UNSET"

    @property
    def implementation_line(self) -> str:
        """How the implementation declares it: every field may be left out there."""
        if self.required:
            return f"{self.argument}: {self.annotation} | Unset = UNSET"
        return self.overload_line


@dataclass(frozen=True)
class BodyFields:
    """A flat object body's fields, the keyword arguments a method takes instead of `body=`."""

    model: str  # the body's model class
    fields: tuple[BodyField, ...]
    properties: tuple[Any, ...]  # the engine's field properties (for their imports)

    @property
    def names(self) -> list[str]:
        return [field.argument for field in self.fields]

    @property
    def required_literal(self) -> str:
        return python_literal([field.argument for field in self.fields if field.required])


def body_fields(body: Body, model: Any, taken: set[str]) -> BodyFields | None:
    """The keyword arguments that can stand for `body`, or None when it is not a flat
    object body.

    A flat object body is a JSON body whose schema is an object with properties, which
    the engine made a model (`model`, its own full copy of `body.prop`): not a map with
    only `additionalProperties`, not a `oneOf`/`anyOf` (a union), not an array, not a form
    or multipart encoding. A field whose Python name a parameter of the operation, a
    per-call option or the method itself takes (`taken`) is `body_<name>`; when that is
    taken too, the method takes the body as `body=` only.
    """
    if body.body_type is not BodyType.JSON or not isinstance(model, ModelProperty):
        return None
    properties = [*(model.required_properties or []), *(model.optional_properties or [])]
    if not properties:
        return None
    used = set(taken) | METHOD_NAMES
    fields = []
    for prop in properties:
        attribute = str(prop.python_name)
        argument = attribute if attribute not in used else f"body_{attribute}"
        if argument in used:
            return None
        used.add(argument)
        annotation = prop.get_type_string().as_unembedded_code()
        required = bool(prop.required) and prop.default is None
        fields.append(BodyField(argument, attribute, annotation, required))
    return BodyFields(str(model.class_info.name), tuple(fields), tuple(properties))
