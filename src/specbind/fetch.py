"""Obtain a document and store it under spec/ with its provenance, or change nothing.

`fetch` downloads a URL; `store_source` takes a URL or a local file; both store through
`ingest` (parse, validate, version, store), the one way a document enters spec/.

Every download is bounded: `timeout` is a deadline for a whole attempt (connecting, the
headers and the body, however slowly they arrive), all attempts and the waits between
them end within `FetchOptions.total_timeout`, and the body stops at `max_bytes` after
decoding (a gzip bomb costs at most `max_bytes` of memory).
"""

from __future__ import annotations

import asyncio
import math
import os
import random
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from specbind.errors import DocumentError, FetchError, Problem, Severity, SpecbindError
from specbind.openapi.document import Format, document_format, parse_document
from specbind.openapi.specref import SpecRef
from specbind.openapi.store import ManifestEntry, Method, SpecStore, safe_version
from specbind.openapi.validate import validate_document

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_TIMEOUT = 24 * 60 * 60
MAX_RETRIES = 20
SCHEMES = ("http", "https")
# What we can undo with a bounded output; a server must not send anything else.
ACCEPT_ENCODING = "gzip, deflate"


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 30.0  # seconds for one whole attempt: connect, headers and body
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry; doubles each time, with jitter
    max_bytes: int = DEFAULT_MAX_BYTES  # of the decoded body
    auth_env: str | None = None  # name of the variable holding the header's value
    auth_header: str = "Authorization"
    force: bool = False

    def __post_init__(self) -> None:
        if not (isinstance(self.timeout, int | float) and math.isfinite(self.timeout)):
            raise FetchError(f"--timeout must be a number of seconds, not {self.timeout!r}")
        if not 0 < self.timeout <= MAX_TIMEOUT:
            raise FetchError(
                f"--timeout must be more than 0 and at most {MAX_TIMEOUT} seconds, "
                f"not {self.timeout:g}"
            )
        if not 0 <= self.retries <= MAX_RETRIES:
            raise FetchError(f"--retries must be from 0 to {MAX_RETRIES}, not {self.retries}")
        if self.max_bytes <= 0:
            raise FetchError(f"--max-bytes must be more than 0, not {self.max_bytes}")

    @property
    def total_timeout(self) -> float:
        """The deadline for every attempt and the waits between them together: each
        attempt's `timeout` plus the longest backoff waits (0.5 s, 1 s, 2 s... by default)."""
        return self.timeout * (self.retries + 1) + self.backoff * ((1 << self.retries) - 1)


@dataclass(frozen=True)
class Download:
    url: str
    body: bytes
    content_type: str
    attempts: int


@dataclass(frozen=True)
class FetchResult:
    ref: SpecRef  # the stored document, for the stages that read it next
    entry: ManifestEntry
    download: Download
    warnings: list[Problem] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.ref.path


def _headers(options: FetchOptions) -> dict[str, str]:
    headers = {
        "Accept": "application/json, application/yaml, text/yaml, */*;q=0.5",
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    if options.auth_env:
        value = os.environ.get(options.auth_env)
        if not value:
            raise FetchError(
                f"--auth-env names {options.auth_env}, but that environment variable is not set"
            )
        headers[options.auth_header] = value
    return headers


class _Inflater:
    """One layer of gzip or deflate, undone chunk by chunk, never past a byte budget."""

    def __init__(self, coding: str) -> None:
        self.gzip = coding in ("gzip", "x-gzip")
        self._zlib: zlib._Decompress | None = None

    def _start(self, data: bytes) -> zlib._Decompress:
        if self.gzip:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is zlib-wrapped by the standard, raw deflate from some servers
        zlib_header = len(data) < 2 or (data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0)
        return zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)

    def decode(self, data: bytes, budget: int) -> bytes:
        """Up to `budget + 1` decoded bytes of `data` (more than `budget` means over it)."""
        pieces: list[bytes] = []
        produced = 0
        while data and produced <= budget:
            if self._zlib is None:
                self._zlib = self._start(data)
            piece = self._zlib.decompress(data, budget - produced + 1)
            pieces.append(piece)
            produced += len(piece)
            data = self._zlib.unconsumed_tail
            if self._zlib.eof:
                data = self._zlib.unused_data
                if not (self.gzip and data.startswith(b"\x1f\x8b")):
                    break  # trailing bytes after the stream: ignored, as browsers do
                self._zlib = None  # the next member of a multi-member gzip body
        return b"".join(pieces)

    @property
    def complete(self) -> bool:
        return self._zlib is not None and self._zlib.eof


