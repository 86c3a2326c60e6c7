"""Untrusted spec text, made safe for the place in generated code where it lands.

Titles, descriptions, names, enum values, defaults and examples come from the document
and can hold anything: triple quotes, backslashes, `\\N{`, Jinja syntax, NUL and other
control characters, lines thousands of characters long. Both generators render them
only through these functions (registered as Jinja filters by `register`), so the text
stays text: it never closes a docstring, string or comment, and never becomes code.

- `docstring`: inside a `\"\"\"...\"\"\"` docstring (non-raw).
- `comment`: one line after `#`.
- `python_literal`: a Python expression that evaluates to the value (strings, numbers,
  booleans, None, lists, tuples and dicts of them); strings always in double quotes.
- `toml_string`: a TOML basic string, quotes included.
- `markdown`: inline Markdown text (or a code span) for a README: one line, controls
  shown as escapes, Markdown and HTML syntax escaped, fences and tables left intact.

The values may still be wrapped by openapi-python-client (`UntrustedString`,
`PythonCode`): every function here unwraps them, so a wrapper never prints its repr.

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


def _text(value: object) -> str:
    """The text of `value`, unwrapping openapi-python-client's string wrappers."""
    untrusted = getattr(value, "get_untrusted_value", None)
    if callable(untrusted):
        return str(untrusted())
    code = getattr(value, "as_unembedded_code", None)
    if callable(code):
        return str(code())
    return str(value)


def _visible(match: re.Match[str]) -> str:
    """A control character as the escape a reader would write for it (`\\x1b`)."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def docstring(text: object, width: int = DEFAULT_WIDTH, indent: str = "") -> str:
    """`text` as docstring content: backslashes doubled, every `"` escaped (so no run of
    quotes can close the docstring), control characters shown as escapes, CR/LF made
    newlines, long lines wrapped at `width` (words longer than that are split).
    """
    value = _text(text).replace("\r\n", "\n").replace("\r", "\n")
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
    value = " ".join(_text(text).replace("\\", "\\\\").split())
    value = _CONTROL.sub(_visible, value)
    return value if len(value) <= width else value[: width - 3].rstrip("\\") + "..."


def python_literal(value: Any) -> str:
    """A Python expression equal to `value`: `repr`-exact for str, int, float, bool and
    None, recursively for lists, tuples and dicts (keys as strings); NaN and infinities
    become `float(...)` calls; anything else is written as its text.

    Strings are always double-quoted with every `"` and backslash escaped and every
    character Python does not print (controls, separators, lone surrogates) written as
    its escape, so `python_literal(x)[1:-1]` is also safe inside a `"..."` of a template.
    """
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f'float("{value!r}")'
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, str):
        return _double_quoted(str(value))
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(python_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        items = ", ".join(
            f"{python_literal(_text(k))}: {python_literal(v)}" for k, v in value.items()
        )
        return "{" + items + "}"
    return _double_quoted(_text(value))


def _double_quoted(text: str) -> str:
    out = ['"']
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char.isprintable():
            out.append(char)
        else:  # the escape repr() writes: \n, \x1b, \u2028, \ud800, \U000e0001
            out.append(repr(char)[1:-1])
    out.append('"')
    return "".join(out)


def toml_string(value: object) -> str:
    """A TOML basic string holding `value` (JSON's escapes are TOML's)."""
    return json.dumps(_text(value), ensure_ascii=False).replace("\x7f", "\\u007f")


# Characters with a meaning inline in Markdown, escaped with a backslash in prose (the
# values never start a line, so list and heading markers need no escape). `<`, `>` and `&`
# (HTML tags, entities) become entities instead: Python-Markdown, which MkDocs renders
# api.md with, does not read `\<` as an escape and would pass `<script>` through.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#!|~])")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Invisible characters that reorder or hide text (bidirectional overrides and isolates,
# zero-width characters): shown as escapes in a README too.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def markdown(value: object, code: bool = False, table: bool = False) -> str:
    """`value` as inline Markdown: one line (newlines become spaces), control characters
    shown as escapes (`\\x1b`), never a raw terminal escape.

    Prose (the default) escapes every Markdown punctuation mark and writes `<`, `>`, `&`
    as entities, so the text cannot open a fence, a link, an HTML tag or a heading, in
    GitHub's Markdown or in MkDocs' (Python-Markdown). `code=True` gives a whole code
    span, its backtick run longer than any inside the value (so ``` cannot close it).
    `table=True`: the value sits in a table cell, where a `|` must be escaped even in a
    code span.
    """
    text = " ".join(_text(value).replace("\r", "\n").split("\n"))
    text = _INVISIBLE.sub(_visible, _CONTROL.sub(_visible, text))
    if not code:
        text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
        return re.sub(r"[&<>]", lambda match: _HTML_SPECIAL[match.group()], text)
    if table:
        text = text.replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


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
    `| python_literal`, `| toml_string`, `| markdown`. Both generators call this; these
    are the only filters that write document text.
    """
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["python_literal"] = python_literal
    env.filters["toml_string"] = toml_string
    env.filters["markdown"] = markdown
