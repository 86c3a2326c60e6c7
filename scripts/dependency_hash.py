"""Print a hash of what `pip install -e .[dev]` depends on in pyproject.toml.

The Makefile names its install stamp after it, so the virtualenv is rebuilt when the
dependencies, build system or entry points change, and not when `specbind upgrade`
rewrites `[tool.specbind] spec-version` or a description changes.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path


def dependency_hash(pyproject: Path) -> str:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    relevant = {
        "build-system": data.get("build-system"),
        "dependencies": project.get("dependencies"),
        "optional-dependencies": project.get("optional-dependencies"),
        "requires-python": project.get("requires-python"),
        "scripts": project.get("scripts"),
    }
    text = json.dumps(relevant, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


if __name__ == "__main__":
    print(dependency_hash(Path(sys.argv[1] if len(sys.argv) > 1 else "pyproject.toml")))