def _inflater(response: httpx.Response, url: str) -> _Inflater | None:
    codings = [
        c.strip().lower()
        for c in response.headers.get("content-encoding", "").split(",")
        if c.strip() and c.strip().lower() != "identity"
    ]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return _Inflater(codings[0])
    raise FetchError(
        f"{url}: the server sent Content-Encoding: {response.headers['content-encoding']}; "
        "specbind undoes one layer of gzip or deflate only"
    )


async def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """The decoded body, refused as soon as it passes `max_bytes`."""
    inflater = _inflater(response, url)
    declared = response.headers.get("content-length")
    if inflater is None and declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: the document is {declared} bytes, over the {max_bytes}-byte cap")
    chunks: list[bytes] = []
    size = 0
    received = False
    async for raw in response.aiter_raw():
        received = received or bool(raw)
        try:
            chunk = raw if inflater is None else inflater.decode(raw, max_bytes - size)
        except zlib.error as exc:
            encoding = response.headers.get("content-encoding")
            raise FetchError(f"{url}: the body is not valid {encoding} ({exc})") from None
        size += len(chunk)
        if size > max_bytes:
            decoded = " decoded" if inflater is not None else ""
            raise FetchError(f"{url}: the{decoded} document is over the {max_bytes}-byte cap")
        chunks.append(chunk)
    if inflater is not None and received and not inflater.complete:
        raise FetchError(f"{url}: the compressed body ends before its end-of-stream marker")
    return b"".join(chunks)


async def _check_redirect(response: httpx.Response) -> None:
    """A redirect to anything but http(s) (file://, ftp://...) ends the fetch at once."""
    location = response.headers.get("location")
    if response.is_redirect and location is not None:
        try:
            target = response.url.join(location)
        except httpx.InvalidURL:
            raise FetchError(f"{response.url}: redirected to an invalid URL {location!r}") from None
        if target.scheme not in SCHEMES:
            raise FetchError(
                f"{response.url}: redirected to {location}; "
                "only http:// and https:// URLs can be fetched"
            )


class _Retry(Exception):
    """An attempt failed in a way worth trying again; the message says how."""


class _TimedOut(_Retry):
    """httpx's own timeout for one step (connect, a read) ran out."""


async def _attempt(client: httpx.AsyncClient, url: str, max_bytes: int, attempts: int) -> Download:
    try:
        async with client.stream("GET", url) as response:
            if response.status_code in RETRY_STATUSES:
                raise _Retry(f"HTTP {response.status_code} {response.reason_phrase}")
            if response.status_code >= 400:
                raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
            body = await _read_capped(response, url, max_bytes)
            return Download(
                url=str(response.url),
                body=body,
                content_type=response.headers.get("content-type", ""),
                attempts=attempts,
            )
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: too many redirects") from None
    except httpx.TimeoutException:
        raise _TimedOut from None
    except httpx.RemoteProtocolError as exc:
        raise _Retry(f"the body arrived incomplete ({exc})") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise FetchError(f"{url}: {exc}") from None
    except httpx.TransportError as exc:
        raise _Retry(f"cannot connect: {exc or type(exc).__name__}") from None


