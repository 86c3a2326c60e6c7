"""Loading, locating, validating and storing OpenAPI documents."""

from specbind.spec.document import Document, load_document, parse_document
from specbind.spec.pointer import escape, join_pointer, resolve_pointer, split_pointer
from specbind.spec.validate import validate_document

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
