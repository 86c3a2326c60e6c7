"""`specbind mock` for real: a uvicorn process on 127.0.0.1, called over HTTP, stopped."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.server.conftest import REPO, VERSIONS, Served, valid_call


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class MockProcess:
    url: str
    process: subprocess.Popen[str]

    def output(self) -> str:
        self.process.terminate()
        out, _ = self.process.communicate(timeout=10)
        return out


def _start(version: str, *extra: str) -> MockProcess:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "specbind", "mock", "--spec", version, "--port", str(port), *extra],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"specbind mock exited: {process.communicate()[0]}")
        try:
            if httpx.get(f"{url}/openapi.json", timeout=1).status_code == 200:
                return MockProcess(url, process)
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError("specbind mock did not start within 60 s")


@pytest.fixture(scope="module", params=VERSIONS)
def mock_process(request: pytest.FixtureRequest) -> Iterator[tuple[str, MockProcess]]:
    version: str = request.param
    started = _start(version, "--api-key", "real-key", "--seed", "7")
    try:
        yield version, started
    finally:
        if started.process.poll() is None:
            started.process.terminate()
            started.process.wait(timeout=10)


@pytest.mark.slow
def test_every_operation_over_http(
    mock_process: tuple[str, MockProcess], served: dict[str, Served]
) -> None:
    version, started = mock_process
    item = served[version]
    with httpx.Client(base_url=started.url, timeout=10) as client:
        for route in item.routes:
            call = valid_call(item, route)
            kwargs = {"params": call.params, "json": call.json}
            ok = client.request(
                call.method.upper(),
                call.url,
                headers={"Authorization": "Api-Token real-key"},
                **kwargs,
            )
            assert ok.status_code == route.status_code, (route.operation_id, ok.text)
            if route.response_schema is None:
                assert ok.content == b""
            else:
                assert item.mock.answers.checker.errors(ok.json(), route.response_schema) == []
            anonymous = client.request(call.method.upper(), call.url, **kwargs)
            assert anonymous.status_code == 401
            other_key = client.request(
                call.method.upper(), call.url, headers={"Authorization": "Api-Token x"}, **kwargs
            )
            assert other_key.status_code == 401
    output = started.output()
    assert f"on {started.url}, accepting 1 key(s)" in output
    if version == "4.84.1-ai-plus":
        assert "[invalid-example] core_rbac_groups_partial_update" in output
