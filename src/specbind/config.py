"""The project's `[tool.specbind]` table, read and checked in one place."""

from __future__ import annotations

import dataclasses
import keyword
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from specbind.errors import ConfigError

_API_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_PACKAGE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")
HTTP_URL = re.compile(r"^https?://\S+$")
_AUTH_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9._~+/-]*$")
_NUMERIC_START = re.compile(r"^[vV]?\d")

# key -> (attribute, description of what a valid value looks like)
_KEYS: dict[str, str] = {
    "api": "the API's name, lower-case words joined by '-' (e.g. 'ibl-data-manager')",
    "spec-version": "the current spec version, a directory name under spec-dir/api",
    "spec-dir": "a directory relative to the project root",
    "templates-dir": "a directory relative to the project root",
    "output-dir": "a directory relative to the project root",
    "client-package": "a Python package name (lower-case, digits, '_')",
    "server-package": "a Python package name (lower-case, digits, '_')",
    "license": "an SPDX license expression for the generated packages (e.g. 'MIT')",
    "project-urls": "a table of label = http(s) URL for the generated packages' metadata",
    "auth-prefix": "the word the API wants before an apiKey in a header (e.g. 'Token')",
}
_TABLES = frozenset({"project-urls"})
_REQUIRED = ("api", "spec-version")


@dataclass(frozen=True)
class Config:
    """Where things live and what they are called; every path is absolute."""

    root: Path
    api: str
    spec_version: str
    spec_dir: Path
    templates_dir: Path
    output_dir: Path
    client_package: str
    server_package: str
    # the generated packages' metadata; None / () leaves it out (then `specbind build`
    # reports the package unfit to publish, naming what is missing)
    license: str | None = None
    project_urls: tuple[tuple[str, str], ...] = ()
    # written before an apiKey sent in a header (`Authorization: <prefix> <key>`); the
    # document cannot say it, so only the configuration does ('' sends the key alone)
    auth_prefix: str = ""

    @property
    def pyproject(self) -> Path:
        return self.root / "pyproject.toml"

    @property
    def env_prefix(self) -> str:
        """`ibl-data-manager` -> `IBL_DATA_MANAGER`, the prefix of the API's variables."""
        return self.api.upper().replace("-", "_")

    @property
    def api_key_env(self) -> str:
        return f"{self.env_prefix}_API_KEY"

    @property
    def base_url_env(self) -> str:
        return f"{self.env_prefix}_BASE_URL"

    @property
    def client_distribution(self) -> str:
        return self.client_package.replace("_", "-")

    @property
    def server_distribution(self) -> str:
        return self.server_package.replace("_", "-")

    @property
    def api_spec_dir(self) -> Path:
        return self.spec_dir / self.api

    @property
    def manifest_path(self) -> Path:
        return self.spec_dir / "manifest.json"

    @property
    def client_output(self) -> Path:
        return self.output_dir / "client"

    @property
    def server_output(self) -> Path:
        return self.output_dir / "server"


