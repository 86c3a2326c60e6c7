"""Install, start, wait for and stop real servers; see the package's docstring for use."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("SPECBIND_REALSERVERS_CACHE", REPO / ".cache" / "realservers"))
MARKER = "installed.txt"  # written last: its absence means the install did not finish
INSTALL_TIMEOUT = 1800.0


@dataclass(frozen=True)
class ServerDefinition:
    """One real server: what to install, how to start it, and where its API is."""

    name: str
    requirement: str  # a pinned PyPI requirement, e.g. "prefect==3.9.1"
    # argv to start it, from the venv's bin/ directory, the port and an empty data directory
    command: Callable[[Path, int, Path], list[str]]
    ready_path: str  # answers 200 once the server can take requests
    openapi_path: str  # serves the OpenAPI document
    base_path: str = ""  # the API's base under the host (what a client's base URL ends with)
    env: Callable[[int, Path], dict[str, str]] = field(default=lambda port, data: {})
    startup_timeout: float = 120.0

    @property
    def version(self) -> str:
        return self.requirement.partition("==")[2] or "latest"

    @property
    def home(self) -> Path:
        """The cache directory of this pinned version: its venv and install log."""
        return CACHE / f"{self.name}-{self.version}"

    @property
    def bin(self) -> Path:
        return self.home / "venv" / "bin"


@dataclass
class RunningServer:
    definition: ServerDefinition
    url: str  # http://127.0.0.1:PORT
    data_dir: Path
    log: Path
    process: subprocess.Popen[bytes]

    @property
    def base_url(self) -> str:
        """The API's base URL (the host plus the definition's base path)."""
        return self.url + self.definition.base_path

    def document(self) -> dict[str, Any]:
        response = httpx.get(self.url + self.definition.openapi_path, timeout=30)
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data

    def log_tail(self, lines: int = 30) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def registry_reachable(requirement: str, timeout: float = 20.0) -> str | None:
    """None when pip can see `requirement`'s project on its index, else why not."""
    project = requirement.partition("==")[0]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "index", "versions", project,
             "--timeout", "10", "--retries", "0", "--disable-pip-version-check"],
            capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return f"the package index did not answer within {timeout:.0f} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"the package index cannot be reached for {project}: {last}"
    return None


def ensure_installed(definition: ServerDefinition) -> Path:
    """The venv's bin/ with the server installed; created once per pinned version.

    Skips the calling test, with the reason, when the package index cannot be reached.
    """
    marker = definition.home / MARKER
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == definition.requirement:
        return definition.bin
    reason = registry_reachable(definition.requirement)
    if reason is not None:
        pytest.skip(f"{definition.name}: {reason}")
    if definition.home.exists():
        shutil.rmtree(definition.home)  # an unfinished or stale install
    definition.home.mkdir(parents=True)
    log = definition.home / "install.log"
    with log.open("wb") as out:
        steps = [
            [sys.executable, "-m", "venv", str(definition.home / "venv")],
            [str(definition.bin / "python"), "-m", "pip", "install", "--quiet",
             "--disable-pip-version-check", definition.requirement],
        ]  # fmt: skip
        for step in steps:
            done = subprocess.run(step, stdout=out, stderr=subprocess.STDOUT,
                                  timeout=INSTALL_TIMEOUT, check=False)  # fmt: skip
            if done.returncode != 0:
                tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-5:]
                pytest.fail(f"{definition.name}: `{' '.join(step)}` failed: " + " / ".join(tail))
    marker.write_text(definition.requirement + "\n", encoding="utf-8")
    return definition.bin


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server and everything it started (its own process group)."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


@contextmanager
def running(definition: ServerDefinition) -> Iterator[RunningServer]:
    """Install if needed, start on 127.0.0.1 with a fresh data directory, wait, stop after."""
    bin_dir = ensure_installed(definition)
    port = free_port()
    with tempfile.TemporaryDirectory(prefix=f"realserver-{definition.name}-") as work:
        data_dir = Path(work) / "data"
        data_dir.mkdir()
        log = Path(work) / "server.log"
        env = {**os.environ, **definition.env(port, data_dir)}
        env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
        env.pop("VIRTUAL_ENV", None)
        with log.open("wb") as out:
            process = subprocess.Popen(
                definition.command(bin_dir, port, data_dir),
                stdout=out, stderr=subprocess.STDOUT, env=env, cwd=work,
                start_new_session=True,
            )  # fmt: skip
        server = RunningServer(definition, f"http://127.0.0.1:{port}", data_dir, log, process)
        try:
            _wait_ready(server)
            yield server
        finally:
            _stop(process)


def _wait_ready(server: RunningServer) -> None:
    deadline = time.monotonic() + server.definition.startup_timeout
    url = server.url + server.definition.ready_path
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(
                f"{server.definition.name} exited with {server.process.returncode} while "
                f"starting:\n{server.log_tail()}"
            )
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(
        f"{server.definition.name} was not ready at {url} after "
        f"{server.definition.startup_timeout:.0f} s:\n{server.log_tail()}"
    )


# -- the servers ---------------------------------------------------------------------------


def _prefect_command(bin_dir: Path, port: int, data: Path) -> list[str]:
    return [str(bin_dir / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)]


def _chroma_command(bin_dir: Path, port: int, data: Path) -> list[str]:
    return [str(bin_dir / "chroma"), "run", "--path", str(data), "--host", "127.0.0.1",
            "--port", str(port)]  # fmt: skip


PREFECT = ServerDefinition(
    name="prefect",
    requirement="prefect==3.9.1",
    command=_prefect_command,
    ready_path="/api/health",
    openapi_path="/api/openapi.json",
    base_path="/api",
    env=lambda port, data: {
        "PREFECT_HOME": str(data),
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{data}/prefect.db",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    },
    startup_timeout=180.0,
)

# Chroma's server (a Rust binary inside the PyPI wheel) with its local persistent store.
CHROMA = ServerDefinition(
    name="chromadb",
    requirement="chromadb==1.5.9",
    command=_chroma_command,
    ready_path="/api/v2/heartbeat",
    openapi_path="/openapi.json",
    env=lambda port, data: {"ANONYMIZED_TELEMETRY": "False"},
    startup_timeout=90.0,
)

DEFINITIONS = {definition.name: definition for definition in (PREFECT, CHROMA)}
