"""One document as every stage sees it: where it is, which version, loaded and normalised once.

`SpecStore` resolves what the user named (`--spec VERSION|PATH`, the configured current
version, a document just stored) into a `SpecRef`; stages take that value instead of a
path and never work out again which document it is. A stored document's version is its
folder name (`spec/<api>/<version>/openapi.json`), decided in `SpecStore.ref_of`; a loose
file (anywhere else) has no stored version: its configuration comes from the document
itself (`specbind.config.document_config`) or from the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from specbind.openapi.document import Document, load_document


@dataclass(frozen=True, eq=False)
class SpecRef:
    """A document on disk; its parsed and normalised forms are read once, when first asked."""

    path: Path
    version: str | None = None  # the stored version (its folder name); None: a loose file

    @property
    def stored(self) -> bool:
        """Whether the document is one of spec/'s stored versions of the configured API."""
        return self.version is not None

    @cached_property
    def document(self) -> Document:
        """The parsed document (a DocumentError names the file when it cannot be read)."""
        return load_document(self.path)

    @cached_property
    def normalised(self) -> dict[str, Any]:
        """`normalise(document.data)`, computed once and shared: copy it before changing it."""
        from specbind.openapi.normalise import normalise

        return normalise(self.document.data)

    def __str__(self) -> str:
        return str(self.path)
