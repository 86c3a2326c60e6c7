"""tidy_import_block leaves an opening import block as ruff's import fixes would."""

from __future__ import annotations

import subprocess

import pytest

from specbind.render.formatting import ruff_command
from specbind.render.imports import tidy_import_block

# The head of a module as openapi-python-client's model template renders it.
ENGINE_MODEL = """from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime
from ..models.zebra import Zebra
from ..models.apple import Apple




T = TypeVar("T", bound="Thing")



@_attrs_define
class Thing:
    when: datetime.datetime | Unset = UNSET
    zebra: Zebra | None = None
    apple: Apple | None = None
    extra: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> Mapping[str, Any]:
        return cast(Mapping[str, Any], types.File)
"""

TIDY_MODEL = """from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.apple import Apple
from ..models.zebra import Zebra
from ..types import UNSET, Unset

T = TypeVar("T", bound="Thing")
"""


def ruff_fixed(text: str) -> str:
    """What ruff's import fixes make of `text` (isort's defaults, line length 100)."""
    done = subprocess.run(
        [
            *ruff_command(),
            "check",
            "--isolated",
            "--no-cache",
            "--select",
            "I,F401,F811",
            "--line-length",
            "100",
            "--fix-only",
            "--stdin-filename",
            "module.py",
            "-",
        ],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_the_engines_model_head_is_tidied_to_the_letter() -> None:
    tidy = tidy_import_block(ENGINE_MODEL)
    assert tidy.startswith(TIDY_MODEL)
    assert tidy.endswith(ENGINE_MODEL[ENGINE_MODEL.index('T = TypeVar("T"') :])


CASES = {
    "the engine's model": ENGINE_MODEL,
    "natural order, names by type": (
        "from x import item10, Item2, ITEM_A, Item10, item2, A\n"
        "from x.y2 import b\nfrom x.y10 import a\n\n"
        "print(item10, Item2, ITEM_A, Item10, item2, A, a, b)\n"
    ),
    "relative imports furthest first": (
        "from . import c\nfrom .. import b\nfrom ... import a\nfrom .b import d\n\n"
        "print(a, b, c, d)\n"
    ),
    "straight imports first in a section": (
        "from os import path\nimport sys\nimport os.path as p\n\nprint(path, sys, p)\n"
    ),
    "a class after the block": (
        "import json\nfrom attrs import define\n@define\nclass A:\n    x = json\n"
    ),
    "a function after the block": "import json\n\n\n\ndef f() -> None:\n    json.dumps(1)\n",
    "a line over the length": (
        "from ..models.a_very_long_module_name_for_a_model import AVeryLongClassNameForTheModel, "
        "AnotherLongName\n\nprint(AVeryLongClassNameForTheModel, AnotherLongName)\n"
    ),
    "nothing used but the future": (
        "from __future__ import annotations\nfrom typing import Any\nimport json\n\nx = 1\n"
    ),
    "aliases beside plain names": (
        "from attrs import field as _f\nfrom attrs import define, Factory\n"
        "from attrs import define as _d\n\n"
        "print(_f, define, Factory, _d)\n"
    ),
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_ruff_has_nothing_left_to_fix_and_ends_where_it_would_have(text: str) -> None:
    tidy = tidy_import_block(text)
    assert tidy != text
    assert ruff_fixed(tidy) == tidy
    assert ruff_fixed(text) == tidy


UNREAD = {
    "a docstring first": '"""Doc."""\nimport json\nimport os\n\nprint(json)\n',
    "a parenthesised import": "from typing import (\n    Any,\n)\nimport os\n\nprint(Any)\n",
    "a comment on an import": "import os  # the os\nimport json\n\nprint(json)\n",
    "two statements on a line": "import os; import json\n\nprint(json)\n",
    "only imports": "import os\nimport json\n",
    "no imports": "x = 1\n",
}


@pytest.mark.parametrize("text", UNREAD.values(), ids=UNREAD.keys())
def test_a_shape_it_does_not_read_is_left_as_it_was(text: str) -> None:
    assert tidy_import_block(text) == text
