"""Hostile servers and killed runs: every network wait is bounded, nothing outlives a
killed run, and no report keeps the key in any encoding.

Each test runs `specbind` as a user does (a subprocess) against servers on 127.0.0.1.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from typer.testing import CliRunner

from specbind.cli import app
from specbind.config import Config
from tests.conformance.conftest import echoed_forms
from tests.conftest import tree_snapshot
from tests.http_server import Reply, ScriptedServer, scripted_server, serving, trickling_server

SPECBIND = Path(sys.executable).with_name("specbind")
DOCUMENT = json.dumps(
    {
        "openapi": "3.0.3",
        "info": {"title": "hostile", "version": "7.0.0"},
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
).encode()


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    elapsed: float


def cli(*args: str) -> Run:
    """`specbind ARGS` in this process (for what needs no process of its own)."""
    started = time.monotonic()
    result = CliRunner().invoke(app, list(args))
    return Run(result.exit_code, result.stdout, result.stderr, time.monotonic() - started)


def specbind(*args: str, timeout: float = 30) -> Run:
    """`specbind ARGS` in a process of its own, as a user runs it."""
    started = time.monotonic()
    done = subprocess.run(
        [str(SPECBIND), *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    return Run(done.returncode, done.stdout, done.stderr, time.monotonic() - started)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as running:
        yield running


def one_line_error(run: Run) -> str:
    """The run failed with exit 2 and exactly one line on stderr (no traceback)."""
    assert run.returncode == 2, run.stdout + run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.stderr
    return lines[0]


# -- slow servers ------------------------------------------------------------------------

TRICKLES = {
    # complete headers, then a body of which one byte arrives every 0.2 s
    "body": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
    + b" " * 100000,
    # headers that never end
    "headers": b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100000,
}


def _ends_at_its_timeout(project: Config, command: str, part: str) -> None:
    """`specbind <command>` from a server trickling `TRICKLES[part]` ends at its 1 s timeout
    with a one-line error, and leaves the project as it was."""
    before = tree_snapshot(project.root)
    with trickling_server(TRICKLES[part], interval=0.2) as url:
        run = specbind(
            command, f"{url}/openapi.json", "--timeout", "1", "--retries", "0",
            "--project", str(project.root),
        )  # fmt: skip
    line = one_line_error(run)
    assert line == f"error: {url}/openapi.json: timed out after 1 s (gave up after 1 attempt)"
    assert run.elapsed < 3 * 1 + 2  # 3x the timeout, plus starting Python
    assert tree_snapshot(project.root) == before


@pytest.mark.parametrize("part", sorted(TRICKLES))
def test_fetch_from_a_trickling_server_ends_at_its_timeout(project: Config, part: str) -> None:
    _ends_at_its_timeout(project, "fetch", part)


def test_retries_against_a_trickling_server_end_at_the_overall_deadline(project: Config) -> None:
    with trickling_server(TRICKLES["body"], interval=0.2) as url:
        run = specbind(
            "fetch", f"{url}/openapi.json", "--timeout", "0.5", "--retries", "2",
            "--project", str(project.root),
        )  # fmt: skip
    line = one_line_error(run)
    assert line.endswith("(gave up after 3 attempts)"), line
    assert "timed out" in line
    # 3 attempts of 0.5 s plus the backoff waits (at most 0.5 + 1 s): 3 s at most
    assert run.elapsed < 3 * 3 + 2


def test_upgrade_from_a_trickling_server_ends_and_changes_nothing(project: Config) -> None:
    _ends_at_its_timeout(project, "upgrade", "headers")
    assert not [p.name for p in project.root.iterdir() if ".staging." in p.name]


def test_gzip_bomb_stops_at_max_bytes_of_decoded_body(
    project: Config, server: ScriptedServer
) -> None:
    bomb = gzip.compress(b" " * 50_000_000, compresslevel=9)  # ~50 kB that inflate to 50 MB
    url = server.add("/bomb.json", Reply(200, bomb, {"Content-Encoding": "gzip"}))
    before = tree_snapshot(project.root)
    run = cli("fetch", url, "--max-bytes", "1000000", "--project", str(project.root))
    assert one_line_error(run) == (
        f"error: {url}: the decoded document is over the 1000000-byte cap"
    )
    assert server.hits["/bomb.json"] == 1  # not retried
    assert tree_snapshot(project.root) == before


def test_layered_encodings_are_refused(project: Config, server: ScriptedServer) -> None:
    double = gzip.compress(gzip.compress(b" " * 1_000_000))
    url = server.add("/double.json", Reply(200, double, {"Content-Encoding": "gzip, gzip"}))
    run = cli("fetch", url, "--project", str(project.root))
    assert one_line_error(run) == (
        f"error: {url}: the server sent Content-Encoding: gzip, gzip; "
        "specbind undoes one layer of gzip or deflate only"
    )


def test_a_gzipped_document_is_stored_decoded(project: Config, server: ScriptedServer) -> None:
    url = server.add(
        "/small.json", Reply(200, gzip.compress(DOCUMENT), {"Content-Encoding": "gzip"})
    )
    run = cli("fetch", url, "--project", str(project.root))
    assert run.returncode == 0, run.stderr
    assert (project.api_spec_dir / "7.0.0" / "openapi.json").read_bytes() == DOCUMENT


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/openapi.json"])
def test_redirect_to_another_scheme_is_refused_at_once(
    project: Config, server: ScriptedServer, target: str
) -> None:
    url = server.add("/moved", Reply(302, b"", {"Location": target}))
    before = tree_snapshot(project.root)
    run = cli("fetch", url, "--retries", "3", "--project", str(project.root))
    assert one_line_error(run) == (
        f"error: {url}: redirected to {target}; only http:// and https:// URLs can be fetched"
    )
    assert server.hits["/moved"] == 1
    assert run.elapsed < 1  # no backoff waits
    assert tree_snapshot(project.root) == before


BAD_NUMBERS = [
    (("--timeout", "-5"), "--timeout must be more than 0 and at most 86400 seconds, not -5"),
    (("--timeout", "0"), "--timeout must be more than 0 and at most 86400 seconds, not 0"),
    (("--timeout", "soon"), "--timeout must be a number, not 'soon'"),
    (("--timeout", "nan"), "--timeout must be a number of seconds, not nan"),
    (("--retries", "-1"), "--retries must be from 0 to 20, not -1"),
    (("--retries", "2.5"), "--retries must be a whole number, not '2.5'"),
    (("--max-bytes", "0"), "--max-bytes must be more than 0, not 0"),
    (("--max-bytes", "-10"), "--max-bytes must be more than 0, not -10"),
    (("--max-bytes", "1e6"), "--max-bytes must be a whole number, not '1e6'"),
]


@pytest.mark.parametrize("command", ["fetch", "upgrade"])
@pytest.mark.parametrize(
    ("args", "message"), BAD_NUMBERS, ids=[" ".join(a) for a, _ in BAD_NUMBERS]
)
def test_bad_numbers_are_one_line_usage_errors(
    project: Config, command: str, args: tuple[str, str], message: str
) -> None:
    before = tree_snapshot(project.root)
    run = cli(command, "http://127.0.0.1:9/x.json", *args, "--project", str(project.root))
    assert one_line_error(run) == f"error: {message}"
    assert tree_snapshot(project.root) == before


# -- killed runs -------------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[2]
SMALL_API = {
    "openapi": "3.0.3",
    "info": {"title": "small", "version": "1.0.0"},
    "servers": [{"url": "http://127.0.0.1:1"}],
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "get_thing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
            }
        }
    },
}


def small_project(root: Path) -> Path:
    """A project of one small document, rendered with this repository's templates."""
    root.mkdir()
    (root / "pyproject.toml").write_text(
        '[tool.specbind]\napi = "small"\nspec-version = "1.0.0"\n'
        'client-package = "small_client"\nserver-package = "small_server"\n',
        encoding="utf-8",
    )
    (root / "spec").mkdir()
    (root / "templates").symlink_to(REPO / "templates")
    document = root / "openapi.json"
    document.write_text(json.dumps(SMALL_API), encoding="utf-8")
    return document


