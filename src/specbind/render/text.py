"""Untrusted spec text, made safe for the place in generated code where it lands.

Titles, descriptions, names, enum values, defaults and examples come from the document
and can hold anything: triple quotes, backslashes, `\\N{`, Jinja syntax, NUL and other
control characters, lines thousands of characters long. Both generators render them
only through these functions (registered as Jinja filters by `register`), so the text
stays text: it never closes a docstring, string or comment, and never becomes code.

- `docstring`: inside a `\"\"\"...\"\"\"` docstring (non-raw).
- `comment`: one line after `#`.
- `python_literal`: a Python expression that evaluates to the value (strings, numbers,
  booleans, None, lists and dicts of them).
- `toml_string`: a TOML basic string, quotes included.
"""

from __future__ import annotations

import json
import math
import re
import textwrap
from typing import Any

import jinja2

# C0 and C1 controls, DEL, and the Unicode line/paragraph separators; \n and \t are kept
# where the place allows them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
DEFAULT_WIDTH = 88


def _visible(match: re.Match[str]) -> str:
    """A control character as the escape a reader would write for it (`\\x1b`)."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def docstring(text: object, width: int = DEFAULT_WIDTH, indent: str = "") -> str:
    """`text` as docstring content: backslashes doubled, every `"` escaped (so no run of
    quotes can close the docstring), control characters shown as escapes, CR/LF made
    newlines, long lines wrapped at `width` (words longer than that are split).
    """
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub(lambda m: "\\" + _visible(m), value.replace("\\", "\\\\"))
    value = value.replace('"', '\\"').replace("\t", "    ")
    lines: list[str] = []
    for paragraph in value.split("\n"):
        paragraph = paragraph.rstrip()
        if not paragraph:
            lines.append("")
            continue
        wrapped = textwrap.wrap(
            paragraph,
            max(width - len(indent), 20),
            break_long_words=True,
            break_on_hyphens=False,
            drop_whitespace=True,
        )
        lines.extend(_unsplit_escapes(wrapped))
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return f"\n{indent}".join(line if line else "" for line in lines)


def _unsplit_escapes(lines: list[str]) -> list[str]:
    """A line break may not fall inside an escape: a line ending in an odd number of
    backslashes takes the next line's first character back.
    """
    result = list(lines)
    for i in range(len(result) - 1):
        trailing = len(result[i]) - len(result[i].rstrip("\\"))
        if trailing % 2 == 1:
            result[i] = result[i] + result[i + 1][:1]
            result[i + 1] = result[i + 1][1:]
    return [line for line in result if line] or [""]


def comment(text: object, width: int = DEFAULT_WIDTH) -> str:
    """`text` as the body of one `#` comment: a single line, controls shown as escapes,
    cut at `width` characters with an ellipsis.
    """
    value = " ".join(str(text).replace("\\", "\\\\").split())
    value = _CONTROL.sub(_visible, value)
    return value if len(value) <= width else value[: width - 3].rstrip("\\") + "..."


def python_literal(value: Any) -> str:
    """A Python expression equal to `value`; NaN and infinities become `float(...)` calls."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if isinstance(value, (bool, int, float, str)) or value is None:
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(
            f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items()
        )
        return "{" + items + "}"
    return repr(str(value))


def toml_string(value: object) -> str:
    """A TOML basic string holding `value` (JSON's escapes are TOML's)."""
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")


def register(env: jinja2.Environment) -> None:
    """Make the functions available as filters: `{{ x | docstring }}`, `| comment`,
    `| python_literal`, `| toml_string`.
    """
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["python_literal"] = python_literal
    env.filters["toml_string"] = toml_string
