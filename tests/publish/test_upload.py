"""Uploading to a real pypiserver with a password: refusals, credentials, dry runs."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from specbind.errors import SpecbindError
from specbind.publish import VersionExists
from specbind.publish.index import (
    Credentials,
    credentials_from_env,
    existing_versions,
    simple_url_for,
)
from specbind.publish.upload import REDACTED, redact, upload
from tests.http_server import Reply, scripted_server
from tests.publish.conftest import PASSWORD, DemoDist, IndexServer

WRONG_PASSWORD = "wrong-Pa55word-Leak-Check-91ab"


def index_files(index: IndexServer) -> list[str]:
    return sorted(p.name for p in index.packages.iterdir())


# -- credentials and URLs --------------------------------------------------------------


def test_specbind_variables_win_over_twine_ones() -> None:
    env = {
        "TWINE_USERNAME": "t",
        "TWINE_PASSWORD": "tp",
        "SPECBIND_INDEX_USERNAME": "s",
        "SPECBIND_INDEX_PASSWORD": "sp",
    }
    found = credentials_from_env(env)
    assert found == Credentials("s", "sp", "SPECBIND_INDEX_USERNAME/SPECBIND_INDEX_PASSWORD")
    assert "sp" not in repr(found)
    assert credentials_from_env({"TWINE_USERNAME": "t", "TWINE_PASSWORD": "tp"}) == Credentials(
        "t", "tp", "TWINE_USERNAME/TWINE_PASSWORD"
    )
    assert credentials_from_env({}) is None


def test_half_a_credential_pair_is_an_error_naming_the_missing_variable() -> None:
    with pytest.raises(SpecbindError) as caught:
        credentials_from_env({"TWINE_USERNAME": "t"})
    assert str(caught.value) == (
        "TWINE_USERNAME and TWINE_PASSWORD must be set together; TWINE_PASSWORD is not set"
    )


@pytest.mark.parametrize(
    ("repository", "simple"),
    [
        ("https://upload.pypi.org/legacy/", "https://pypi.org/simple/"),
        ("https://test.pypi.org/legacy/", "https://test.pypi.org/simple/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/simple/"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/simple/"),
        ("https://pkgs.example.invalid/team/legacy", "https://pkgs.example.invalid/team/simple/"),
    ],
)
def test_simple_api_derived_from_the_upload_url(repository: str, simple: str) -> None:
    assert simple_url_for(repository) == simple


def test_redaction_covers_plain_quoted_and_base64_spellings() -> None:
    credentials = Credentials("me", "p@ss/word", "TWINE_USERNAME/TWINE_PASSWORD")
    basic = base64.b64encode(b"me:p@ss/word").decode()
    text = f"pw p@ss/word url https://me:p%40ss%2Fword@host auth Basic {basic}"
    assert redact(text, credentials) == (
        f"pw {REDACTED} url https://me:{REDACTED}@host auth Basic {REDACTED}"
    )


# -- the simple API ----------------------------------------------------------------------


def test_existing_versions_from_json_html_and_fallback_redirects() -> None:
    page = {
        "files": [
            {"filename": "demo_pkg-1.0.0-py3-none-any.whl"},
            {"filename": "demo_pkg-1.0.0.post1.tar.gz"},
            {"filename": "other-9.0.tar.gz"},
        ]
    }
    html = (
        '<html><body><a href="/p/demo_pkg-2.0.tar.gz#sha256=00">demo_pkg-2.0.tar.gz</a>'
        '<a href="/p/x">demo_pkg-3.0-py3-none-any.whl</a></body></html>'
    )
    with scripted_server() as server:
        server.add(
            "/json/demo-pkg/",
            Reply(200, json.dumps(page).encode(), {"Content-Type": "application/json"}),
        )
        server.add("/html/demo-pkg/", Reply(200, html.encode(), {"Content-Type": "text/html"}))
        server.add("/moved/demo-pkg/", Reply(301, headers={"Location": "/html/demo-pkg/"}))
        server.add(
            "/fallback/demo-pkg/",
            Reply(303, headers={"Location": "https://pypi.invalid/simple/demo-pkg/"}),
        )
        assert {str(v) for v in existing_versions(f"{server.url}/json/", "Demo_Pkg", None)} == {
            "1.0.0",
            "1.0.0.post1",
        }
        html_versions = existing_versions(f"{server.url}/html/", "demo-pkg", None)
        assert {str(v) for v in html_versions} == {"2.0", "3.0"}
        moved = existing_versions(f"{server.url}/moved/", "demo-pkg", None)
        assert {str(v) for v in moved} == {"2.0", "3.0"}
        # pypiserver's fallback sends unknown projects to PyPI: this index lacks them
        assert existing_versions(f"{server.url}/fallback/", "demo-pkg", None) == set()
        assert existing_versions(f"{server.url}/absent/", "demo-pkg", None) == set()


# -- against a real index ------------------------------------------------------------------


def test_upload_then_a_reupload_is_refused_and_nothing_changes(
    index: IndexServer, demo_dist: DemoDist
) -> None:
    result = upload(demo_dist.files, index.url, env=index.env)
    assert result.uploaded
    assert result.index_url == index.simple_url
    assert [(f.name, f.version) for f in result.files] == [("specbind-demo", "1.0.0")] * 2
    assert index_files(index) == sorted([demo_dist.sdist.name, demo_dist.wheel.name])
    assert PASSWORD not in result.output
    credentials = Credentials(index.username, index.password)
    assert {str(v) for v in existing_versions(index.simple_url, "specbind-demo", credentials)} == {
        "1.0.0"
    }
    before = {p.name: p.stat().st_mtime_ns for p in index.packages.iterdir()}
    with pytest.raises(VersionExists) as caught:
        upload(demo_dist.files, index.url, env=index.env)
    assert caught.value.exit_code == 1
    assert str(caught.value).startswith(
        f"refused: the index at {index.simple_url} already has specbind-demo 1.0.0; an index "
        "never takes the same version twice. Nothing was uploaded."
    )
    assert {p.name: p.stat().st_mtime_ns for p in index.packages.iterdir()} == before


def test_dry_run_lists_the_files_and_uploads_nothing(
    index: IndexServer, demo_dist: DemoDist
) -> None:
    result = upload(demo_dist.files, index.url, env=index.env, dry_run=True)
    assert not result.uploaded
    assert [f.path for f in result.files] == demo_dist.files
    assert result.credentials_source == "TWINE_USERNAME/TWINE_PASSWORD"
    assert index_files(index) == []


def test_wrong_credentials_are_refused_without_showing_them(
    index: IndexServer, demo_dist: DemoDist
) -> None:
    env = {"SPECBIND_INDEX_USERNAME": index.username, "SPECBIND_INDEX_PASSWORD": WRONG_PASSWORD}
    with pytest.raises(SpecbindError) as caught:
        upload(demo_dist.files, index.url, env=env)
    assert caught.value.exit_code == 2
    assert str(caught.value) == (
        f"the index at {index.simple_url}specbind-demo/ refused the credentials from "
        "SPECBIND_INDEX_USERNAME/SPECBIND_INDEX_PASSWORD (HTTP 403): check the username and "
        "password (or token) there"
    )
    assert index_files(index) == []


def test_twine_refusing_the_credentials_is_reported_redacted(
    index: IndexServer, demo_dist: DemoDist
) -> None:
    """The simple API is open here (another server), so twine itself meets the 403."""
    env = {"TWINE_USERNAME": index.username, "TWINE_PASSWORD": WRONG_PASSWORD}
    with scripted_server() as open_index, pytest.raises(SpecbindError) as caught:
        upload(demo_dist.files, index.url, index_url=f"{open_index.url}/simple/", env=env)
    message = str(caught.value)
    assert message.startswith(f"the index at {index.url} refused the credentials from ")
    assert "TWINE_USERNAME/TWINE_PASSWORD (HTTP 403)" in message
    assert WRONG_PASSWORD not in message
    assert index_files(index) == []


def test_no_credentials_is_a_clear_error(tmp_path: Path, demo_dist: DemoDist) -> None:
    with pytest.raises(SpecbindError) as caught:
        upload(demo_dist.files, "http://127.0.0.1:9/", env={})
    assert str(caught.value).startswith(
        "no index credentials: set SPECBIND_INDEX_USERNAME and SPECBIND_INDEX_PASSWORD "
        "(or TWINE_USERNAME and TWINE_PASSWORD)"
    )


def test_files_that_are_not_distributions_are_refused(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("x", encoding="utf-8")
    with pytest.raises(SpecbindError, match=r"README.md: neither a wheel nor an sdist"):
        upload([readme], "http://127.0.0.1:9/", env={"TWINE_USERNAME": "u", "TWINE_PASSWORD": "p"})


def test_missing_or_misnamed_distribution_files_are_named(tmp_path: Path) -> None:
    env = {"TWINE_USERNAME": "u", "TWINE_PASSWORD": "p"}
    missing = tmp_path / "demo_pkg-1.0.0-py3-none-any.whl"
    with pytest.raises(SpecbindError, match=r"demo_pkg-1.0.0-py3-none-any.whl: no such file"):
        upload([missing], "http://127.0.0.1:9/", env=env)
    misnamed = tmp_path / "demo.tar.gz"
    misnamed.write_bytes(b"")
    with pytest.raises(SpecbindError, match=r"demo.tar.gz: not a distribution file name"):
        upload([misnamed], "http://127.0.0.1:9/", env=env)
    fake = tmp_path / "demo_pkg-1.0.0-py3-none-any.whl"
    fake.write_bytes(b"not a zip")
    with pytest.raises(SpecbindError, match=r"not a wheel \(not a zip file\)"):
        upload([fake], "http://127.0.0.1:9/", env=env)


def test_credentials_are_sent_to_the_simple_api_only_when_it_asks() -> None:
    page = b'<a href="/p/demo_pkg-1.0.tar.gz">demo_pkg-1.0.tar.gz</a>'
    credentials = Credentials("me", "pw", "TWINE_USERNAME/TWINE_PASSWORD")
    with scripted_server() as server:
        server.add("/open/demo-pkg/", Reply(200, page, {"Content-Type": "text/html"}))
        server.add(
            "/closed/demo-pkg/",
            Reply(401, headers={"WWW-Authenticate": 'Basic realm="x"'}),
            Reply(200, page, {"Content-Type": "text/html"}),
        )
        assert {
            str(v) for v in existing_versions(f"{server.url}/open/", "demo-pkg", credentials)
        } == {"1.0"}
        assert server.hits["/open/demo-pkg/"] == 1
        closed = existing_versions(f"{server.url}/closed/", "demo-pkg", credentials)
        assert {str(v) for v in closed} == {"1.0"}
        assert server.hits["/closed/demo-pkg/"] == 2
        server.add("/anonymous/demo-pkg/", Reply(401))
        with pytest.raises(SpecbindError) as caught:
            existing_versions(f"{server.url}/anonymous/", "demo-pkg", None)
        assert str(caught.value) == (
            f"the index at {server.url}/anonymous/demo-pkg/ requires credentials (HTTP 401); set "
            "SPECBIND_INDEX_USERNAME/SPECBIND_INDEX_PASSWORD or TWINE_USERNAME/TWINE_PASSWORD"
        )
