"""`make bench`: specbind's speed beside its peers, measured side by side in one run.

Figures (each a median over repeated runs, as a ratio to the peer measured in the same
run, beside its target):

1. client generation (our spec, a medium public document, GitHub's) against
   `openapi-python-client generate` with no custom templates;
2. server-stub generation against fastapi-code-generator (in its own virtualenv);
3. regeneration when nothing changed (client and server; < 1 s, byte-identical);
4. client overhead per call (sync and async) against raw httpx on the same local server;
5. stub-server throughput against a handwritten FastAPI app under wrk;
6. peak memory of client and server-stub generation, beside the peers';
7. `--only sample` (not in the default run): client generation on the corpus sample
   (`make corpus-sample`'s documents, the first `--sample-size` (20) by the sample's own
   order), document by document beside openapi-python-client, summed up as the median
   and the worst ratio over the sample (targets <= 1.0x and <= 1.5x; the median row
   fails when fewer than 10 documents were measured);
8. `--only full-api` (not in the default run): the full real API, the stored 4.202.2
   document (1,368 operations): client generation time (also against its 15 s bound) and
   server generation time and peak memory beside the peers, the mock's cold and warm
   start-up, the generated client's import + `Client()` (<= 0.3 s), first resource use
   and peak memory beside the vendor's SDK `iblai` (in `.cache/bench-venvs/`), no-op
   regeneration and `specbind check` in a scratch project generated from it
   (`bench_full_api.py`).

The public documents come from the corpus cache (`.cache/corpus/`, filled and checked
against `scripts/corpus.lock.json` by `scripts/fetch_corpus.py`). The table is printed and
written, with every run, to `.cache/bench/results.json` and `.cache/bench/results.md`.

    .venv/bin/python scripts/bench.py [--quick] [--only generation,runtime|client-generation]
        [--documents trello,github]
    .venv/bin/python scripts/bench.py --only full-api
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_full_api import full_api
from bench_generation import client_generation, regeneration, server_generation
from bench_runtime import client_overhead, server_throughput
from bench_stats import SAMPLE_MINIMUM, Figure, render_markdown, results_json, sample_summary

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / ".cache" / "bench"
# table label -> corpus name (scripts/fetch_corpus.py): the public documents measured.
PUBLIC_DOCUMENTS = {"trello (medium)": "trello", "github": "github"}
PARTS = ("generation", "runtime")
# Narrower parts: one figure of the generation half (it still covers every document).
SUBPARTS = {"client-generation": "generation"}
# Parts only run when asked for by name (they take long).
EXTRA_PARTS = ("sample", "full-api")
# `--only sample`'s documents by default: the issue's >= 10 with room for a failing few.
SAMPLE_SIZE = 20


def fetch_documents() -> dict[str, Path]:
    """The public documents, from the corpus cache (fetched and sha256-checked on first use)."""
    try:
        import fetch_corpus
    except ImportError:
        print("bench: no scripts/fetch_corpus.py; public documents skipped", file=sys.stderr)
        return {}
    corpus = fetch_corpus.fetch()
    return {label: corpus[name] for label, name in PUBLIC_DOCUMENTS.items() if name in corpus}


def chosen_documents(names: str, parser: argparse.ArgumentParser) -> dict[str, Path]:
    """The documents `--documents` names (by table label or corpus name), or all of them."""
    wanted = {name.strip() for name in names.split(",") if name.strip()}
    corpus_names = {"ibl-data-manager": "ibl-data-manager", **PUBLIC_DOCUMENTS}
    unknown = wanted - set(corpus_names) - set(corpus_names.values())
    if unknown:
        known = ", ".join(corpus_names.values())
        parser.error(f"--documents takes {known}, not {', '.join(sorted(unknown))}")
    labels = [label for label, name in corpus_names.items() if not wanted or {label, name} & wanted]
    documents: dict[str, Path] = {}
    if "ibl-data-manager" in labels:
        documents["ibl-data-manager"] = our_spec()
    if any(label in PUBLIC_DOCUMENTS for label in labels):
        public = fetch_documents()
        documents.update({label: public[label] for label in labels if label in public})
    return documents


def sample_documents(size: int) -> dict[str, Path]:
    """The first `size` documents of the corpus sample, in the order its rule chose them."""
    import fetch_corpus

    sample = fetch_corpus.fetch_sample()
    order = sorted(sample, key=fetch_corpus.name_digest)
    return {name: sample[name] for name in order[:size]}


def our_spec() -> Path:
    from specbind.config import load_config
    from specbind.openapi.store import SpecStore

    return SpecStore(load_config(REPO)).resolve(None).path


def environment() -> dict[str, object]:
    versions = {}
    for name in (
        "openapi-python-client",
        "datamodel-code-generator",
        "fastapi",
        "uvicorn",
        "httpx",
    ):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cpu(s)",
        "versions": versions,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs: a smoke run, not figures")
    parser.add_argument(
        "--only",
        default=",".join(PARTS),
        help="generation, runtime or both; client-generation: only that figure (and its memory); "
        "sample or full-api (not in the default run)",
    )
    parser.add_argument(
        "--documents",
        default="",
        help="generation on these documents only (comma-separated table labels or corpus names, "
        "e.g. trello or ibl-data-manager; default: all)",
    )
    parser.add_argument(
        "--sample-size",
        type=int,
        default=SAMPLE_SIZE,
        help=f"--only sample: this many documents (default {SAMPLE_SIZE}; the median "
        f"row needs at least {SAMPLE_MINIMUM} measured)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="where results go")
    args = parser.parse_args(argv)
    parts = {part.strip() for part in args.only.split(",") if part.strip()}
    unknown = parts - set(PARTS) - set(SUBPARTS) - set(EXTRA_PARTS)
    if unknown:
        known = ", ".join([*PARTS, *SUBPARTS, *EXTRA_PARTS])
        parser.error(f"--only takes {known}, not {', '.join(sorted(unknown))}")
    gen_runs, big_runs = (1, 1) if args.quick else (5, 3)
    started = time.monotonic()
    compile_specbind()
    figures: list[Figure] = []

    client_only = "client-generation" in parts and "generation" not in parts
    if "generation" in parts or client_only:
        documents = chosen_documents(args.documents, parser)
        with tempfile.TemporaryDirectory(prefix="specbind-bench-") as scratch:
            work = Path(scratch)
            memory: list[Figure] = []
            for name, document in documents.items():
                runs = big_runs if document.stat().st_size > 5_000_000 else gen_runs
                timeout = 600.0
                _progress(started, f"client generation: {name}")
                time_figure, memory_figure = client_generation(name, document, runs, work, timeout)
                figures.append(time_figure)
                memory.append(memory_figure)
                if client_only:
                    continue
                _progress(started, f"server-stub generation: {name}")
                server_time, server_memory = server_generation(name, document, runs, work, timeout)
                figures.append(server_time)
                memory.append(server_memory)
                _progress(started, f"regeneration: {name}")
                figures.append(regeneration(name, document, big_runs, work, timeout))
            figures.extend(memory)

    if "sample" in parts:
        sample = sample_documents(args.sample_size)
        per_document: list[Figure] = []
        with tempfile.TemporaryDirectory(prefix="specbind-bench-sample-") as scratch:
            for index, (name, document) in enumerate(sample.items(), 1):
                _progress(started, f"sample client generation {index}/{len(sample)}: {name}")
                runs = 1 if args.quick else 3
                time_figure, _ = client_generation(name, document, runs, Path(scratch), 600.0)
                time_figure.figure = "sample client generation"
                per_document.append(time_figure)
        figures.extend(per_document)
        figures.extend(sample_summary(per_document, f"corpus sample ({len(sample)})"))

    if "full-api" in parts:
        _progress(started, "full API (4.202.2): generation, mock start-up, regeneration, check")
        with tempfile.TemporaryDirectory(prefix="specbind-bench-full-") as scratch:
            figures.extend(full_api(1 if args.quick else 3, Path(scratch)))

    if "runtime" in parts:
        _progress(started, "client overhead per call")
        rounds, calls = (4, 100) if args.quick else (15, 200)
        figures.extend(client_overhead(rounds, calls))
        _progress(started, "server throughput")
        runs, seconds = (1, 2) if args.quick else (3, 8)
        figures.append(server_throughput(runs, seconds))

    env = environment()
    env["wall_seconds"] = round(time.monotonic() - started, 1)
    table = render_markdown(figures)
    print()
    print(table)
    print(f"bench: {env['wall_seconds']} s on {env['machine']}, commit {env['commit']}")
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "results.json").write_text(results_json(figures, env) + "\n", encoding="utf-8")
    (args.output / "results.md").write_text(table, encoding="utf-8")
    print(f"bench: written to {args.output / 'results.json'} and results.md")
    return 0


def compile_specbind() -> None:
    """Write specbind's bytecode before timing it, as pip does for every installed package.

    The peers come from pip with their `.pyc` files; specbind is installed editable from
    src/, and where PYTHONDONTWRITEBYTECODE is set (this machine sets it) no run ever
    writes them, so each specbind run would compile its ~120 modules from source (about
    0.08 s) while the peer's start from bytecode.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "src" / "specbind")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _progress(started: float, what: str) -> None:
    print(f"bench [{time.monotonic() - started:6.1f} s] {what}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
