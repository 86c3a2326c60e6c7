"""The import block a module opens with, tidied as ruff's import fixes would leave it.

openapi-python-client's model template opens every module with the same imports and
leaves the unused ones, the duplicates and the order to ruff (`check --fix-only`, run over
every generated project). ruff fixes them a rule at a time, and on a document with a
thousand models that pass took longer than the formatting itself. Tidying the block as
the module is rendered leaves ruff nothing to do there. ruff still runs over every file
and fixes whatever this leaves (a shape it does not know is left as it was), so the
output is the same either way: this only saves ruff's time.

The rules are ruff's isort defaults, the ones a generated project's `[tool.ruff]` keeps:
sections future, standard library, third party, local (relative); in each, `import x`
before `from x import y`, modules and names in natural order ignoring case, names by
type (CONSTANTS, Classes, others), relative imports furthest first, `as` imports on
lines of their own, lines over the line length wrapped one name a line; one blank line
between sections, and after the block one blank line, or two before a class or function.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

_FROM = re.compile(r"from (\.*(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)?) import (.+)")
_STRAIGHT = re.compile(r"import ([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?: as ([A-Za-z_]\w*))?")
_MEMBER = re.compile(r"([A-Za-z_]\w*)(?: as ([A-Za-z_]\w*))?")
_WORD = re.compile(r"[A-Za-z_]\w*")
_DIGITS = re.compile(r"(\d+)")
_DEFINITION = re.compile(r"(?:class|def|async def)\b|@")
_SECTIONS = ("future", "standard library", "third party", "local")


@dataclass
class _Section:
    straight: set[tuple[str, str]] = field(default_factory=set)  # (module, alias or "")
    members: dict[str, set[str]] = field(default_factory=dict)  # module -> names
    aliased: set[tuple[str, str, str]] = field(default_factory=set)  # (module, name, alias)


def tidy_import_block(text: str, line_length: int = 100) -> str:
    """`text` with its opening imports tidied; as it was when it opens with anything
    else, or an import of a shape this does not read (parentheses, comments, `;`)."""
    lines = text.split("\n")
    statements: list[str] = []
    end = len(lines)
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if not line.startswith(("from ", "import ")):
            end = index
            break
        statements.append(line)
    if not statements or end == len(lines):
        return text
    rest = lines[end:]
    used = set(_WORD.findall("\n".join(rest)))
    sections = {name: _Section() for name in _SECTIONS}
    for statement in statements:
        if not _add(statement, sections, used):
            return text
    block = [_render(section, line_length) for section in sections.values()]
    after = 2 if _DEFINITION.match(rest[0]) else 1
    return "\n".join(["\n\n".join(part for part in block if part), *[""] * after, *rest])


def _add(statement: str, sections: dict[str, _Section], used: set[str]) -> bool:
    """Put `statement`'s names that `used` holds in their section; False for a shape
    this does not read."""
    straight = _STRAIGHT.fullmatch(statement)
    if straight:
        module, alias = straight.group(1), straight.group(2) or ""
        if (alias or module.split(".")[0]) in used:
            sections[_section(module)].straight.add((module, alias))
        return True
    found = _FROM.fullmatch(statement)
    if not found:
        return False
    module = found.group(1)
    members = [_MEMBER.fullmatch(part.strip()) for part in found.group(2).split(",")]
    if any(m is None for m in members):
        return False
    section = sections[_section(module)]
    for member in members:
        assert member is not None
        name, alias = member.group(1), member.group(2) or ""
        if module != "__future__" and (alias or name) not in used:
            continue
        if alias:
            section.aliased.add((module, name, alias))
        else:
            section.members.setdefault(module, set()).add(name)
    return True


def _section(module: str) -> str:
    if module == "__future__":
        return "future"
    if module.startswith("."):
        return "local"
    return "standard library" if module.split(".")[0] in sys.stdlib_module_names else "third party"


def _render(section: _Section, line_length: int) -> str:
    lines = [
        f"import {module}" + (f" as {alias}" if alias else "")
        for module, alias in sorted(section.straight, key=lambda s: (_module_key(s[0]), s[1]))
    ]
    entries: list[tuple[str, list[str]]] = [
        (module, sorted(names, key=_member_key)) for module, names in section.members.items()
    ]
    entries += [(module, [f"{name} as {alias}"]) for module, name, alias in section.aliased]
    entries.sort(key=lambda entry: (_module_key(entry[0]), _member_key(entry[1][0])))
    lines += [_from_line(module, names, line_length) for module, names in entries]
    return "\n".join(lines)


def _from_line(module: str, names: list[str], line_length: int) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= line_length:
        return line
    return "\n".join([f"from {module} import (", *[f"    {name}," for name in names], ")"])


def _natural(text: str) -> tuple[object, ...]:
    """Natural order ignoring case (`Item2` before `Item10`), then case as a tiebreak."""
    parts = _DIGITS.split(text)
    return (
        tuple(int(part) if index % 2 else part.lower() for index, part in enumerate(parts)),
        text,
    )


def _module_key(module: str) -> tuple[object, ...]:
    level = len(module) - len(module.lstrip("."))
    return (-level, _natural(module.lstrip(".")))


def _member_key(member: str) -> tuple[object, ...]:
    name = member.split(" as ")[0]
    if len(name) > 1 and name.isupper():
        kind = 0  # a CONSTANT
    elif name[:1].isupper():
        kind = 1  # a Class
    else:
        kind = 2
    return (kind, _natural(name), member)
