"""Generate client and server for every corpus document and prove the output is whole.

For each document (fetched by scripts/fetch_corpus.py, or given on the command line):
generate the client and the server stubs into a scratch directory, import every
generated module in a fresh interpreter, run ruff on both projects, and count the
operations three ways: in the document, client operation modules, server routes. A
document passes only when all three counts agree, everything imports and ruff is clean.

    python scripts/corpus.py                       # the whole fetched corpus
    python scripts/corpus.py github stripe         # some of it
    python scripts/corpus.py path/to/openapi.json  # any document
    python scripts/corpus.py --json out.json       # also write the table as JSON
    python scripts/corpus.py --sample              # the rule-chosen sample (make corpus-sample)
    python scripts/corpus.py --sample --engine openapi-python-client   # the peer alone
    python scripts/corpus.py --table ours.json [--peer peer.json]      # README's table

`--engine openapi-python-client` judges the peer the same way on its own output (exit 0,
every module imports, one operation module per document operation), without ruff.

Each document runs in its own worker process (`--one`), so a crash or a timeout in one
document is that document's result, not the end of the run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / ".cache" / "corpus" / "docs"
SAMPLE = ROOT / ".cache" / "corpus" / "sample"
ENGINES = ("specbind", "openapi-python-client")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TIMEOUT = 900.0

# Imports every module of a package and prints how many there were; for the server it
# also builds the app and counts the operations it serves (those its openapi.json lists).
_IMPORT_CHECK = """
import importlib, json, pkgutil, sys
package, server = sys.argv[1], sys.argv[2] == "server"
root = importlib.import_module(package)
names = [package] + [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
for name in names:
    importlib.import_module(name)
routes = None
if server:
    app = importlib.import_module(package + ".app").create_app()
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    routes = sum(len(methods & set(item)) for item in app.openapi()["paths"].values())
print(json.dumps({"modules": len(names), "routes": routes}))
"""


@dataclass
class Result:
    document: str
    openapi: str
    operations: int
    client: int | None = None
    server: int | None = None
    modules: int | None = None
    seconds: float = 0.0
    result: str = "error"
    detail: str = ""


# Failure class of a result's detail: (pattern, class, rule). First match wins. Each rule
# has a minimal document in tests/corpus/shapes/ or a test beside its code.
FAILURE_CLASSES: tuple[tuple[str, str, str], ...] = (
    (
        r"isoformat|cannot parse parameter|cannot have a default",
        "odd default",
        "no default; the docstring names it",
    ),
    (r"lists no servers", "no `servers`", "the client asks for `base_url`"),
    (r"is not absolute", "relative server URL", "kept as the base path"),
    (r"no attribute 'construct'", "bare JSON primitive response", "the Python value"),
    (r"cookie parameters", "cookie parameter", "sent as cookies"),
    (r"is not allowed in path", "nullable path parameter", "the null goes"),
    (r"Could not find reference", "ref the engine cannot place", "rewritten or raw JSON"),
    (
        r"Incorrect path templating",
        "path template and parameters disagree",
        "the template's names win",
    ),
    (r"model_type|callback|webhook", "callbacks / webhooks", "left out of the client, warned"),
    (
        r"ruff on .*E741",
        "ruff E741 on a document's name (`I`)",
        "E741 ignored in generated projects",
    ),
    (
        r"responses/description, even with",
        "a `default` response taken for a schema default",
        "the client's default rewrite skips maps of names",
    ),
    (
        r"'#/components/(responses|parameters|requestBodies|headers|examples)/[^']*' has no "
        r"generated model",
        "a schema `$ref` to another kind of object",
        "any JSON value, warned",
    ),
    (
        r"has no generated model",
        "schema named like a models import (`Field`)",
        "renamed before generation",
    ),
    (
        r"Enum values must all be|Unsupported enum type",
        "enum members of another type",
        "members the type refuses dropped",
    ),
    (
        r"the document has \d+ error",
        "the document is invalid",
        "refused naming the bad keyword's pointer",
    ),
    (r"duplicate models", "a titled schema's request view", "the view does not copy the title"),
    (
        r"request options; rename",
        "a parameter named like a call option",
        "location prefix (`query_timeout`)",
    ),
    (r"no operations to serve", "no operations (`paths: {}`)", "refused naming #/paths"),
    (
        r"Cannot take allOf a non-object",
        "allOf with a non-object member",
        "a typeless `nullable` member only annotates",
    ),
    (r"can't redefine an enum|can't be merged", "allOf members that disagree", "raw JSON, warned"),
    (
        r"regex exceeds size limit|look-around",
        "a pattern pydantic cannot compile (server)",
        "the server does not check it, warned",
    ),
    (
        r"ruff on .*W291",
        "trailing whitespace in generated code",
        "docstrings ruff leaves alone are stripped",
    ),
    (
        r"ruff on .*B008",
        "ruff B008 on a date default",
        "date, date-time, UUID defaults are immutable calls",
    ),
    (r"ruff on .*F821 Undefined name `Any`", "`Any` not imported", "resources import it"),
    (
        r"Cannot use `Query` for path param",
        "a query string in a path key",
        "query parameters of the path before `?`",
    ),
    (
        r"Path parameters cannot have default values",
        "a query parameter named like a path parameter",
        "path parameters claim their names first",
    ),
    (
        r"ruff format failed",
        "ruff format died without a message (5.5 MB document)",
        "not reproduced",
    ),
    (r"import failed", "generated code does not import", ""),
    (r"ruff on", "generated code fails ruff", ""),
)


def failure_class(result: dict[str, Any]) -> tuple[str, str]:
    """(class, rule) of one failed result, from its detail."""
    import re

    if result["result"] == "count":
        return "operations dropped", ""
    if result["result"] in ("timeout", "crash"):
        return result["result"], ""
    for pattern, name, rule in FAILURE_CLASSES:
        if re.search(pattern, result["detail"]):
            return name, rule
    return "other", ""


def markdown_table(ours: list[dict[str, Any]], peer: list[dict[str, Any]] | None = None) -> str:
    """The README's table: the rate, then every failure with its class and rule."""
    import re

    names = {r["document"] for r in ours}
    peer = [r for r in peer or [] if r["document"] in names]
    passed = sum(r["result"] == "ok" for r in ours)
    lines = [f"specbind: **{passed} of {len(ours)}** ({100 * passed / len(ours):.0f}%) whole"]
    if peer:
        peer_passed = sum(r["result"] == "ok" for r in peer)
        lines[0] += (
            f"; openapi-python-client alone on the same documents: **{peer_passed} of "
            f"{len(peer)}** ({100 * peer_passed / len(peer):.0f}%)"
        )
    peer_results = {r["document"]: r["result"] for r in peer}
    lines += ["", "| document | class | rule | detail | peer |", "| --- | --- | --- | --- | --- |"]
    for result in ours:
        if result["result"] == "ok":
            continue
        name, rule = failure_class(result)
        detail = " ".join(result["detail"].split())
        detail = re.sub(r"/\S*/([^/\s]+\.(json|yaml)|templates/\S+)", r"\1", detail)
        detail = detail[:140].replace("|", "\\|")
        lines.append(
            f"| {result['document']} | {name} | {rule or '-'} | {detail or '-'} "
            f"| {peer_results.get(result['document'], '-')} |"
        )
    return "\n".join(lines) + "\n"


def document_operations(data: dict[str, Any]) -> int:
    paths = data.get("paths") or {}
    return sum(
        1
        for item in paths.values()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    )


def _check_imports(project: Path, package: str, kind: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(project), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_CHECK, package, kind],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
        check=False,
        timeout=600,
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"{kind} import failed: {' | '.join(tail)}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _ruff(project: Path, kind: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--quiet", "."],
        capture_output=True,
        text=True,
        cwd=project,
        check=False,
    )
    if done.returncode != 0:
        lines = (done.stdout or done.stderr).strip().splitlines()
        raise RuntimeError(f"ruff on {kind}: {len(lines)} line(s), first: {lines[:1]}")


