"""What every generator does before rendering: a valid document, its templates, normalised."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from specbind.errors import Severity, SpecbindError
from specbind.spec.document import load_document
from specbind.spec.normalise import normalise
from specbind.spec.validate import validate_document


def generator_input(
    kind: str, spec_path: Path, template_dir: Path, templates: Iterable[str]
) -> dict[str, Any]:
    """The normalised document for a `kind` generator; refuses errors and missing templates."""
    document = load_document(spec_path)
    errors = [p for p in validate_document(document) if p.severity is Severity.ERROR]
    if errors:
        raise SpecbindError(
            f"{spec_path}: the document has {len(errors)} error(s); no {kind} generated", errors
        )
    missing = [name for name in templates if not (template_dir / f"{name}.jinja").is_file()]
    if missing:
        raise SpecbindError(f"{template_dir}: missing {kind} template(s): {', '.join(missing)}")
    return normalise(document.data)
