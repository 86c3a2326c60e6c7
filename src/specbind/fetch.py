"""Download a document and store it under spec/ with its provenance, or change nothing."""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from specbind.errors import DocumentError, FetchError, Problem, Severity
from specbind.spec.document import Format, parse_document
from specbind.spec.store import ManifestEntry, SpecStore, safe_version
from specbind.spec.validate import validate_document

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry; doubles each time, with jitter
    max_bytes: int = DEFAULT_MAX_BYTES
    auth_env: str | None = None  # name of the variable holding the header's value
    auth_header: str = "Authorization"
    force: bool = False


@dataclass(frozen=True)
class Download:
    url: str
    body: bytes
    content_type: str
    attempts: int


@dataclass(frozen=True)
class FetchResult:
    path: Path
    entry: ManifestEntry
    download: Download
    warnings: list[Problem] = field(default_factory=list)


def _headers(options: FetchOptions) -> dict[str, str]:
    headers = {"Accept": "application/json, application/yaml, text/yaml, */*;q=0.5"}
    if options.auth_env:
        value = os.environ.get(options.auth_env)
        if not value:
            raise FetchError(
                f"--auth-env names {options.auth_env}, but that environment variable is not set"
            )
        headers[options.auth_header] = value
    return headers


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: the document is {declared} bytes, over the {max_bytes}-byte cap")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: the document is over the {max_bytes}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)


def download(url: str, options: FetchOptions) -> Download:
    """GET `url`, retrying transient failures; every failure is a FetchError that says why."""
    if not url.startswith(("http://", "https://")):
        raise FetchError(f"{url}: only http:// and https:// URLs can be fetched")
    headers = _headers(options)
    last_error = "no attempt made"
    attempts = 0
    with httpx.Client(
        timeout=options.timeout, follow_redirects=True, max_redirects=5, headers=headers
    ) as client:
        for attempt in range(options.retries + 1):
            attempts = attempt + 1
            if attempt:
                time.sleep(options.backoff * 2 ** (attempt - 1) * (0.5 + random.random() / 2))
            try:
                with client.stream("GET", url) as response:
                    if response.status_code in RETRY_STATUSES:
                        last_error = f"HTTP {response.status_code} {response.reason_phrase}"
                        continue
                    if response.status_code >= 400:
                        raise FetchError(
                            f"{url}: HTTP {response.status_code} {response.reason_phrase}"
                        )
                    body = _read_capped(response, url, options.max_bytes)
                    return Download(
                        url=str(response.url),
                        body=body,
                        content_type=response.headers.get("content-type", ""),
                        attempts=attempts,
                    )
            except httpx.TimeoutException:
                last_error = f"timed out after {options.timeout:g} s"
            except httpx.RemoteProtocolError as exc:
                last_error = f"the body arrived incomplete ({exc})"
            except httpx.TooManyRedirects:
                raise FetchError(f"{url}: too many redirects") from None
            except httpx.TransportError as exc:
                last_error = f"cannot connect: {exc or type(exc).__name__}"
    raise FetchError(f"{url}: {last_error} (gave up after {attempts} attempts)")


def _format_of(dl: Download) -> Format | None:
    path = dl.url.split("?", 1)[0].lower()
    if path.endswith(".json") or "json" in dl.content_type:
        return "json"
    if path.endswith((".yaml", ".yml")) or "yaml" in dl.content_type:
        return "yaml"
    return None


def fetch(url: str, store: SpecStore, options: FetchOptions | None = None) -> FetchResult:
    """Download, validate and store; any failure raises before spec/ is touched."""
    options = options or FetchOptions()
    dl = download(url, options)
    if dl.body.lstrip()[:1] == b"<":
        kind = dl.content_type.split(";")[0] or "markup"
        raise FetchError(
            f"{url}: not an OpenAPI document: the server sent {kind}, not JSON or YAML"
        )
    try:
        doc = parse_document(dl.body, url, _format_of(dl))
    except DocumentError as exc:
        raise FetchError(exc.message) from None
    problems = validate_document(doc)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise FetchError(f"{url}: not a valid OpenAPI 3 document; nothing was stored", errors)
    if not doc.version:
        raise FetchError(f"{url}: the document has no info.version to store it under")
    try:
        version = safe_version(doc.version, url)
    except DocumentError as exc:
        raise FetchError(exc.message) from None
    filename = "openapi.json" if doc.format == "json" else "openapi.yaml"
    path, entry = store.store(
        version,
        dl.body,
        filename,
        source=url,
        obtained=datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        method="downloaded",
        force=options.force,
    )
    warnings = [p for p in problems if p.severity is Severity.WARNING]
    return FetchResult(path=path, entry=entry, download=dl, warnings=warnings)
