"""What every generator does before rendering: a valid document, its templates, normalised."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from specbind.errors import Problem, Severity, SpecbindError
from specbind.openapi.normalise import copy_json
from specbind.openapi.specref import SpecRef
from specbind.openapi.validate import validate_document


def generator_input(
    kind: str,
    spec: SpecRef,
    template_dir: Path,
    templates: Iterable[str],
    warnings: list[Problem] | None = None,
) -> dict[str, Any]:
    """The normalised document for a `kind` generator; refuses errors and missing templates.

    The document's warnings (what normalising repairs, e.g. a path parameter named
    unlike its template) are appended to `warnings` when given. The result is the
    generator's own copy of `spec.normalised`, free to change.
    """
    document = spec.document
    problems = validate_document(document)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if warnings is not None:
        warnings.extend(p for p in problems if p.severity is Severity.WARNING)
    if errors:
        raise SpecbindError(
            f"{spec.path}: the document has {len(errors)} error(s); no {kind} generated", errors
        )
    missing = [name for name in templates if not (template_dir / f"{name}.jinja").is_file()]
    if missing:
        raise SpecbindError(f"{template_dir}: missing {kind} template(s): {', '.join(missing)}")
    own: dict[str, Any] = copy_json(spec.normalised)
    return own
