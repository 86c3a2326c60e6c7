"""Untrusted text stays text: whatever a spec holds, the escaped form parses back to it."""

from __future__ import annotations

import ast
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from specbind.render.text import comment, docstring, python_literal, toml_string

HOSTILE = (
    "\"\"\" ''' \\ \\N{BULLET} {{ 7*7 }} {% raw %} \x00 \x1b[31m \r\n"
    "\"); __import__('os').system('touch /tmp/x') #\u2028end\\"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _shown(text: str) -> str:
    """What a reader sees for `text` in the docstring, whitespace aside."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    def visible(m: re.Match[str]) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return "".join(_CONTROL.sub(visible, text).split())


def _docstring_value(body: str) -> str:
    module = ast.parse(f'def f():\n    """{body}"""\n')
    function = module.body[0]
    assert isinstance(function, ast.FunctionDef)
    value = ast.get_docstring(function, clean=False)
    assert value is not None
    return value


def test_hostile_docstring_is_one_docstring_with_the_text() -> None:
    body = docstring(HOSTILE)
    assert "".join(_docstring_value(body).split()) == _shown(HOSTILE)
    assert "\x00" not in body and "\x1b" not in body


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_one_docstring_holding_it(text: str) -> None:
    assert "".join(_docstring_value(docstring(text, width=30)).split()) == _shown(text)


def test_long_lines_are_wrapped() -> None:
    body = docstring("word " * 100 + "x" * 300, width=60)
    assert max(len(line) for line in body.splitlines()) <= 60


@given(st.text())
def test_comment_is_one_line(text: str) -> None:
    line = comment(text)
    assert "\n" not in line and "\r" not in line and len(line) <= 88
    compile(f"x = 1  # {line}\n", "<comment>", "exec")


@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=True)
        | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=8,
    )
)
def test_python_literal_evaluates_to_the_value(value: object) -> None:
    assert eval(python_literal(value), {"__builtins__": {}}, {"float": float}) == value


def test_python_literal_of_infinity_is_an_expression_not_a_name() -> None:
    assert python_literal(float("inf")) == 'float("inf")'


@given(st.text())
def test_toml_string_reads_back(text: str) -> None:
    import tomllib

    assert tomllib.loads(f"x = {toml_string(text)}\n")["x"] == text


def test_hostile_toml_string() -> None:
    import tomllib

    assert tomllib.loads(f"d = {toml_string(HOSTILE)}\n")["d"] == HOSTILE


def test_escape_source_controls_keeps_every_value_and_leaves_no_raw_control() -> None:
    from specbind.render.text import escape_source_controls

    source = (
        'class A:\n    """Doc \x1b[31mred\u2028 and \x85."""\n\n'
        'x = "a\x1bb"  # note \x07\n'
        "y = r'raw \x1b kept'\n"
    )
    escaped = escape_source_controls(source)
    assert escaped == (
        'class A:\n    """Doc \\x1b[31mred\\u2028 and \\x85."""\n\n'
        'x = "a\\x1bb"  # note \\x07\n'
        "y = r'raw \x1b kept'\n"
    )
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    exec(compile(source, "before", "exec"), before)
    exec(compile(escaped, "after", "exec"), after)
    assert before["x"] == after["x"] == "a\x1bb"
    assert before["A"].__doc__ == after["A"].__doc__  # type: ignore[attr-defined]
    assert escape_source_controls("x = 1\n") == "x = 1\n"


def test_markdown_prose_is_one_line_without_controls_or_markup() -> None:
    from specbind.render.text import markdown

    text = markdown("Pets\x1b[31m *API* <script>x</script>\n# heading | `code` [a](b)\u202e")
    assert "\n" not in text and "\x1b" not in text and "\u202e" not in text
    assert text == (
        "Pets\\\\x1b\\[31m \\*API\\* &lt;script&gt;x&lt;/script&gt; \\# heading \\| \\`code\\` "
        "\\[a\\](b)\\\\u202e"
    )


def test_markdown_code_span_outlasts_the_backticks_inside() -> None:
    from specbind.render.text import markdown

    assert markdown("a```b", code=True) == "````a```b````"
    assert markdown("`x", code=True) == "`` `x ``"
    assert markdown("/a|b", code=True, table=True) == "`/a\\|b`"
    assert markdown("GET /pets", code=True) == "`GET /pets`"
