"""`--only full-api`: the figures on the full real API, the stored 4.202.2 document.

spec/ibl-data-manager/4.202.2-ai-plus/openapi.json (1,368 operations): client and server
generation time and peak memory beside their peers (the generation figures' own code),
the mock's start-up (cold: an empty specbind cache; warm: the second start), a no-op
`specbind generate` and `specbind check` in a scratch project generated from it.

The scratch project is a copy of this repository's configuration with its spec version
set to 4.202.2, its spec/ and templates/; nothing of the repository is written.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path

from bench_generation import (
    CHILD_ENV,
    REPO,
    VENV_BIN,
    Run,
    _sample,
    bench_venv,
    client_generation,
    server_generation,
    timed_run,
    tree_digest,
)
from bench_runtime import free_port
from bench_stats import Figure, Sample, Target

FULL_API_VERSION = "4.202.2-ai-plus"
FULL_API_LABEL = "ibl-data-manager 4.202.2"
FULL_API_DOCUMENT = REPO / "spec" / "ibl-data-manager" / FULL_API_VERSION / "openapi.json"
SPEC_VERSION_LINE = re.compile(r'^spec-version\s*=\s*"[^"]*"\s*$', re.MULTILINE)
MOCK_TIMEOUT = 600.0
# The bounds on the full API: client generation, and import plus `Client()`.
CLIENT_GENERATION_BUDGET = 15.0
CLIENT_IMPORT_BUDGET = 0.3
# The vendor's own SDK for the same API (openapi-generator), in its own virtualenv.
VENDOR_SDK = "iblai"
VENDOR_SDK_VERSION = "4.202.2"

# Run in a fresh interpreter: import and make a client (`setup`), then use one resource
# for the first time (`first_use`); prints the two times, the peak RSS and module count.
IMPORT_PROGRAM = """\
import json, resource, sys, time
start = time.perf_counter()
{setup}
made = time.perf_counter()
{first_use}
used = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"import": made - start, "first_use": used - made, "peak_mb": peak,
                  "modules": len(sys.modules)}}))
"""
OURS_SETUP = (
    "import {package} as package\n"
    "client = package.Client(api_key='k', base_url='http://127.0.0.1:9')"
)
OURS_FIRST_USE = "client.core.rbac.groups.destroy"
VENDOR_SETUP = (
    "import iblai\nclient = iblai.ApiClient(iblai.Configuration(host='http://127.0.0.1:9'))"
)
VENDOR_FIRST_USE = "iblai.CoreApi(client).core_rbac_groups_destroy"


def scratch_pyproject(text: str, spec_version: str) -> str:
    """This project's pyproject.toml with `[tool.specbind] spec-version` set to `spec_version`."""
    replaced, count = SPEC_VERSION_LINE.subn(f'spec-version = "{spec_version}"', text)
    if count != 1:
        raise ValueError(f"pyproject.toml has {count} spec-version lines, expected one")
    return replaced


def make_scratch_project(root: Path, spec_version: str = FULL_API_VERSION) -> Path:
    """A project in `root` configured like this one but on `spec_version` (nothing generated)."""
    root.mkdir(parents=True, exist_ok=True)
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(scratch_pyproject(text, spec_version), encoding="utf-8")
    shutil.copytree(REPO / "spec", root / "spec")
    shutil.copytree(REPO / "templates", root / "templates")
    if (REPO / "server_impl").is_dir():
        shutil.copytree(REPO / "server_impl", root / "server_impl")
    return root


def time_until_answers(
    command: Sequence[str],
    url: str,
    timeout: float,
    env: Mapping[str, str] | None = None,
    cwd: Path = REPO,
) -> Run:
    """Start `command` and time it until `url` gives any HTTP answer; then stop it.

    A process that exits first, or does not answer within `timeout`, is a failed run
    (its output says why).
    """
    with (
        tempfile.TemporaryFile() as log,
        subprocess.Popen(
            list(command),
            cwd=cwd,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=dict(env if env is not None else CHILD_ENV),
        ) as process,
    ):
        start = time.perf_counter()
        returncode, why = 0, ""
        try:
            while True:
                if process.poll() is not None:
                    returncode, why = process.returncode or 1, "exited before answering"
                    break
                try:
                    urllib.request.urlopen(url, timeout=2).close()
                    break
                except urllib.error.HTTPError:
                    break  # an HTTP error status is an answer
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
                if time.perf_counter() - start > timeout:
                    returncode, why = -9, f"did not answer within {timeout:.0f} s"
                    break
                time.sleep(0.05)
            seconds = time.perf_counter() - start
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    return Run(seconds, 0.0, returncode, f"{output}\n{why}" if why else output)


