"""`fetch` against a real HTTP server: every failure leaves spec/ byte-for-byte unchanged."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from specbind.config import Config
from specbind.errors import FetchError, SpecbindError
from specbind.fetch import FetchOptions, fetch
from specbind.openapi.store import SpecStore, sha256
from tests.conftest import tree_snapshot
from tests.http_server import Reply, ScriptedServer, scripted_server

FAST = FetchOptions(timeout=1.0, retries=2, backoff=0.01)


def openapi(version: str = "9.1.0-test", title: str = "ibl-data-manager") -> dict[str, object]:
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": version},
        "paths": {
            "/api/things/{id}/": {
                "get": {
                    "operationId": "things_retrieve",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as running:
        yield running


@pytest.fixture
def store(project: Config) -> SpecStore:
    return SpecStore(project)


def test_good_json_document_is_stored_as_fetched_with_its_manifest_entry(
    server: ScriptedServer, store: SpecStore
) -> None:
    body = json.dumps(openapi(), indent=1).encode()
    url = server.add("/openapi.json", Reply(200, body, {"Content-Type": "application/json"}))

    result = fetch(url, store, FAST)

    expected = store.config.api_spec_dir / "9.1.0-test" / "openapi.json"
    assert result.path == expected
    assert expected.read_bytes() == body
    entry = store.entry("9.1.0-test")
    assert entry is not None
    assert (entry.source, entry.method, entry.sha256) == (url, "downloaded", sha256(body))
    assert entry.file == "ibl-data-manager/9.1.0-test/openapi.json"
    assert store.hash_problems() == []


def test_good_yaml_document_keeps_its_format(server: ScriptedServer, store: SpecStore) -> None:
    body = yaml.safe_dump(openapi("9.2.0")).encode()
    url = server.add("/api/schema/", Reply(200, body, {"Content-Type": "application/yaml"}))
    result = fetch(url, store, FAST)
    assert result.path.name == "openapi.yaml"
    assert result.path.read_bytes() == body


def test_redirect_is_followed_and_the_original_url_recorded(
    server: ScriptedServer, store: SpecStore
) -> None:
    body = json.dumps(openapi("9.3.0")).encode()
    server.add("/real.json", Reply(200, body))
    url = server.add("/moved", Reply(302, b"", {"Location": "/real.json"}))
    result = fetch(url, store, FAST)
    assert result.entry.source == url
    assert result.download.url.endswith("/real.json")
    assert result.path.read_bytes() == body


def test_server_error_then_success_is_retried(server: ScriptedServer, store: SpecStore) -> None:
    body = json.dumps(openapi("9.4.0")).encode()
    url = server.add("/flaky.json", Reply(500, b"oops"), Reply(503, b""), Reply(200, body))
    result = fetch(url, store, FAST)
    assert result.download.attempts == 3
    assert server.hits["/flaky.json"] == 3


def test_auth_header_comes_from_the_named_environment_variable(
    server: ScriptedServer, store: SpecStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str | None] = []
    body = json.dumps(openapi("9.5.0")).encode()
    url = server.add("/private.json", Reply(200, body))
    monkeypatch.setenv("DOCS_TOKEN", "Bearer s3cret")
    import http.server

    original = http.server.BaseHTTPRequestHandler.send_response

    def spy(
        handler: http.server.BaseHTTPRequestHandler, code: int, message: str | None = None
    ) -> None:
        seen.append(handler.headers.get("Authorization"))
        original(handler, code, message)

    monkeypatch.setattr(http.server.BaseHTTPRequestHandler, "send_response", spy)
    fetch(url, store, FetchOptions(auth_env="DOCS_TOKEN", timeout=1.0))
    assert seen == ["Bearer s3cret"]


def test_auth_variable_that_is_not_set_is_named(store: SpecStore) -> None:
    with pytest.raises(FetchError, match="NOPE_NOT_SET, but that environment variable is not set"):
        fetch("http://127.0.0.1:9/x.json", store, FetchOptions(auth_env="NOPE_NOT_SET"))


FAILURES = [
    ("not-found", [Reply(404, b"no")], "HTTP 404 Not Found"),
    ("always-500", [Reply(500, b"")], "HTTP 500 Internal Server Error (gave up after 3 attempts)"),
    ("slow", [Reply(200, b"{}", delay=2.0)], "timed out"),
    (
        "truncated",
        [Reply(200, json.dumps(openapi("9.9.9")).encode(), truncate_to=40)],
        "the body arrived incomplete",
    ),
    ("html", [Reply(200, b"<html><body>Hello</body></html>")], "not an OpenAPI document"),
    (
        "swagger",
        [
            Reply(
                200,
                json.dumps(
                    {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}
                ).encode(),
            )
        ],
        "this is a Swagger 2.0 document",
    ),
    (
        "invalid",
        [
            Reply(
                200,
                json.dumps(
                    {**openapi("9.9.8"), "paths": {"/x": {"get": {"responses": 5}}}}
                ).encode(),
            )
        ],
        "not a valid OpenAPI 3 document; nothing was stored",
    ),
]


@pytest.mark.parametrize(("name", "replies", "message"), FAILURES, ids=[f[0] for f in FAILURES])
def test_every_failure_leaves_spec_unchanged(
    server: ScriptedServer, store: SpecStore, name: str, replies: list[Reply], message: str
) -> None:
    before = tree_snapshot(store.root)
    url = server.add(f"/{name}.json", *replies)
    with pytest.raises(FetchError) as raised:
        fetch(url, store, FAST)
    assert message in str(raised.value)
    assert url in str(raised.value)
    assert tree_snapshot(store.root) == before


def test_connection_refused_leaves_spec_unchanged(store: SpecStore) -> None:
    before = tree_snapshot(store.root)
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/openapi.json", store, FAST)
    assert tree_snapshot(store.root) == before


def test_size_cap_is_enforced(server: ScriptedServer, store: SpecStore) -> None:
    url = server.add("/big.json", Reply(200, json.dumps(openapi("9.6.0")).encode()))
    with pytest.raises(FetchError, match="over the 100-byte cap"):
        fetch(url, store, FetchOptions(max_bytes=100, timeout=1.0))


def test_unsafe_version_cannot_become_a_directory(server: ScriptedServer, store: SpecStore) -> None:
    before = tree_snapshot(store.root)
    url = server.add("/evil.json", Reply(200, json.dumps(openapi("../../etc")).encode()))
    with pytest.raises(FetchError, match="cannot name a directory under spec/"):
        fetch(url, store, FAST)
    assert tree_snapshot(store.root) == before


def test_same_version_with_other_content_is_refused_unless_forced(
    server: ScriptedServer, store: SpecStore
) -> None:
    first = json.dumps(openapi("9.7.0"), indent=2).encode()
    second_doc = openapi("9.7.0")
    second_doc["info"] = {"title": "renamed", "version": "9.7.0"}
    second = json.dumps(second_doc, indent=2).encode()
    fetch(server.add("/v1.json", Reply(200, first)), store, FAST)
    before = tree_snapshot(store.root)

    url = server.add("/v2.json", Reply(200, second))
    with pytest.raises(SpecbindError) as raised:
        fetch(url, store, FAST)
    text = str(raised.value)
    assert "9.7.0 is already stored (spec/" in text and "pass --force" in text
    assert '1 value(s) differ\n/info/title: "ibl-data-manager" -> "renamed"' in text
    assert tree_snapshot(store.root) == before

    forced = fetch(url, store, FetchOptions(force=True, timeout=1.0))
    assert forced.path.read_bytes() == second
    assert store.entry("9.7.0").sha256 == sha256(second)  # type: ignore[union-attr]


def test_refetching_identical_content_is_accepted(server: ScriptedServer, store: SpecStore) -> None:
    body = json.dumps(openapi("9.8.0")).encode()
    url = server.add("/same.json", Reply(200, body))
    fetch(url, store, FAST)
    assert fetch(url, store, FAST).path.read_bytes() == body


def test_a_failed_manifest_write_rolls_back_the_document(
    server: ScriptedServer, store: SpecStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree_snapshot(store.root)
    url = server.add("/ok.json", Reply(200, json.dumps(openapi("9.9.0")).encode()))
    import specbind.fsutil as fsutil

    real = fsutil.write_file_atomic

    def failing(path: Path, data: bytes) -> None:
        if path.name == "manifest.json":
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(fsutil, "write_file_atomic", failing)
    with pytest.raises(OSError, match="No space left"):
        fetch(url, store, FAST)
    leftovers = {p for p in tree_snapshot(store.root) if p not in before}
    assert leftovers == set()
    assert tree_snapshot(store.root) == before


def test_a_yaml_copy_of_a_stored_json_document_differs_in_format_only(
    store: SpecStore, tmp_path: Path
) -> None:
    from specbind.openapi.store import describe_difference

    document = openapi("9.9.0")
    stored = tmp_path / "openapi.json"
    stored.write_text(json.dumps(document, indent=2), encoding="utf-8")
    same = yaml.safe_dump(document).encode()
    assert describe_difference(stored, same).endswith(
        "the same document in another format or layout"
    )
    document["paths"]["/new"] = {}  # type: ignore[index]
    changed = describe_difference(stored, yaml.safe_dump(document).encode())
    assert "1 value(s) differ\n/paths/~1new: added: {}" in changed


def test_a_gzip_bomb_never_holds_more_than_the_cap_in_memory(
    server: ScriptedServer, store: SpecStore
) -> None:
    import tracemalloc

    bomb = gzip.compress(b"\0" * 200_000_000, compresslevel=9)  # ~200 kB inflating to 200 MB
    url = server.add("/bomb.json", Reply(200, bomb, {"Content-Encoding": "gzip"}))
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="the decoded document is over the 1000000-byte cap"):
            fetch(url, store, FetchOptions(max_bytes=1_000_000, timeout=5.0))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16_000_000  # the cap, a few network chunks and the client; never 200 MB


def _two_gzip_members(data: bytes) -> bytes:
    return gzip.compress(data[:50]) + gzip.compress(data[50:])


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", _two_gzip_members),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some send it
    ],
    ids=["gzip-two-members", "deflate-zlib", "deflate-raw"],
)
def test_compressed_bodies_are_stored_decoded(
    server: ScriptedServer, store: SpecStore, encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    body = json.dumps(openapi("9.10.0"), indent=1).encode()
    url = server.add("/packed.json", Reply(200, encode(body), {"Content-Encoding": encoding}))
    assert fetch(url, store, FAST).path.read_bytes() == body


def test_a_compressed_body_cut_short_is_refused(server: ScriptedServer, store: SpecStore) -> None:
    packed = gzip.compress(json.dumps(openapi("9.11.0")).encode())
    url = server.add("/cut.json", Reply(200, packed[:-12], {"Content-Encoding": "gzip"}))
    with pytest.raises(FetchError, match="the compressed body ends before its end-of-stream"):
        fetch(url, store, FAST)


def test_options_out_of_range_are_refused() -> None:
    with pytest.raises(FetchError, match="--timeout must be more than 0"):
        FetchOptions(timeout=-1)
    with pytest.raises(FetchError, match="--retries must be from 0 to 20, not 21"):
        FetchOptions(retries=21)
    with pytest.raises(FetchError, match="--max-bytes must be more than 0, not 0"):
        FetchOptions(max_bytes=0)
    assert FetchOptions(timeout=2, retries=2, backoff=0.5).total_timeout == 2 * 3 + 0.5 * 3
