"""spec/: every stored version side by side, with a manifest of where each came from."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from specbind.config import Config
from specbind.errors import DocumentError, Problem, SpecbindError
from specbind.fsutil import transaction
from specbind.openapi.specref import SpecRef

# how a stored document was obtained: fetched from a URL, taken from a local file
# (`specbind upgrade PATH`), or rebuilt by hand (scripts/reconstruct_from_sdk.py)
Method = Literal["downloaded", "copied", "reconstructed"]
DOCUMENT_NAMES = ("openapi.json", "openapi.yaml", "openapi.yml")
_SAFE_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$")


@dataclass(frozen=True)
class ManifestEntry:
    """Provenance of one stored document."""

    api: str
    version: str
    file: str  # relative to spec-dir, always with '/'
    source: str
    obtained: str  # ISO 8601, UTC
    method: Method
    sha256: str


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_version(version: str, where: str) -> str:
    """A version becomes a directory name, so it must be one: no '/', no '..'."""
    if not _SAFE_VERSION.match(version) or ".." in version:
        raise DocumentError(
            f"{where}: info.version {version!r} cannot name a directory under spec/ "
            "(allowed: letters, digits, '.', '_', '+', '-'; no '..')"
        )
    return version


class SpecStore:
    """Reads and writes spec/ and its manifest for one configured API."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.root = config.spec_dir
        self.manifest_path = config.manifest_path

    # -- reading -----------------------------------------------------------------------

    def entries(self) -> list[ManifestEntry]:
        if not self.manifest_path.exists():
            return []
        try:
            raw = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            return [ManifestEntry(**item) for item in raw["documents"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise SpecbindError(f"{self.manifest_path}: not a valid manifest: {exc}") from None

    def entry(self, version: str, api: str | None = None) -> ManifestEntry | None:
        api = api or self.config.api
        return next((e for e in self.entries() if e.api == api and e.version == version), None)

    def versions(self) -> list[str]:
        folder = self.config.api_spec_dir
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if self._document_in(p) is not None)

    @staticmethod
    def _document_in(folder: Path) -> Path | None:
        for name in DOCUMENT_NAMES:
            if (folder / name).is_file():
                return folder / name
        return None

    def path_for(self, version: str) -> Path:
        found = self._document_in(self.config.api_spec_dir / version)
        if found is None:
            known = ", ".join(self.versions()) or "none"
            raise SpecbindError(
                f"no stored document for {self.config.api} {version!r} under "
                f"{self.config.api_spec_dir} (stored versions: {known})"
            )
        return found

    def ref(self, version: str) -> SpecRef:
        """The stored document of `version`."""
        return SpecRef(self.path_for(version), version)

    def ref_of(self, path: Path) -> SpecRef:
        """The document at `path`: a stored version when it lies in a version's folder
        under spec/<api>/ (its version is that folder's name), else a loose file."""
        resolved = path.resolve()
        if resolved.parent.parent == self.config.api_spec_dir.resolve():
            return SpecRef(resolved, resolved.parent.name)
        return SpecRef(resolved)

    def resolve(self, spec: str | None) -> SpecRef:
        """`--spec VERSION|PATH`: a file path when one exists, else a stored version."""
        if spec is None:
            return self.ref(self.config.spec_version)
        candidate = Path(spec)
        if candidate.is_file():
            return self.ref_of(candidate)
        if candidate.suffix.lower() in (".json", ".yaml", ".yml") or "/" in spec:
            raise SpecbindError(f"{spec}: file not found")
        return self.ref(spec)

    def hash_problems(self) -> list[Problem]:
        """A stored file that no longer matches its recorded sha256 is an error."""
        problems: list[Problem] = []
        for entry in self.entries():
            path = self.root / entry.file
            if not path.is_file():
                problems.append(
                    Problem(
                        f"listed in the manifest but missing ({entry.version})",
                        file=str(path),
                        rule="manifest-missing-file",
                    )
                )
                continue
            actual = sha256(path.read_bytes())
            if actual != entry.sha256:
                problems.append(
                    Problem(
                        f"sha256 {actual} does not match the manifest's {entry.sha256}: the "
                        "stored document was changed after it was obtained",
                        file=str(path),
                        rule="manifest-hash-mismatch",
                    )
                )
        return problems

    # -- writing -----------------------------------------------------------------------

    def manifest_bytes(self, entries: list[ManifestEntry]) -> bytes:
        ordered = sorted(entries, key=lambda e: (e.api, e.version))
        payload = {"documents": [asdict(e) for e in ordered]}
        return (json.dumps(payload, indent=2) + "\n").encode("utf-8")

    def store(
        self,
        version: str,
        raw: bytes,
        filename: str,
        *,
        source: str,
        obtained: str,
        method: Method,
        force: bool = False,
        beside: dict[str, bytes] | None = None,
    ) -> tuple[Path, ManifestEntry]:
        """Write the document and its manifest entry together, or neither.

        `beside` names files written next to the document in the same transaction (a
        reconstruction's NOTES.md); they are not hashed: the manifest vouches for the
        document only.
        """
        safe_version(version, source)
        if filename not in DOCUMENT_NAMES:
            raise SpecbindError(f"cannot store a document named {filename!r}")
        folder = self.config.api_spec_dir / version
        existing = self._document_in(folder)
        if existing is not None and existing.read_bytes() != raw and not force:
            # named inside spec/, never by a staged copy's path (an upgrade's), gone by then
            spec_dir = re.sub(r"^\.(.+)\.staging\..*$", r"\1", self.config.spec_dir.name)
            shown = f"{spec_dir}/{existing.relative_to(self.root).as_posix()}"
            raise SpecbindError(
                f"{self.config.api} {version} is already stored ({shown}) with different "
                f"content; pass --force to replace it.\n{describe_difference(existing, raw)}"
            )
        target = folder / filename
        extras = {folder / name: data for name, data in (beside or {}).items()}
        if any(p.parent != folder or p.name in DOCUMENT_NAMES for p in extras):
            raise SpecbindError(f"cannot store {sorted(beside or {})} beside the document")
        entry = ManifestEntry(
            api=self.config.api,
            version=version,
            file=target.relative_to(self.root).as_posix(),
            source=source,
            obtained=obtained,
            method=method,
            sha256=sha256(raw),
        )
        others = [e for e in self.entries() if (e.api, e.version) != (entry.api, entry.version)]

        def drop_other_format() -> None:
            if existing is not None and existing != target:
                existing.unlink()

        transaction(
            {target: raw, **extras, self.manifest_path: self.manifest_bytes([*others, entry])},
            then=drop_other_format,
        )
        return target, entry


def describe_difference(stored: Path, new: bytes, limit: int = 40) -> str:
    """What differs between the stored document and `new`, by JSON pointer.

    Both are parsed first, so a YAML copy and a JSON copy of the same document differ in
    nothing but their format, and a change is shown as the values that changed, not as
    a whole-file text diff. Text that does not parse falls back to a unified diff.
    """
    from specbind.openapi.document import parse_document

    head = f"sha256 stored {sha256(stored.read_bytes())[:12]}, fetched {sha256(new)[:12]}; "
    try:
        before = parse_document(stored.read_bytes(), str(stored)).data
        after = parse_document(new, "fetched").data
    except DocumentError:
        return head + _text_difference(stored, new, limit)
    changes = list(_value_changes(before, after, ""))
    if not changes:
        return head + "the same document in another format or layout"
    lines = [f"{pointer or '/'}: {change}" for pointer, change in changes[:limit]]
    more = [f"... and {len(changes) - limit} more"] if len(changes) > limit else []
    return "\n".join([head + f"{len(changes)} value(s) differ", *lines, *more])


def _short(value: object, width: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= width else text[: width - 3] + "..."


def _value_changes(old: object, new: object, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in old:
            child = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key not in new:
                yield child, f"removed (was {_short(old[key])})"
            else:
                yield from _value_changes(old[key], new[key], child)
        for key in new:
            if key not in old:
                child = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
                yield child, f"added: {_short(new[key])}"
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from _value_changes(a, b, f"{pointer}/{index}")
    elif old != new:
        yield pointer, f"{_short(old)} -> {_short(new)}"


def _text_difference(stored: Path, new: bytes, limit: int) -> str:
    old_text = stored.read_bytes().decode("utf-8", errors="replace").splitlines()
    new_text = new.decode("utf-8", errors="replace").splitlines()
    diff = list(difflib.unified_diff(old_text, new_text, str(stored), "fetched", n=1, lineterm=""))
    changed = sum(1 for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---"))
    shown = diff[:limit]
    more = ["..."] if len(diff) > limit else []
    return "\n".join([f"{changed} changed lines", *shown, *more])
