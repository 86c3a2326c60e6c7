"""A package index as publishing sees it: credentials, its simple API, what it already has.

Credentials come from environment variables only, never from arguments (which other
users of the machine can read) and never printed: `SPECBIND_INDEX_USERNAME` and
`SPECBIND_INDEX_PASSWORD` when set, else twine's own `TWINE_USERNAME` and
`TWINE_PASSWORD`.
"""

from __future__ import annotations

import html.parser
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version

from specbind.errors import SpecbindError

CREDENTIAL_VARIABLES = (
    ("SPECBIND_INDEX_USERNAME", "SPECBIND_INDEX_PASSWORD"),
    ("TWINE_USERNAME", "TWINE_PASSWORD"),
)
_SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, text/html;q=0.1"
_MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Credentials:
    """A username and password, and the variables they came from (for messages)."""

    username: str
    password: str = field(repr=False)
    source: str = ""

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never appear in output."""
        return (self.password,) if self.password else ()


def credentials_from_env(env: Mapping[str, str]) -> Credentials | None:
    """The first complete pair of credential variables; a half-set pair is an error."""
    for user_var, password_var in CREDENTIAL_VARIABLES:
        username, password = env.get(user_var, ""), env.get(password_var, "")
        if username and password:
            return Credentials(username, password, f"{user_var}/{password_var}")
        if username or password:
            absent = password_var if username else user_var
            raise SpecbindError(
                f"{user_var} and {password_var} must be set together; {absent} is not set"
            )
    return None


def simple_url_for(repository_url: str) -> str:
    """The simple API that goes with an upload URL.

    `https://upload.pypi.org/legacy/` -> `https://pypi.org/simple/`,
    `https://test.pypi.org/legacy/` -> `https://test.pypi.org/simple/`, and an index
    that takes uploads at its root (pypiserver, `http://host:8080/`) -> `.../simple/`.
    Pass `--index-url` for any other layout.
    """
    parts = urlsplit(repository_url)
    path = parts.path.rstrip("/")
    host = parts.netloc
    if path.endswith("/legacy"):
        path = path[: -len("/legacy")]
        if host == "upload.pypi.org":
            host = "pypi.org"
    return urlunsplit((parts.scheme, host, f"{path}/simple/", "", ""))


def project_url(simple_url: str, name: str) -> str:
    return f"{simple_url.rstrip('/')}/{canonicalize_name(name)}/"


def existing_versions(
    simple_url: str, name: str, credentials: Credentials | None, *, timeout: float = 30.0
) -> set[Version]:
    """Every version of `name` the index lists (an empty set for a project it lacks).

    The page is asked for without credentials first, and with them only when the index
    wants them: an upload token is not sent where reading needs none.
    """
    url = project_url(simple_url, name)
    response = _simple_page(url, None, timeout)
    if response is not None and response.status_code in (401, 403) and credentials is not None:
        response = _simple_page(url, (credentials.username, credentials.password), timeout)
    if response is None or response.status_code == 404 or response.is_redirect:
        return set()
    if response.status_code in (401, 403):
        raise SpecbindError(credentials_refused(url, response.status_code, credentials))
    if response.status_code != 200:
        raise SpecbindError(f"the index answered HTTP {response.status_code} for {url}")
    versions: set[Version] = set()
    for filename in _filenames(response):
        version = _version_of(filename, name)
        if version is not None:
            versions.add(version)
    return versions


def _simple_page(url: str, auth: tuple[str, str] | None, timeout: float) -> httpx.Response | None:
    """The project page, following redirects on the index's own host; None if it sends
    the request elsewhere (pypiserver's fallback to PyPI: the index itself lacks it)."""
    try:
        with httpx.Client(auth=auth, headers={"Accept": _SIMPLE_ACCEPT}, timeout=timeout) as http:
            response = http.get(url)
            for _ in range(_MAX_REDIRECTS):
                if not response.is_redirect:
                    break
                target = response.next_request
                if target is None or _origin(target.url) != _origin(response.url):
                    return None
                response = http.send(target)
            return response
    except httpx.HTTPError as exc:
        raise SpecbindError(f"cannot reach the index at {url}: {exc}") from None


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def credentials_refused(url: str, status: int, credentials: Credentials | None) -> str:
    """The message for a 401/403: which variables to fix, never their values."""
    if credentials is None:
        names = " or ".join(f"{u}/{p}" for u, p in CREDENTIAL_VARIABLES)
        return f"the index at {url} requires credentials (HTTP {status}); set {names}"
    return (
        f"the index at {url} refused the credentials from {credentials.source} "
        f"(HTTP {status}): check the username and password (or token) there"
    )


def _filenames(response: httpx.Response) -> list[str]:
    content_type = response.headers.get("content-type", "")
    if "json" in content_type:
        try:
            files = json.loads(response.text).get("files", [])
        except (json.JSONDecodeError, AttributeError):
            raise SpecbindError(f"the index sent invalid JSON for {response.url}") from None
        return [str(f.get("filename", "")) for f in files if isinstance(f, dict)]
    collector = _AnchorText()
    collector.feed(response.text)
    return collector.texts


class _AnchorText(html.parser.HTMLParser):
    """The text of every <a> in a PEP 503 page: the file names."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._in_anchor = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._in_anchor = True
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_anchor = False

    def handle_data(self, data: str) -> None:
        if self._in_anchor:
            self.texts[-1] += data.strip()


def _version_of(filename: str, name: str) -> Version | None:
    """The version a distribution file name carries, if it is one of `name`'s files."""
    try:
        if filename.endswith(".whl"):
            found, version, _, _ = parse_wheel_filename(filename)
        elif filename.endswith((".tar.gz", ".zip")):
            found, version = parse_sdist_filename(filename)
        else:
            return None
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None
    return version if canonicalize_name(found) == canonicalize_name(name) else None