def find_project_root(start: Path | None = None) -> Path:
    """The nearest directory at or above `start` whose pyproject.toml has `[tool.specbind]`."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file() and "[tool.specbind]" in candidate.read_text(encoding="utf-8"):
            return directory
    raise ConfigError(
        f"no pyproject.toml with a [tool.specbind] table found in {here} or above; "
        "run specbind from the project, or pass --project DIR"
    )


def load_config(root: Path | None = None) -> Config:
    """Read `[tool.specbind]` from `root/pyproject.toml` (found by search when omitted)."""
    root = (root or find_project_root()).resolve()
    pyproject = root / "pyproject.toml"
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{pyproject}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{pyproject}: not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("specbind")
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: no [tool.specbind] table")
    return parse_config(table, root)


def parse_config(table: dict[str, Any], root: Path) -> Config:
    """Check every key of `[tool.specbind]`; the error names the first bad key."""
    where = f"{root / 'pyproject.toml'} [tool.specbind]"
    for key in _REQUIRED:
        if key not in table:
            raise ConfigError(f"{where}: missing key '{key}': {_KEYS[key]}")
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise ConfigError(
            f"{where}: unknown key '{unknown[0]}'; known keys are {', '.join(sorted(_KEYS))}"
        )
    for key, value in table.items():
        if key in _TABLES:
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: key '{key}' must be a table: {_KEYS[key]}")
            continue
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: key '{key}' must be a non-empty string: {_KEYS[key]}")

    api = table["api"]
    if not _API_NAME.match(api):
        raise ConfigError(f"{where}: key 'api' is {api!r}; expected {_KEYS['api']}")
    version = table["spec-version"]
    if not _VERSION.match(version) or ".." in version:
        raise ConfigError(
            f"{where}: key 'spec-version' is {version!r}; expected {_KEYS['spec-version']}"
        )
    default_package = api.replace("-", "_")
    packages: dict[str, str] = {}
    for key, default in (
        ("client-package", f"{default_package}_client"),
        ("server-package", f"{default_package}_server"),
    ):
        name = table.get(key, default)
        if not _PACKAGE_NAME.match(name) or keyword.iskeyword(name):
            raise ConfigError(f"{where}: key '{key}' is {name!r}; expected {_KEYS[key]}")
        packages[key] = name
    if packages["client-package"] == packages["server-package"]:
        raise ConfigError(f"{where}: keys 'client-package' and 'server-package' must differ")

    dirs: dict[str, Path] = {}
    for key, default in (
        ("spec-dir", "spec"),
        ("templates-dir", "templates"),
        ("output-dir", "generated"),
    ):
        relative = Path(table.get(key, default))
        if relative.is_absolute() or ".." in relative.parts:
            raise ConfigError(f"{where}: key '{key}' is {str(relative)!r}; expected {_KEYS[key]}")
        dirs[key] = root / relative

    return Config(
        root=root,
        api=api,
        spec_version=version,
        spec_dir=dirs["spec-dir"],
        templates_dir=dirs["templates-dir"],
        output_dir=dirs["output-dir"],
        client_package=packages["client-package"],
        server_package=packages["server-package"],
        license=_license(table.get("license"), where),
        project_urls=_project_urls(table.get("project-urls") or {}, where),
        auth_prefix=_auth_prefix(table.get("auth-prefix", ""), where),
    )


def _auth_prefix(value: str, where: str) -> str:
    if value and not _AUTH_PREFIX.match(value):
        raise ConfigError(
            f"{where}: key 'auth-prefix' is {value!r}; expected {_KEYS['auth-prefix']}"
        )
    return value


_TITLE_WORDS = re.compile(r"[a-z0-9]+")
# Words that say nothing about which API it is, dropped from the end of a title.
_GENERIC_TAIL = frozenset({"api", "apis", "rest", "openapi", "spec", "specification", "http"})
_NAME_LENGTH = 40


def api_name_from_title(title: str) -> str:
    """`Stripe API` -> `stripe`; `Acme Billing REST API v2` -> `acme-billing`; a name
    `[tool.specbind] api` would accept, or '' when the title has no ASCII letter or digit."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = _TITLE_WORDS.findall(folded)
    while len(words) > 1 and (words[-1] in _GENERIC_TAIL or re.fullmatch(r"v\d+", words[-1])):
        words.pop()
    name = ""
    for word in words:
        joined = f"{name}-{word}" if name else word
        if len(joined) > _NAME_LENGTH:
            break
        name = joined
    if name and not name[0].isalpha():
        name = f"api-{name}"
    return name


