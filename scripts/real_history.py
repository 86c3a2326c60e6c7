"""The API's real version history through `specbind diff` and `specbind upgrade`.

For each consecutive pair of the stored SDK reconstructions (3.54.3, 3.66.0, 4.89.4,
4.202.2), runs the wire diff with the Python-API comparison (both clients generated),
then upgrades a scratch copy of this project through the whole chain. Prints the time
of each step, the counts, and fails (exit 1) when a change is listed twice or a step
errs. `make history`; several minutes (four full clients and servers per upgrade).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from specbind.config import load_config, with_spec_version
from specbind.diff import diff_documents
from specbind.diff.python_api import compare_generated_clients
from specbind.openapi.document import load_document
from specbind.openapi.store import SpecStore
from specbind.upgrade import upgrade

REPO = Path(__file__).resolve().parents[1]
HISTORY = ("3.54.3-ai-plus", "3.66.0-ai-plus", "4.89.4-ai-plus", "4.202.2-ai-plus")


def _scratch_project(root: Path, first: str) -> Path:
    shutil.copytree(REPO / "spec", root / "spec")
    shutil.copytree(REPO / "templates", root / "templates")
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(with_spec_version(text, first), encoding="utf-8")
    return root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-upgrade", action="store_true", help="only the diffs")
    args = parser.parse_args()
    config = load_config(REPO)
    store = SpecStore(config)
    failed = False
    for old, new in pairwise(HISTORY):
        started = time.monotonic()
        report = diff_documents(
            load_document(store.path_for(old)).data, load_document(store.path_for(new)).data
        )
        wire = time.monotonic() - started
        breaks = compare_generated_clients(config, store.ref(old), store.ref(new))
        total = time.monotonic() - started
        keys = [(c.rule, c.operation, c.pointer, c.message) for c in report.changes]
        twice = len(keys) - len(set(keys))
        twice += len(breaks) - len({(b.kind, b.path, b.old, b.new) for b in breaks})
        failed |= twice > 0
        print(
            f"{old} -> {new}: {len(report.changes)} change(s), {len(report.breaking)} breaking, "
            f"{len(breaks)} Python-API break(s), listed twice: {twice}; "
            f"wire diff {wire:.1f} s, with the Python API {total:.1f} s"
        )
    if args.skip_upgrade:
        return 1 if failed else 0
    with tempfile.TemporaryDirectory(prefix="specbind-history-") as scratch:
        root = _scratch_project(Path(scratch), HISTORY[0])
        started = time.monotonic()
        specbind = Path(sys.executable).parent / "specbind"
        subprocess.run([str(specbind), "generate", "--project", str(root)], check=True)
        print(f"generated {HISTORY[0]} in {time.monotonic() - started:.1f} s")
        for version in HISTORY[1:]:
            started = time.monotonic()
            document = root / "spec" / "ibl-data-manager" / version / "openapi.json"
            result = upgrade(load_config(root), str(document))
            print(
                f"upgraded to {version} in {time.monotonic() - started:.1f} s: packages "
                f"{result.old_package_version} -> {result.new_package_version} "
                f"({result.release_kind})"
            )
        changelog = (root / "generated" / "client" / "CHANGELOG.md").read_text(encoding="utf-8")
        headings = [line for line in changelog.splitlines() if line.startswith("## ")]
        print("client CHANGELOG entries:", *headings, sep="\n  ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
