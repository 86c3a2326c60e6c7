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
- `markdown`: one line of Markdown prose (api.md): no HTML, links, emphasis or headings.
- `markdown_code`: a Markdown code span holding the text as it is.

`escape_source_controls` cleans code another tool wrote (datamodel-code-generator keeps
ESC and other controls raw in docstrings).
"""

from __future__ import annotations

import io
import json
import math
import re
import textwrap
import tokenize
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


# What Markdown would read as markup inside a line: links and images (`[`, `]`), emphasis
# (`*`, `_`), code (`` ` ``), attribute lists (`{`, `}`), headings (`#`), table cells (`|`);
# `<`, `>` and `&` (raw HTML, entities) become entities, which every Markdown dialect reads.
_MARKDOWN_INLINE = re.compile(r"([\\`*_{}\[\]#|])")
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# ... and at the start of a line, what would begin a list.
_MARKDOWN_LINE_START = re.compile(r"^([-+]|\d+(?=[.)]))")


def markdown(text: object) -> str:
    """`text` as Markdown inline text that shows exactly these characters: markup
    characters backslash-escaped, `<`, `>`, `&` as entities, whitespace runs (newlines
    included) as one space, controls shown as escapes."""
    line = re.sub(r"\s+", " ", _CONTROL.sub(_visible, str(text)))
    line = _MARKDOWN_INLINE.sub(r"\\\1", line)
    line = re.sub(r"[&<>]", lambda match: _HTML_ENTITIES[match.group()], line)
    return _MARKDOWN_LINE_START.sub(
        lambda match: "\\" + match.group() if match.group()[0] in "-+" else match.group() + "\\",
        line,
        count=1,
    )


def markdown_code(text: object) -> str:
    """`text` as one Markdown code span: fenced by more backticks than it holds in a row,
    spaces inside the fence (so a leading or trailing backtick stays text)."""
    line = " ".join(_CONTROL.sub(_visible, str(text)).split())
    longest = max((len(run) for run in re.findall(r"`+", line)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {line} {fence}" if longest else f"{fence}{line}{fence}"


def escape_source_controls(source: str) -> str:
    """Python `source` with every raw control character in a string or comment escaped.

    In a (non-raw) string literal the escape means the same character, so the value
    does not change; in a comment it is shown. Raw strings cannot spell an escape and
    keep theirs; nothing else in valid source can hold one.
    """
    if not _CONTROL.search(source):
        return source
    # where each line starts, lines as the tokenizer reads them (split at "\n" only;
    # str.splitlines would also split at \x85 and \u2028)
    starts = [0]
    for line in source.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    edits: list[tuple[int, int, str]] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in (tokenize.STRING, tokenize.COMMENT):
            continue
        prefix = token.string[: len(token.string) - len(token.string.lstrip("rRbBuUfF"))]
        if "r" in prefix.lower() or not _CONTROL.search(token.string):
            continue
        begin = starts[token.start[0] - 1] + token.start[1]
        end = starts[token.end[0] - 1] + token.end[1]
        edits.append((begin, end, _CONTROL.sub(_visible, token.string)))
    for begin, end, text in reversed(edits):
        source = source[:begin] + text + source[end:]
    return source


def register(env: jinja2.Environment) -> None:
    """Make the functions available as filters: `{{ x | docstring }}`, `| comment`,
    `| python_literal`, `| toml_string`, `| markdown`, `| markdown_code`.
    """
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["python_literal"] = python_literal
    env.filters["toml_string"] = toml_string
    env.filters["markdown"] = markdown
    env.filters["markdown_code"] = markdown_code
