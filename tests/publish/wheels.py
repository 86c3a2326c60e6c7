"""Hand-made wheels for the check tests: exactly the entries and METADATA a test needs."""

from __future__ import annotations

import zipfile
from pathlib import Path

COMPLETE_METADATA = """\
Metadata-Version: 2.4
Name: demo-pkg
Version: 1.0.0
Summary: A demo package (spec 1.0.0-ai-plus)
Project-URL: Documentation, https://example.invalid/docs
Classifier: Programming Language :: Python :: 3
Classifier: Typing :: Typed
License-Expression: MIT
Requires-Python: >=3.11
Requires-Dist: attrs<26,>=23.1
Description-Content-Type: text/markdown

# demo-pkg

A demo package.
"""


def make_wheel(
    directory: Path,
    metadata: str = COMPLETE_METADATA,
    files: dict[str, str] | None = None,
    name: str = "demo_pkg",
    version: str = "1.0.0",
) -> Path:
    """A wheel of package `name` holding `files` (default: `__init__.py` and `py.typed`)."""
    path = directory / f"{name}-{version}-py3-none-any.whl"
    dist_info = f"{name}-{version}.dist-info"
    entries = (
        files
        if files is not None
        else {
            f"{name}/__init__.py": '__spec_version__ = "1.0.0-ai-plus"\n',
            f"{name}/py.typed": "",
        }
    )
    with zipfile.ZipFile(path, "w") as archive:
        for entry, content in entries.items():
            archive.writestr(entry, content)
        archive.writestr(f"{dist_info}/METADATA", metadata)
        archive.writestr(
            f"{dist_info}/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        )
        archive.writestr(f"{dist_info}/RECORD", "")
    return path
