"""Moving `[tool.specbind] spec-version`: one line changes, every other byte stays."""

from __future__ import annotations

import pytest

from specbind.config import with_spec_version
from specbind.errors import ConfigError

PYPROJECT = """[project]
name = "x"
version = "1.0"

# ours
[tool.specbind]
api = "ibl-data-manager"
spec-version = "3.59.0-ai-plus"   # the current one
output-dir = "generated"

[tool.other]
spec-version = "keep me"
"""


def test_only_the_value_changes() -> None:
    updated = with_spec_version(PYPROJECT, "4.84.1-ai-plus")
    assert updated == PYPROJECT.replace(
        'spec-version = "3.59.0-ai-plus"   # the current one',
        'spec-version = "4.84.1-ai-plus"   # the current one',
    )
    assert updated.count("keep me") == 1


def test_single_quotes_and_crlf_survive() -> None:
    text = "[tool.specbind]\r\napi = 'a'\r\nspec-version = '1.0'\r\n"
    assert (
        with_spec_version(text, "2.0") == "[tool.specbind]\r\napi = 'a'\r\nspec-version = '2.0'\r\n"
    )


def test_a_table_without_the_line_is_an_error() -> None:
    with pytest.raises(ConfigError, match=r"no spec-version = .* in the \[tool.specbind\] table"):
        with_spec_version('[tool.specbind]\napi = "a"\n[tool.x]\nspec-version = "1"\n', "2")


@pytest.mark.parametrize("bad", ["", "../up", "a b", "1..2"])
def test_a_bad_version_is_refused(bad: str) -> None:
    with pytest.raises(ConfigError, match="cannot set spec-version"):
        with_spec_version(PYPROJECT, bad)
