"""Servers on 127.0.0.1 for the conformance tests, and `specbind contract` as a user runs it."""

from __future__ import annotations

import base64
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus
from xml.sax.saxutils import escape

import pytest
import uvicorn

from specbind.config import load_config
from specbind.openapi.store import SpecStore
from tests.conftest import run_specbind
from tests.http_server import free_port

REPO = Path(__file__).resolve().parents[2]
# Distinctive, so finding it anywhere in an artifact or an output line is meaningful.
API_KEY = "sbk-7f3a9c2e-never-print-me"
CREDENTIAL = f"Api-Token {API_KEY}"
KEY_ENV = "IBL_DATA_MANAGER_API_KEY"
SPEC_VERSIONS = ("3.59.0-ai-plus", "4.84.1-ai-plus")
# What the reference and faulty servers implement; the project's configured version is
# the whole API, which they do not serve.
SEED_VERSION = "4.84.1-ai-plus"


def echoed_forms(key: str) -> dict[str, str]:
    """The key as a server might echo it back."""
    raw = key.encode()
    return {
        "raw": key,
        "url": quote(key, safe=""),
        "url-lower": quote(key, safe="").lower(),
        "url-plus": quote_plus(key),
        "json": json.dumps(key)[1:-1],
        "json-ascii": json.dumps(key, ensure_ascii=True)[1:-1],
        "json-slashes": json.dumps(key)[1:-1].replace("/", "\\/"),
        "xml": escape(key, {'"': "&quot;"}),
        "base64": base64.b64encode(raw).decode(),
        "base64-url": base64.urlsafe_b64encode(raw).decode().rstrip("="),
        "basic-0": "Basic " + base64.b64encode(b"me:" + raw).decode(),
        "basic-1": "Basic " + base64.b64encode(b"user:" + raw).decode(),
        "basic-2": "Basic " + base64.b64encode(b"admin:" + raw + b"!").decode(),
        "base64-json": base64.b64encode(json.dumps({"k": key}).encode()).decode(),
    }


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1 in a thread; yield its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@dataclass
class ContractRun:
    returncode: int
    stdout: str
    stderr: str
    report_dir: Path

    def artifact_texts(self) -> dict[str, str]:
        return {
            p.name: p.read_text(encoding="utf-8", errors="replace")
            for p in sorted(self.report_dir.rglob("*"))
            if p.is_file()
        }


RunContract = Callable[..., ContractRun]


@pytest.fixture
def run_contract(tmp_path: Path) -> RunContract:
    """`specbind contract` in a subprocess, as a user runs it, with the key in the environment."""

    def run(*args: str, key: str | None = API_KEY, env_name: str = KEY_ENV) -> ContractRun:
        report_dir = tmp_path / f"report-{len(list(tmp_path.iterdir()))}"
        if "--spec" not in args:  # the servers here serve the seed's operations
            args = ("--spec", SEED_VERSION, *args)
        env = {k: v for k, v in os.environ.items() if k != KEY_ENV}
        if key is not None:
            env[env_name] = key
        done = run_specbind(
            "contract", "--project", str(REPO), "--report-dir", str(report_dir), *args,
            env=env,
        )  # fmt: skip
        return ContractRun(done.returncode, done.stdout, done.stderr, report_dir)

    return run


@pytest.fixture(scope="session")
def generated_mocks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The generated mock app for each stored spec version, accepting API_KEY only."""
    from specbind.server.mock import build_mock

    config = load_config(REPO)
    store = SpecStore(config)
    return {
        version: build_mock(
            config,
            store.resolve(version),
            tmp_path_factory.mktemp(f"mock-{version}"),
            api_keys=[API_KEY],
        )
        for version in SPEC_VERSIONS
    }