def mock_startup(project: Path, document: Path, cache: Path, timeout: float) -> tuple[Run, Run]:
    """`specbind mock --spec DOC` until it answers: cold (empty cache), then warm."""
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    env = {**CHILD_ENV, "SPECBIND_CACHE_DIR": str(cache)}
    runs = []
    for _ in range(2):
        port = free_port()
        command = [
            str(VENV_BIN / "specbind"), "mock", "--spec", str(document),
            "--port", str(port), "--project", str(project),
        ]  # fmt: skip
        runs.append(time_until_answers(command, f"http://127.0.0.1:{port}/", timeout, env))
    return runs[0], runs[1]


def _single(figure: str, run: Run, note: str, failure: str = "") -> Figure:
    """A row of one run of ours, no peer and no target."""
    return Figure(
        figure=figure,
        document=FULL_API_LABEL,
        ours=Sample((run.seconds,), "s") if run.ok and not failure else None,
        peer=None,
        peer_name="",
        target=None,
        failure=failure or ("" if run.ok else run.failure()),
        note=note,
    )


def generation_budget(client_time: Figure) -> Figure:
    """The issue's absolute bound on the full API's client generation (15 s here)."""
    return Figure(
        figure="client generation, whole API",
        document=FULL_API_LABEL,
        ours=client_time.ours,
        peer=None,
        peer_name="",
        target=Target("at_most", CLIENT_GENERATION_BUDGET, absolute=True),
        failure=client_time.failure,
        note="the same runs as the row above; 1,368 operations on this machine",
    )