def _load(path: Path) -> dict[str, Any]:
    if path.suffix == ".json":
        data: dict[str, Any] = json.loads(path.read_text())
        return data
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(path.read_text())
    return loaded


def _exception_detail(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)[-2:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames))
    return f"{type(exc).__name__}: {exc} at {where}"[:600]


def run_peer(name: str, path: Path) -> Result:
    """openapi-python-client alone on one document, judged as `run_one` judges specbind."""
    data = _load(path)
    result = Result(
        document=name, openapi=str(data.get("openapi", "?")), operations=document_operations(data)
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"corpus-peer-{name}-") as scratch:
        out = Path(scratch) / "client"
        peer = Path(sys.executable).with_name("openapi-python-client")
        command = [str(peer), "generate", "--path", str(path), "--output-path", str(out)]
        env = {**os.environ, "PATH": f"{peer.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, env=env, check=False, timeout=600
            )
            if done.returncode != 0:
                tail = (done.stderr or done.stdout).strip().splitlines()[-2:]
                raise RuntimeError(f"exit {done.returncode}: {' | '.join(tail)}")
            package = next(p.parent.name for p in out.glob("*/__init__.py"))
            result.client = sum(
                1 for p in out.glob(f"{package}/api/*/*.py") if p.name != "__init__.py"
            )
            result.modules = _check_imports(out, package, "client")["modules"]
            if result.client != result.operations:
                result.result = "count"
                result.detail = "operation counts differ"
            else:
                result.result = "ok"
        except Exception as exc:
            result.detail = _exception_detail(exc)
    result.seconds = round(time.perf_counter() - started, 1)
    return result