def document_config(
    config: Config,
    data: dict[str, Any],
    source: Path,
    *,
    name: str | None = None,
    client_package: str | None = None,
    server_package: str | None = None,
) -> Config:
    """The configuration for a document that is not the configured API: its own names.

    The API name (so the packages, their distributions, the environment variables and
    the error class) comes from `info.title` (else the file name), the spec version from
    `info.version` (when it starts with a number, else `0.0.0`); the license and project
    URLs from the document; no auth prefix. Paths and templates stay the project's.
    `name` and the packages override what the document says.
    """
    found = data.get("info")
    info: dict[str, Any] = found if isinstance(found, dict) else {}
    if name is not None:
        api = name
    else:
        api = (
            api_name_from_title(str(info.get("title") or ""))
            or api_name_from_title(source.stem.replace(".", " "))
            or "api"
        )
    stem = api.replace("-", "_")
    version = str(info.get("version") or "").strip()
    if not (_VERSION.match(version) and ".." not in version and _NUMERIC_START.match(version)):
        version = "0.0.0"
    chosen = dataclasses.replace(
        config,
        api=api,
        spec_version=version,
        client_package=client_package or f"{stem}_client",
        server_package=server_package or f"{stem}_server",
        license=None,
        project_urls=(),
        auth_prefix="",
    )
    check_names(chosen)
    return chosen


def check_names(config: Config) -> None:
    """Refuse names given on the command line (--name, --package) as the table would."""
    if not _API_NAME.match(config.api):
        raise ConfigError(f"--name is {config.api!r}; expected {_KEYS['api']}")
    for key, package in (
        ("client-package", config.client_package),
        ("server-package", config.server_package),
    ):
        if not _PACKAGE_NAME.match(package) or keyword.iskeyword(package):
            raise ConfigError(f"--package is {package!r}; expected {_KEYS[key]}")
    if config.client_package == config.server_package:
        raise ConfigError(f"the client and server packages are both {config.client_package!r}")


def _license(value: str | None, where: str) -> str | None:
    """The SPDX expression in its canonical spelling (`mit` -> `MIT`), as PEP 639 wants."""
    if value is None:
        return None
    from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

    try:
        return str(canonicalize_license_expression(value))
    except InvalidLicenseExpression:
        raise ConfigError(
            f"{where}: key 'license' is {value!r}; expected {_KEYS['license']}"
        ) from None


def _project_urls(table: dict[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    urls: list[tuple[str, str]] = []
    for label, url in table.items():
        if not label.strip():
            raise ConfigError(f"{where}: key 'project-urls' has an empty label")
        if not isinstance(url, str) or not HTTP_URL.match(url):
            raise ConfigError(
                f"{where}: key 'project-urls.{label}' is {url!r}; expected an http(s) URL"
            )
        urls.append((label, url))
    return tuple(urls)


_TABLE_HEADER = re.compile(r"^\s*\[\s*tool\s*\.\s*specbind\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_SPEC_VERSION_LINE = re.compile(
    r"""^(?P<head>\s*(?:spec-version|"spec-version"|'spec-version')\s*=\s*)"""
    r"""(?P<quote>["'])(?P<value>[^"']*)(?P=quote)(?P<tail>.*)$""",
    re.DOTALL,
)


def with_spec_version(text: str, version: str, where: str = "pyproject.toml") -> str:
    """`text` with the value of `[tool.specbind] spec-version` replaced; nothing else moves.

    Only that one line changes, so comments, order and formatting survive byte for byte.
    """
    if not _VERSION.match(version) or ".." in version:
        raise ConfigError(
            f"{where}: cannot set spec-version to {version!r}: {_KEYS['spec-version']}"
        )
    lines = text.splitlines(keepends=True)
    in_table = False
    for index, line in enumerate(lines):
        if _TABLE_HEADER.match(line):
            in_table = True
            continue
        if in_table and _ANY_HEADER.match(line):
            break
        match = _SPEC_VERSION_LINE.match(line) if in_table else None
        if match:
            quote = match["quote"]
            lines[index] = f"{match['head']}{quote}{version}{quote}{match['tail']}"
            return "".join(lines)
    raise ConfigError(f'{where}: no spec-version = "..." line in the [tool.specbind] table')
