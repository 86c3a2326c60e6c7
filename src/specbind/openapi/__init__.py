"""Loading, locating, validating and storing OpenAPI documents."""

from specbind.openapi.document import Document, load_document, parse_document
from specbind.openapi.pointer import escape, join_pointer, resolve_pointer, split_pointer
from specbind.openapi.validate import validate_document

__all__ = [
    "Document",
    "escape",
    "join_pointer",
    "load_document",
    "parse_document",
    "resolve_pointer",
    "split_pointer",
    "validate_document",
]