def run_one(name: str, path: Path) -> Result:
    """Generate, import, lint and count one document (in this process)."""
    from specbind.client import generate_client
    from specbind.config import Config
    from specbind.errors import SpecbindError
    from specbind.server import generate_server

    data = _load(path)
    result = Result(
        document=name, openapi=str(data.get("openapi", "?")), operations=document_operations(data)
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"corpus-{name}-") as scratch:
        root = Path(scratch)
        package = "".join(c if c.isalnum() else "_" for c in name.lower())
        if not package[:1].isalpha():
            package = f"api_{package}"
        config = Config(
            root=root,
            api="corpus",
            spec_version="1.0.0",
            spec_dir=root / "spec",
            templates_dir=ROOT / "templates",
            output_dir=root / "generated",
            client_package=f"{package}_client",
            server_package=f"{package}_server",
        )
        try:
            generate_client(config, path, config.client_output)
            generate_server(config, path, config.server_output)
            client_dir = config.client_output / config.client_package
            result.client = sum(
                1 for p in (client_dir / "api").rglob("*.py") if p.name != "__init__.py"
            )
            client = _check_imports(config.client_output, config.client_package, "client")
            server = _check_imports(config.server_output, config.server_package, "server")
            result.server = server["routes"]
            result.modules = client["modules"] + server["modules"]
            _ruff(config.client_output, "client")
            _ruff(config.server_output, "server")
            if result.client != result.operations or result.server != result.operations:
                result.result = "count"
                result.detail = "operation counts differ"
            else:
                result.result = "ok"
        except SpecbindError as exc:
            problems = "; ".join(f"{p.pointer or ''} {p.message}".strip() for p in exc.problems[:3])
            result.detail = f"{exc.message} {problems}"[:600]
        except Exception as exc:
            result.detail = _exception_detail(exc)
    result.seconds = round(time.perf_counter() - started, 1)
    return result


def _run_worker(name: str, path: Path, engine: str, timeout: float = TIMEOUT) -> Result:
    """`run_one` in a child process: a crash or a timeout is this document's result."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--engine", engine, "--one", name, str(path)],
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return Result(name, "?", 0, seconds=timeout, result="timeout")
    lines = done.stdout.strip().splitlines()
    if done.returncode == 0 and lines:
        return Result(**json.loads(lines[-1]))
    tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
    seconds = round(time.perf_counter() - started, 1)
    return Result(name, "?", 0, seconds=seconds, result="crash", detail=tail[:600])


def _table(results: list[Result]) -> str:
    header = ("document", "openapi", "ops", "client", "server", "modules", "time s", "result")
    rows = [
        (
            r.document,
            r.openapi,
            str(r.operations),
            "-" if r.client is None else str(r.client),
            "-" if r.server is None else str(r.server),
            "-" if r.modules is None else str(r.modules),
            f"{r.seconds:.1f}",
            r.result,
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        if r.detail:
            lines.append(f"{r.document}: {r.detail}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="*", help="corpus names or document paths")
    parser.add_argument("--json", type=Path, help="write the results as JSON here")
    parser.add_argument("--sample", action="store_true", help="the sample, not the named 17")
    parser.add_argument("--engine", choices=ENGINES, default="specbind")
    parser.add_argument("--table", type=Path, help="print README's table from a results JSON")
    parser.add_argument("--peer", type=Path, help="with --table: the peer's results JSON")
    parser.add_argument(
        "--timeout", type=float, default=TIMEOUT, help="seconds per document (default 900)"
    )
    parser.add_argument("--one", nargs=2, metavar=("NAME", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.table:
        peer = json.loads(args.peer.read_text()) if args.peer else None
        print(markdown_table(json.loads(args.table.read_text()), peer), end="")
        return 0
    if args.one:
        run = run_one if args.engine == "specbind" else run_peer
        print(json.dumps(asdict(run(args.one[0], Path(args.one[1])))))
        return 0
    docs = SAMPLE if args.sample else DOCS
    chosen: list[tuple[str, Path]] = []
    for item in args.documents or sorted(p.name.removesuffix(".json") for p in docs.glob("*.json")):
        path = Path(item)
        if path.is_file():
            chosen.append((path.stem, path))
        else:
            chosen.append((item, docs / f"{item}.json"))
    if not chosen:
        print("no documents: run scripts/fetch_corpus.py first", file=sys.stderr)
        return 2
    results = []
    for name, path in chosen:
        result = _run_worker(name, path, args.engine, args.timeout)
        print(f"{result.document:24} {result.result:8} {result.seconds:7.1f}s", flush=True)
        results.append(result)
        if args.json:
            args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    passed = sum(r.result == "ok" for r in results)
    print(f"\n{args.engine}: {passed} of {len(results)} whole ({100 * passed / len(results):.0f}%)")
    print()
    print(_table(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0 if all(r.result == "ok" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
