"""Make a valid document generator-ready without losing anything: the map of the steps.

`normalise` copies the document and runs `STEPS` in order on the copy; every consumer
(the client and server generators, the mock, `specbind validate`) reads what comes out.
Each step is engine-neutral: it says a valid document in a plainer way that means the
same (or, like the names, the same way for every generator), takes the document and
changes it in place, and records what it changed under an `x-specbind-*` key
(`markers`). `STEPS` below is the map: the steps in order, each with one line on what it
is for, each in a module of its own concern. What only openapi-python-client needs
(its own names for operations, tags, attributes and enum members; its escaping of
string defaults) happens later, on the client's path alone:
`specbind.client.engine_passes.ENGINE_STEPS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from specbind.openapi.normalise.allof_members import typeless_nullable_members
from specbind.openapi.normalise.components import ensure_components, unused_schemas
from specbind.openapi.normalise.compositions import (
    allof_annotations,
    any_value_unions,
    enum_members_of_its_type,
    enum_without_null,
    null_typed_unions,
    scalar_allofs,
)
from specbind.openapi.normalise.deep_refs import inline_deep_refs
from specbind.openapi.normalise.defaults import odd_defaults
from specbind.openapi.normalise.enum_members import enum_member_names
from specbind.openapi.normalise.inline_schemas import name_inline_enums, name_inline_schemas
from specbind.openapi.normalise.markers import (
    DROPPED_DEFAULT,
    DROPPED_MEDIA_TYPES,
    NULLABLE_AT_USE,
    ORIGINAL_MEDIA_TYPE,
    ORIGINAL_NAME,
    ORIGINAL_OPERATION_ID,
    ORIGINAL_TAGS,
    TITLE,
    UNNAMED_PROPERTIES,
    UNUSED_SCHEMAS,
    VIEW_OF,
)
from specbind.openapi.normalise.media import OCTET_STREAM, media_types, request_media_types
from specbind.openapi.normalise.names import schema_names, schema_titles
from specbind.openapi.normalise.nullability import allof_nullability, nullable_models
from specbind.openapi.normalise.operation_ids import unique_operation_ids
from specbind.openapi.normalise.shapes import schema_shapes
from specbind.openapi.normalise.views import split_read_write_views
from specbind.openapi.normalise.walk import copy_json, iter_schema_dicts
from specbind.openapi.path_items import path_item_refs, path_templates
from specbind.openapi.query_paths import path_query_strings
from specbind.openapi.ref_kinds import schema_refs_to_other_kinds
from specbind.openapi.ref_targets import INLINED_FROM, promote_ref_targets

Step = Callable[[dict[str, Any]], object]

STEPS: tuple[Step, ...] = (
    ensure_components,  # components.schemas exists, so no later step needs a special case
    path_item_refs,  # a path item that is a $ref becomes a copy of its target
    path_query_strings,  # a query string in a path key becomes query parameters of the path
    path_templates,  # path parameters agree with the path template (what goes on the wire)
    schema_refs_to_other_kinds,  # a schema $ref to a response or parameter is any JSON value
    promote_ref_targets,  # every $ref points at a whole component
    schema_shapes,  # arrays without items and boolean schemas spelled out as schemas
    unique_operation_ids,  # every operation has an id, unique once it is a Python name
    schema_names,  # component names are PascalCase class names; every $ref follows
    schema_titles,  # titles move aside: classes are named after components, not titles
    inline_deep_refs,  # a $ref into a component's inside becomes a copy of its target
    typeless_nullable_members,  # `nullable` without `type` in an allOf member constrains nothing
    allof_annotations,  # allOf members that only annotate fold into the schema
    scalar_allofs,  # an allOf of scalars becomes one scalar schema with every constraint
    enum_without_null,  # a nullable type whose enum lists no null loses the null
    enum_members_of_its_type,  # enum members the schema's own type refuses leave the enum
    null_typed_unions,  # `type: null` beside a union means "one of these, or null"
    any_value_unions,  # a union of every unconstrained JSON type is `{}`
    name_inline_schemas,  # inline bodies and responses become named components
    name_inline_enums,  # inline enums, models and union members become named components
    nullable_models,  # a nullable model is nullable at each use, not in itself
    allof_nullability,  # a property one allOf member says is not null is not null
    enum_member_names,  # string enums whose member names would clash get x-enum-varnames
    odd_defaults,  # defaults their own schema refuses are set aside with a note
    media_types,  # wildcard and unreadable media types become JSON or bytes
    request_media_types,  # bodies neither JSON nor a form are sent as text or bytes
    split_read_write_views,  # readOnly/writeOnly give request and response views
    unused_schemas,  # schemas only webhooks use are set aside
)


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """The generator-ready copy of a document; `data` itself is never modified."""
    result: dict[str, Any] = copy_json(data)
    for step in STEPS:
        step(result)
    return result


__all__ = [
    "DROPPED_DEFAULT",
    "DROPPED_MEDIA_TYPES",
    "INLINED_FROM",
    "NULLABLE_AT_USE",
    "OCTET_STREAM",
    "ORIGINAL_MEDIA_TYPE",
    "ORIGINAL_NAME",
    "ORIGINAL_OPERATION_ID",
    "ORIGINAL_TAGS",
    "STEPS",
    "TITLE",
    "UNNAMED_PROPERTIES",
    "UNUSED_SCHEMAS",
    "VIEW_OF",
    "copy_json",
    "iter_schema_dicts",
    "normalise",
]
