"""The server from a hostile document (tests/hostile/hostile.yaml): spec text stays data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from specbind.config import Config
from specbind.openapi.document import load_document
from specbind.server import generate_server
from specbind.server.mock import build_mock
from tests.server.conftest import REPO

HOSTILE = REPO / "tests" / "hostile" / "hostile.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _operation_ids(data: dict[str, object]) -> list[str]:
    return sorted(
        operation["operationId"]
        for item in data["paths"].values()  # type: ignore[attr-defined]
        for method, operation in item.items()
        if method in METHODS
    )


def test_hostile_text_generates_clean_code_and_stays_data(config: Config, tmp_path: Path) -> None:
    out = tmp_path / "server"
    result = generate_server(config, HOSTILE, out)
    assert result.operation_count == 2
    compiled = subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(out)], capture_output=True, text=True
    )
    assert compiled.returncode == 0, compiled.stdout
    for args in (["ruff", "check", "--no-cache", "."], ["mypy", "--strict", config.server_package]):
        run = subprocess.run([sys.executable, "-m", *args], cwd=out, capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr
    mock = build_mock(config, HOSTILE, tmp_path / "mock")
    client = TestClient(mock.app)
    own = client.get("/openapi.json").json()
    source = load_document(HOSTILE).data
    assert _operation_ids(own) == _operation_ids(source)  # the source's ids, not sanitised ones
    assert own["info"]["title"] == source["info"]["title"]
    assert not list(Path("/tmp").glob("specbind-pwned-*"))