def children(pid: int) -> dict[int, str]:
    """The processes whose parent is `pid`, with their command lines."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text(encoding="ascii", errors="replace")
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(text[text.rfind(")") + 2 :].split()[1]) == pid:
            found[int(stat.parent.name)] = command
    return found


@pytest.mark.skipif(
    sys.platform != "linux", reason="reads /proc; the parent-death signal is Linux's"
)
def test_a_killed_generate_leaves_no_child_and_its_staging_goes_next_run(tmp_path: Path) -> None:
    from specbind.processes import owner_alive, owner_token

    document = small_project(tmp_path / "project")
    # datamodel-code-generator, as specbind starts it (`python -m`), replaced by one that
    # takes a minute: a child that could only end early by dying with its parent
    slow = tmp_path / "slow" / "datamodel_code_generator"
    slow.mkdir(parents=True)
    (slow / "__init__.py").write_text("")
    (slow / "__main__.py").write_text("import time\ntime.sleep(60)\n")
    process = subprocess.Popen(
        [str(SPECBIND), "generate", "--spec", str(document), "--project", str(document.parent)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(slow.parent)},
        start_new_session=True,  # only so the finally below can clean up after a failure
    )
    try:
        deadline = time.monotonic() + 60
        running: dict[int, str] = {}
        while process.poll() is None and time.monotonic() < deadline:
            running = {
                pid: command
                for pid, command in children(process.pid).items()
                if "datamodel_code_generator" in command
            }
            if running:
                break
            time.sleep(0.005)
        assert running, "generate ended before it started a child process; nothing was tested"
        tokens = {owner_token(pid): command for pid, command in running.items()}
        os.kill(process.pid, signal.SIGKILL)  # the parent only, not its process group
        process.wait()
        stop = time.monotonic() + 3
        while any(owner_alive(t) for t in tokens) and time.monotonic() < stop:
            time.sleep(0.02)
        assert [c for t, c in tokens.items() if owner_alive(t)] == []
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    root = document.parent
    debris = sorted(p.name for p in root.iterdir() if p.name.startswith("."))
    assert len(debris) == 1 and debris[0].startswith(f".generated.staging.{process.pid}-"), debris
    assert (
        subprocess.run(
            ["git", "check-ignore", "-q", "--no-index", f"{debris[0]}/client/README.md"],
            cwd=REPO,
            check=False,
        ).returncode
        == 0
    )  # .gitignore covers it

    run = cli("generate", "--spec", str(document), "--project", str(root))
    assert run.returncode == 0, run.stderr
    assert [p.name for p in root.iterdir() if p.name.startswith(".")] == []
    assert sorted(p.name for p in (root / "generated").iterdir()) == ["client", "server"]


# -- reports -----------------------------------------------------------------------------

# Characters that each encoding changes, and still a valid header value.
ECHOED_KEY = 'sbk/7f+3a9"c2e&never<print>me=='
ECHO_API = {
    "openapi": "3.0.3",
    "info": {"title": "echo", "version": "1.0.0"},
    "servers": [{"url": "http://127.0.0.1:1"}],
    "security": [{"token": []}],
    "paths": {
        "/echo": {
            "get": {
                "operationId": "echo",
                "responses": {
                    # the echo never has "id": every answer is a failure quoting the body
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"type": "object", "required": ["id"]}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "securitySchemes": {"token": {"type": "apiKey", "in": "header", "name": "Authorization"}}
    },
}


@contextmanager
def echoing_server() -> Iterator[str]:
    """Answers every request with the key of its Authorization header echoed in every
    form: one response header per form, and a JSON body holding all of them."""

    class Echo(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            key = (self.headers.get("Authorization") or "").removeprefix("Api-Token ")
            forms = echoed_forms(key) if key else {}
            body = json.dumps(forms).encode()
            self.send_response(200 if key else 401)
            for name, value in forms.items():
                if value.isascii():
                    self.send_header(f"X-Echo-{name}", value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serving(Echo) as url:
        yield url


def strings(value: object) -> Iterator[str]:
    """Every string inside a decoded JSON value, keys too."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def test_reports_keep_no_form_of_an_echoed_key(tmp_path: Path) -> None:
    document = tmp_path / "echo.json"
    document.write_text(json.dumps(ECHO_API), encoding="utf-8")
    report_dir = tmp_path / "report"
    env = {**os.environ, "ECHO_KEY": ECHOED_KEY}
    with echoing_server() as url:
        done = subprocess.run(
            [
                str(SPECBIND), "contract", "--project", str(REPO), "--spec", str(document),
                "--url", url, "--api-key-env", "ECHO_KEY", "--max-examples", "1",
                "--report-dir", str(report_dir),
            ],
            capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr  # it ran, and found the failure
    har = (report_dir / "requests.har").read_text(encoding="utf-8")
    junit = (report_dir / "junit.xml").read_text(encoding="utf-8")
    entries = json.loads(har)["log"]["entries"]
    echoed = [
        h
        for e in entries
        for h in e["response"]["headers"]
        if h["name"].lower().startswith("x-echo")
    ]
    assert len(echoed) >= len(echoed_forms(ECHOED_KEY)) - 2  # the echo reached the report
    assert "[REDACTED]" in junit  # the failure quotes the echoed body
    decoded = [
        base64.b64decode(e["response"]["content"]["text"]).decode("utf-8", "replace")
        for e in entries
        if e["response"]["content"].get("encoding") == "base64"
    ]
    texts = {
        "stdout": done.stdout,
        "stderr": done.stderr,
        "junit.xml": junit,
        "requests.har": har,
        "requests.har (decoded)": "\n".join(strings(json.loads(har))),
        "requests.har (base64 bodies)": "\n".join(decoded),
    }
    key_core = ECHOED_KEY.strip("=")
    for where, text in texts.items():
        for form, value in echoed_forms(ECHOED_KEY).items():
            assert value not in text, f"{form} form of the key in {where}"
        assert key_core not in text, where