async def _download(url: str, options: FetchOptions, headers: dict[str, str]) -> Download:
    started = time.monotonic()
    overall = started + options.total_timeout
    last_error = "no attempt made"
    attempts = 0
    async with httpx.AsyncClient(
        timeout=options.timeout,
        follow_redirects=True,
        max_redirects=5,
        headers=headers,
        event_hooks={"response": [_check_redirect]},
    ) as client:
        for attempt in range(options.retries + 1):
            if attempt:
                pause = options.backoff * 2 ** (attempt - 1) * (0.5 + random.random() / 2)
                if time.monotonic() + pause >= overall:
                    break
                await asyncio.sleep(pause)
            remaining = overall - time.monotonic()
            if remaining <= 0:
                break
            attempts = attempt + 1
            allowed = options.timeout if attempt == 0 else min(options.timeout, remaining)
            try:
                async with asyncio.timeout(allowed):
                    return await _attempt(client, url, options.max_bytes, attempts)
            except TimeoutError:
                last_error = (
                    f"timed out after {options.timeout:g} s"
                    if allowed == options.timeout
                    else f"timed out: all attempts together may take {options.total_timeout:g} s"
                )
            except _TimedOut:
                last_error = f"timed out after {options.timeout:g} s"
            except _Retry as retry:
                last_error = str(retry)
    plural = "attempt" if attempts == 1 else "attempts"
    raise FetchError(f"{url}: {last_error} (gave up after {attempts} {plural})")


def download(url: str, options: FetchOptions) -> Download:
    """GET `url`, retrying transient failures; every failure is a FetchError that says why.

    Each attempt ends within `options.timeout` seconds whatever the server does (a byte a
    second still times out), and all of them within `options.total_timeout`.
    """
    if not url.startswith(("http://", "https://")):
        raise FetchError(f"{url}: only http:// and https:// URLs can be fetched")
    return asyncio.run(_download(url, options, _headers(options)))


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
        stored = ingest(
            dl.body, url, store, fmt=_format_of(dl), method="downloaded", force=options.force
        )
    except DocumentError as exc:
        raise FetchError(exc.message, exc.problems) from None
    return FetchResult(stored.ref, stored.entry, dl, stored.warnings)


@dataclass(frozen=True)
class Ingested:
    """A document taken into spec/: the stored version, its manifest entry, its warnings."""

    ref: SpecRef
    entry: ManifestEntry
    warnings: list[Problem]


def ingest(
    raw: bytes,
    source: str,
    store: SpecStore,
    *,
    fmt: Format | None,
    method: Method,
    force: bool = False,
) -> Ingested:
    """Parse, validate and store `raw` under its info.version, obtained from `source` by
    `method`; a document that cannot be stored raises a DocumentError before spec/ is
    touched. A version already stored with these very bytes keeps its manifest entry:
    where and when it was first obtained stays true."""
    document = parse_document(raw, source, fmt)
    problems = validate_document(document)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise DocumentError(f"{source}: not a valid OpenAPI 3 document; nothing was stored", errors)
    if not document.version:
        raise DocumentError(f"{source}: the document has no info.version to store it under")
    version = safe_version(document.version, source)
    warnings = [p for p in problems if p.severity is Severity.WARNING]
    kept = store.entry(version) if version in store.versions() else None
    if kept is not None and store.path_for(version).read_bytes() == raw:
        return Ingested(store.ref(version), kept, warnings)
    path, entry = store.store(
        version,
        raw,
        "openapi.json" if document.format == "json" else "openapi.yaml",
        source=source,
        obtained=datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        method=method,
        force=force,
    )
    return Ingested(SpecRef(path, version), entry, warnings)


def read_source(source: str, options: FetchOptions) -> bytes:
    """The bytes at `source`: a URL downloaded (bounded by `options`), or a local file."""
    if source.startswith(("http://", "https://")):
        return download(source, options).body
    path = Path(source)
    if not path.is_file():
        raise SpecbindError(f"{source}: not a URL (http:// or https://) and no such file")
    return path.read_bytes()


def store_source(source: str, store: SpecStore, options: FetchOptions) -> SpecRef:
    """Take the document at `source` into `store`: a URL is fetched (`downloaded`), a local
    file copied (`copied`, from its absolute path)."""
    if source.startswith(("http://", "https://")):
        return fetch(source, store, options).ref
    path = Path(source)
    raw = read_source(source, options)
    stored = ingest(
        raw,
        str(path.resolve()),
        store,
        fmt=document_format(path),
        method="copied",
        force=options.force,
    )
    return stored.ref
