"""Request bodies that are not JSON go out as the document says: its bytes, its Content-Type.

openapi-python-client drops an operation whose body is `image/jpeg` or `text/plain`;
specbind generates it, and the call sends the body as given with the media type the
document names (tests/client/fixtures/media.yaml).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from specbind.client import generate_client
from tests.client.conftest import operation_method
from tests.client.recording_server import Answer, RecordingServer
from tests.conftest import imported, scratch_config

DOCUMENT = Path(__file__).parent / "fixtures" / "media.yaml"
PACKAGE = "media_client"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    config = scratch_config(tmp_path_factory.mktemp("media"), "media")
    generation = generate_client(config, DOCUMENT, config.client_output)
    assert generation.operation_count == 6
    with imported(config.client_output, PACKAGE) as package:
        yield package


def _call(package: ModuleType, server: RecordingServer, mode: str, method: str, **kw: Any) -> Any:
    settings = {"api_key": "k", "base_url": server.url, "max_retries": 0}
    if mode == "sync":
        with package.Client(**settings) as client:
            return operation_method(client, method)(**kw)

    async def call() -> Any:
        async with package.AsyncClient(**settings) as client:
            return await operation_method(client, method)(**kw)

    return asyncio.run(call())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_base64_jpeg_goes_out_as_image_jpeg(
    package: ModuleType, server: RecordingServer, mode: str
) -> None:
    server.answer(Answer(202))
    _call(package, server, mode, "upload_cover", playlist_id="p1", body="/9j/2wCEAB==")
    assert server.last.method == "PUT"
    assert server.last.path == "/playlists/p1/images"
    assert server.last.headers["content-type"] == "image/jpeg"
    assert server.last.body == b"/9j/2wCEAB=="


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_raw_markdown_goes_out_as_text_plain_and_may_be_left_out(
    package: ModuleType, server: RecordingServer, mode: str
) -> None:
    server.answer(Answer(200, b"<p>Hello</p>", headers={"Content-Type": "text/html"}))
    _call(package, server, mode, "render_raw", body="Hello **world** \u00e9")
    assert server.last.headers["content-type"] == "text/plain"
    assert server.last.body == "Hello **world** \u00e9".encode()
    server.answer(Answer(200, b"", headers={"Content-Type": "text/html"}))
    _call(package, server, mode, "render_raw")
    assert server.last.body == b""
    assert "content-type" not in server.last.headers


def test_json_beside_text_plain_is_sent_as_json(
    package: ModuleType, server: RecordingServer
) -> None:
    server.answer(Answer(204))
    _call(package, server, "sync", "set_preference", body="dark")
    assert server.last.headers["content-type"] == "application/json"
    assert server.last.json == "dark"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_binary_file_goes_out_as_its_bytes_and_media_type(
    package: ModuleType, server: RecordingServer, mode: str
) -> None:
    file_type = importlib.import_module(f"{PACKAGE}.types").File
    server.answer(Answer(204))
    pdf = b"%PDF-1.7\x00\xff"
    _call(package, server, mode, "put_blob", name="a.pdf", body=file_type(io.BytesIO(pdf)))
    assert server.last.headers["content-type"] == "application/pdf"
    assert server.last.body == pdf


def test_a_merge_patch_keeps_its_json_media_type(
    package: ModuleType, server: RecordingServer
) -> None:
    module = importlib.import_module(f"{PACKAGE}.api.default.patch_thing")
    body_type = inspect.signature(module.build_request).parameters["body"].annotation
    models = importlib.import_module(f"{PACKAGE}.models")
    model = getattr(models, str(body_type).split(" ")[0])
    server.answer(Answer(204))
    _call(package, server, "sync", "patch_thing", id=3, body=model.from_dict({"name": "n"}))
    assert server.last.method == "PATCH"
    assert server.last.headers["content-type"] == "application/merge-patch+json"
    assert server.last.json == {"name": "n"}


def test_the_generated_client_type_checks(package: ModuleType) -> None:
    """`File` in a method's signature is imported where the method is defined."""
    project = Path(package.__file__ or "").parents[1]
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", PACKAGE],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_text_answer_is_returned_as_its_text(
    package: ModuleType, server: RecordingServer, mode: str
) -> None:
    html = "<p>caf\u00e9</p>"
    server.answer(
        Answer(200, html.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"})
    )
    assert _call(package, server, mode, "render_raw", body="café") == html


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_binary_answer_is_returned_as_its_bytes(
    package: ModuleType, server: RecordingServer, mode: str
) -> None:
    pdf = b"%PDF-1.7\n\x00\xff binary"
    server.answer(Answer(200, pdf, headers={"Content-Type": "application/pdf"}))
    result = _call(package, server, mode, "get_blob", name="report")
    assert isinstance(result, importlib.import_module(f"{PACKAGE}.types").File)
    assert result.payload.read() == pdf


def test_the_readme_example_of_a_binary_upload_runs(
    package: ModuleType, server: RecordingServer
) -> None:
    """The README shows a File body that works, not `body=None`."""
    readme = (Path(package.__file__ or "").parents[1] / "README.md").read_text()
    match = re.search(
        r"^### `blobs\.put_blob`\n.*?```python\n(?P<code>.*?)```", readme, re.M | re.S
    )
    assert match is not None
    code = match["code"]
    assert "body=File(" in code
    server.answer(Answer(204))
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={
            "PATH": "",
            "PYTHONPATH": str(Path(package.__file__ or "").parents[1]),
            "MEDIA_API_KEY": "k",
            "MEDIA_BASE_URL": server.url,
        },
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert server.last.method == "PUT"
    assert server.last.headers["content-type"] == "application/pdf"
    assert server.last.body == b"file content"
