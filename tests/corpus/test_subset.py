"""The committed corpus subset and the hostile document, through the corpus runner.

`scripts/corpus.py` generates client and server for each document, imports every module
in a fresh interpreter, runs ruff and counts operations three ways; here every document
must come out `ok` with all three counts equal. The full corpus is `make corpus`.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTS = {"xkcd": 2, "openai": 28, "listennotes": 24}


def test_fixtures_are_the_locked_corpus_files() -> None:
    lock = json.loads((REPO / "scripts" / "corpus.lock.json").read_text())
    for name in DOCUMENTS:
        digest = hashlib.sha256((FIXTURES / f"{name}.json").read_bytes()).hexdigest()
        assert digest == lock[name], name


@pytest.mark.slow
def test_subset_generates_imports_and_keeps_every_operation(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    paths = [str(FIXTURES / f"{name}.json") for name in DOCUMENTS]
    paths.append(str(Path(__file__).parent.parent / "hostile" / "hostile.yaml"))
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "corpus.py"), "--json", str(out), *paths],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    results = {row["document"]: row for row in json.loads(out.read_text())}
    assert done.returncode == 0, done.stdout[-3000:]
    assert "document" in done.stdout and "result" in done.stdout
    for name, operations in {**DOCUMENTS, "hostile": 2}.items():
        row = results[name]
        assert row["result"] == "ok", row
        assert row["operations"] == row["client"] == row["server"] == operations