def import_measure(python: Path, setup: str, first_use: str, cwd: Path, pythonpath: str) -> Run:
    """One fresh interpreter running `IMPORT_PROGRAM`: `Run.seconds` is the import and
    construction time, `peak_mb` the peak RSS; its output is the program's JSON."""
    program = IMPORT_PROGRAM.format(setup=setup, first_use=first_use)
    env = {**CHILD_ENV, "PYTHONPATH": pythonpath}
    result = subprocess.run(
        [str(python), "-c", program],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if result.returncode != 0:
        return Run(0.0, 0.0, result.returncode, result.stderr or result.stdout)
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return Run(float(data["import"]), float(data["peak_mb"]), 0, result.stdout)


def _first_use(runs: list[Run]) -> Sample | None:
    if not runs or not all(run.ok for run in runs):
        return None
    values = [json.loads(run.output.strip().splitlines()[-1])["first_use"] for run in runs]
    return Sample(tuple(values), "s")


def client_import(client_project: Path, package: str, runs: int) -> list[Figure]:
    """Import of the generated client package and `Client()`, the first use of one
    resource, and the peak memory, each beside the vendor's SDK (`iblai`, generated by
    openapi-generator from the same API) doing the same, alternating fresh interpreters.

    One unmeasured run of each first writes their bytecode caches."""
    ours = (VENV_BIN / "python", OURS_SETUP.format(package=package), OURS_FIRST_USE)
    python, why = bench_venv(
        f"{VENDOR_SDK}-{VENDOR_SDK_VERSION}", f"{VENDOR_SDK}=={VENDOR_SDK_VERSION}", "python"
    )
    peer_name = f"{VENDOR_SDK} {VENDOR_SDK_VERSION} (openapi-generator)"
    mine: list[Run] = []
    theirs: list[Run] = []
    for index in range(runs + 1):
        run = import_measure(*ours, client_project, str(client_project))
        if index:
            mine.append(run)
        if python is not None:
            run = import_measure(python, VENDOR_SETUP, VENDOR_FIRST_USE, client_project, "")
            if index:
                theirs.append(run)
    failure = next((r.failure() for r in mine if not r.ok), "")
    peer_failure = why or next((r.failure() for r in theirs if not r.ok), "")
    modules = [json.loads(r.output.strip().splitlines()[-1])["modules"] for r in mine if r.ok]
    peer_modules = [
        json.loads(r.output.strip().splitlines()[-1])["modules"] for r in theirs if r.ok
    ]
    counts = f"modules loaded: specbind {modules[-1] if modules else '-'}, " + (
        f"peer {peer_modules[-1]}" if peer_modules else "peer -"
    )

    def row(
        figure: str,
        sample_ours: Sample | None,
        sample_peer: Sample | None,
        target: Target | None,
        note: str,
    ) -> Figure:
        return Figure(
            figure=figure,
            document=FULL_API_LABEL,
            ours=sample_ours,
            peer=sample_peer,
            peer_name=peer_name,
            target=target,
            failure=failure,
            peer_failure=peer_failure,
            note=note,
        )

    return [
        row(
            "client import + Client()",
            _sample(mine, "seconds", "s"),
            _sample(theirs, "seconds", "s") if python is not None else None,
            Target("at_most", CLIENT_IMPORT_BUDGET, absolute=True),
            f"fresh interpreter, bytecode cached; {counts}",
        ),
        row(
            "client first use of a resource (no request)",
            _first_use(mine),
            _first_use(theirs) if python is not None else None,
            None,
            "client.core.rbac.groups.destroy (peer: CoreApi(client).core_rbac_groups_destroy)",
        ),
        row(
            "client import peak RSS",
            _sample(mine, "peak_mb", "MB"),
            _sample(theirs, "peak_mb", "MB") if python is not None else None,
            None,
            "the interpreter's high-water mark after import, Client() and first use",
        ),
    ]


def full_api(runs: int, work: Path, timeout: float = 900.0) -> list[Figure]:
    """Every full-API figure, in the table's order."""
    document = FULL_API_DOCUMENT
    figures: list[Figure] = []
    client_time, client_memory = client_generation(FULL_API_LABEL, document, runs, work, timeout)
    server_time, server_memory = server_generation(FULL_API_LABEL, document, runs, work, timeout)
    figures += [client_time, generation_budget(client_time), client_memory]
    figures += [server_time, server_memory]
    project = make_scratch_project(work / "full-api-project")
    cold, warm = mock_startup(project, document, work / "full-api-cache", MOCK_TIMEOUT)
    cold_note = "empty specbind cache; until GET / answers (any status)"
    figures.append(_single("mock start-up, cold", cold, cold_note))
    figures.append(_single("mock start-up, warm", warm, "second start, cache kept"))

    generate = [str(VENV_BIN / "specbind"), "generate", "--project", str(project)]
    first = timed_run(generate, project, timeout)
    if not first.ok:
        failure = f"first generation failed: {first.failure()}"
        for name in ("regeneration, nothing changed", "specbind check"):
            figures.append(_single(name, first, "", failure))
        return figures
    settings = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    package = settings["tool"]["specbind"]["client-package"]
    figures.extend(client_import(project / "generated" / "client", package, max(runs, 5)))
    before = tree_digest(project / "generated")
    again = [timed_run(generate, project, timeout) for _ in range(max(runs, 3))]
    identical = all(run.ok for run in again) and tree_digest(project / "generated") == before
    figures.append(
        Figure(
            figure="regeneration, nothing changed",
            document=FULL_API_LABEL,
            ours=_sample(again, "seconds", "s"),
            peer=None,
            peer_name="",
            target=Target("at_most", 1.0, absolute=True),
            failure=next((r.failure() for r in again if not r.ok), "")
            or ("" if identical else "output changed between runs"),
            note=f"scratch project, client + server; first generation {first.seconds:.1f} s; "
            + ("byte-identical" if identical else "NOT byte-identical"),
        )
    )
    check = [str(VENV_BIN / "specbind"), "check", "--project", str(project)]
    checks = [timed_run(check, project, timeout) for _ in range(runs)]
    figures.append(
        Figure(
            figure="specbind check",
            document=FULL_API_LABEL,
            ours=_sample(checks, "seconds", "s"),
            peer=None,
            peer_name="",
            target=None,
            failure=next((r.failure() for r in checks if not r.ok), ""),
            note="scratch project generated from 4.202.2; clean",
        )
    )
    return figures
