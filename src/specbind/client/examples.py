"""Example argument values for the README: plausible, importable, and type-correct."""

from __future__ import annotations

from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

from specbind.render.text import python_literal

_MAX_DEPTH = 3


def argument_example(prop: Property, depth: int = 0) -> str:
    """Python source for a value of `prop`'s type; models list their required fields."""
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        return argument_example(inner[0], depth) if inner else "None"
    if isinstance(prop, BooleanProperty):
        return "True"
    if isinstance(prop, IntProperty):
        return "1"
    if isinstance(prop, FloatProperty):
        return "1.0"
    if isinstance(prop, DateTimeProperty):
        return "datetime.datetime(2024, 1, 31, 12, 0, tzinfo=datetime.UTC)"
    if isinstance(prop, DateProperty):
        return "datetime.date(2024, 1, 31)"
    if isinstance(prop, EnumProperty):
        member = next(iter(prop.values), None)
        return f"{prop.class_info.name}.{member}" if member else "None"
    if isinstance(prop, LiteralEnumProperty):
        value = next(iter(prop.values), None)
        return python_literal(value)
    if isinstance(prop, ListProperty):
        if depth >= _MAX_DEPTH:
            return "[]"
        return f"[{argument_example(prop.inner_property, depth + 1)}]"
    if isinstance(prop, ModelProperty):
        if depth >= _MAX_DEPTH:
            return f"{prop.class_info.name}.from_dict({{}})"
        fields = ", ".join(
            f"{child.python_name}={argument_example(child, depth + 1)}"
            for child in prop.required_properties or []
        )
        return f"{prop.class_info.name}({fields})"
    if isinstance(prop, FileProperty):
        return 'File(payload=io.BytesIO(b"file content"), file_name="example")'
    if isinstance(prop, StringProperty):
        return python_literal(str(prop.python_name).rstrip("_") or "value")
    return "None"
