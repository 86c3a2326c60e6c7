"""Patterns the server's models cannot hold: that one constraint goes, with a warning.

The server's models and parameter markers check `pattern` with pydantic, whose regex
engine (Rust's `regex` crate) refuses some patterns Python and JavaScript take: a
bounded repeat too big to compile (Seldon's `^.{1,2097152}`: "Compiled regex exceeds size
limit"), a look-around, a backreference. One such pattern would stop the whole server
from importing; instead the server does not check it (the document's other
constraints on that value stay), with a warning naming its JSON pointer. The client,
which checks patterns with Python's `re`, keeps it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic_core import SchemaError, SchemaValidator, core_schema

from specbind.errors import Problem, Severity
from specbind.openapi.pointer import located_objects

RULE = "server-pattern"
DROPPED_PATTERN = "x-specbind-dropped-pattern"
# Keys whose values are data (or names), never schemas holding a `pattern` keyword.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const", "patternProperties"})


@cache
def pydantic_refusal(pattern: str) -> str | None:
    """Why pydantic's regex engine refuses `pattern` (its first line), or None."""
    try:
        SchemaValidator(core_schema.str_schema(pattern=pattern))
    except SchemaError as exc:
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        reason = next((line for line in lines if line.startswith("error:")), lines[-1])
        return reason.removeprefix("error:").strip().removeprefix("SchemaError:").strip()
    return None


def _patterns(node: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    """(holder, pointer) of every string `pattern` keyword under `node`."""

    def data(key: str) -> bool:
        return key in _DATA_KEYS or key.startswith("x-")

    for holder, where in located_objects(node, pointer, skip=data, once=True):
        if isinstance(holder.get("pattern"), str):
            yield holder, where


def server_patterns(data: dict[str, Any]) -> list[Problem]:
    """Drop, in the server's copy of the normalised document, every pattern pydantic
    refuses (kept under `x-specbind-dropped-pattern`); a warning for each."""
    problems: list[Problem] = []
    for holder, pointer in _patterns(data, ""):
        reason = pydantic_refusal(holder["pattern"])
        if reason is None:
            continue
        holder[DROPPED_PATTERN] = holder.pop("pattern")
        problems.append(
            Problem(
                message=(
                    f"pydantic cannot check pattern {holder[DROPPED_PATTERN][:80]!r} ({reason}); "
                    "the server does not check it"
                ),
                pointer=f"{pointer}/pattern",
                severity=Severity.WARNING,
                rule=RULE,
            )
        )
    return sorted(problems, key=lambda p: p.pointer)
