"""Minimal documents, one per failure class the corpus sample found (`make corpus-sample`).

Each file in `shapes/` is the smallest document of one shape that once cost a whole
document; through the corpus runner (generate client and server, import every module,
ruff, count operations) every one must come out `ok`, every operation kept.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SHAPES = sorted(Path(__file__).with_name("shapes").glob("*.yaml"))


@pytest.mark.slow
def test_every_shape_generates_whole(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "corpus.py"), "--json", str(out)]
        + [str(path) for path in SHAPES],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    results = {row["document"]: row for row in json.loads(out.read_text())}
    assert sorted(results) == [path.stem for path in SHAPES], done.stdout[-3000:]
    for path in SHAPES:
        row = results[path.stem]
        paths = yaml.safe_load(path.read_text())["paths"]
        operations = sum(
            len(set(item) & {"get", "put", "post", "delete", "patch"}) for item in paths.values()
        )
        assert row["result"] == "ok", row
        assert row["operations"] == row["client"] == row["server"] == operations, row
    assert done.returncode == 0, done.stdout[-3000:]
