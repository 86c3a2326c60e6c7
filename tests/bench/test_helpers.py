"""The bench's measuring helpers: process timing, output counting, the servers it loads."""

from __future__ import annotations

import sys
from pathlib import Path

from bench_generation import (
    REPO,
    _alternate,
    count_operation_modules,
    count_routes,
    timed_run,
    tree_digest,
)
from bench_servers import AUTH_HEADER_VALUE, PATH, QUERY, hand_app, mentor_access_body, stub_app
from fastapi.testclient import TestClient


def test_timed_run_reports_time_peak_memory_and_output() -> None:
    code = "block = bytearray(60_000_000); block[::4096] = b'x' * len(block[::4096]); print('done')"
    run = timed_run([sys.executable, "-c", code], Path.cwd(), timeout=60)
    assert run.ok
    assert run.output.strip() == "done"
    assert run.peak_mb > 60
    assert 0 < run.seconds < 60


def test_a_failed_run_names_its_first_error_with_short_paths() -> None:
    document = REPO / ".cache" / "corpus" / "docs" / "github.json"
    code = f"print('working'); print('error: {document}: #/paths: bad'); print('tail'); exit(2)"
    run = timed_run([sys.executable, "-c", code], Path.cwd(), timeout=60)
    assert run.returncode == 2
    assert run.failure() == "exit 2: error: github.json: #/paths: bad"


def test_a_run_over_its_time_is_killed() -> None:
    run = timed_run([sys.executable, "-c", "import time; time.sleep(30)"], Path.cwd(), timeout=0.5)
    assert run.returncode == -9
    assert run.seconds < 10
    assert run.failure() == "exit -9: timed out after 0 s"


def test_counts_of_generated_operations_and_routes(tmp_path: Path) -> None:
    api = tmp_path / "pkg" / "api" / "users"
    api.mkdir(parents=True)
    for name in ("__init__.py", "get_user.py", "list_users.py"):
        (api / name).write_text("")
    assert count_operation_modules(tmp_path) == 2
    routers = tmp_path / "routers.py"
    routers.write_text(
        '@router.get(\n    "/a",\n)\nasync def a(): ...\n'
        '@router.post("/b")\nasync def b(): ...\n'
        'x = data.get("operationId")\n'
    )
    assert count_routes(tmp_path) == 2


def test_tree_digest_sees_content_and_names_only(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    first = tree_digest(tmp_path)
    cache = tmp_path / "__pycache__"
    cache.mkdir()
    (cache / "a.pyc").write_bytes(b"\0")
    assert tree_digest(tmp_path) == first
    (tmp_path / "a.py").write_text("x = 2\n")
    assert tree_digest(tmp_path) != first


def test_both_fastapi_apps_answer_the_same_body_and_refuse_a_wrong_key() -> None:
    bodies = []
    for app in (stub_app(), hand_app()):
        with TestClient(app) as client:
            answer = client.get(PATH, params=QUERY, headers={"Authorization": AUTH_HEADER_VALUE})
            assert answer.status_code == 200
            bodies.append(answer.json())
            refused = client.get(PATH, params=QUERY, headers={"Authorization": "Api-Token no"})
            assert refused.status_code == 401
    assert bodies[0] == bodies[1] == mentor_access_body()


def test_every_generation_run_starts_from_an_empty_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    # fails when its output directory is already there, as a skipped regeneration would not
    make = [
        sys.executable,
        "-c",
        "import sys, pathlib; pathlib.Path(sys.argv[1]).mkdir()",
        str(out),
    ]
    mine, theirs = _alternate(3, make, None, timeout=60, outputs=(out,))
    assert [run.ok for run in mine] == [True, True, True]
    assert theirs == []
    kept, _ = _alternate(2, make, None, timeout=60)
    assert [run.ok for run in kept] == [False]  # the directory was left: no second run


def test_specbind_is_timed_from_bytecode_as_pip_installs_the_peers() -> None:
    import importlib.util

    from bench import compile_specbind

    cli = REPO / "src" / "specbind" / "cli.py"
    compile_specbind()
    cached = Path(importlib.util.cache_from_source(str(cli)))
    assert cached.is_file()
    assert cached.stat().st_mtime >= cli.stat().st_mtime
