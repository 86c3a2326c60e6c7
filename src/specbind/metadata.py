"""The generated packages' publishing metadata: license, project URLs, classifiers.

Both generators lay it out in their pyproject.toml; it is decided here, once. The
configuration wins (`[tool.specbind] license` and `project-urls`); a document that
states them (`info.license.identifier`, `externalDocs`, `info.contact.url`) fills what
the configuration leaves out. `specbind build` refuses a package without a license or
project URLs, naming the keys to set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

from specbind.config import HTTP_URL, Config

# What every generated package is: typed (it ships py.typed), for Python 3.11, which is
# the version its tests run on.
_COMMON = (
    "Intended Audience :: Developers",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.11",
    "Typing :: Typed",
)
CLIENT_CLASSIFIERS = (*_COMMON, "Topic :: Internet :: WWW/HTTP")
SERVER_CLASSIFIERS = (*_COMMON, "Framework :: FastAPI", "Framework :: Pydantic :: 2")


@dataclass(frozen=True)
class PackageMetadata:
    license: str | None
    urls: tuple[tuple[str, str], ...]
    classifiers: tuple[str, ...]


def package_metadata(
    config: Config, data: dict[str, Any], classifiers: tuple[str, ...]
) -> PackageMetadata:
    """The metadata of a package generated from the document `data`."""
    return PackageMetadata(
        license=config.license or _document_license(data),
        urls=config.project_urls or _document_urls(data),
        classifiers=tuple(sorted(classifiers)),
    )


def _document_license(data: dict[str, Any]) -> str | None:
    """OpenAPI 3.1's `info.license.identifier` is an SPDX expression; 3.0 has only a name."""
    identifier = _table(_table(data, "info"), "license").get("identifier")
    if not isinstance(identifier, str):
        return None
    try:
        return str(canonicalize_license_expression(identifier))
    except InvalidLicenseExpression:
        return None


def _document_urls(data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    info = _table(data, "info")
    contact, docs = _table(info, "contact"), _table(data, "externalDocs")
    candidates = (
        ("Documentation", docs.get("url")),
        ("Homepage", contact.get("url")),
        ("Terms of Service", info.get("termsOfService")),
    )
    return tuple(
        (label, url) for label, url in candidates if isinstance(url, str) and HTTP_URL.match(url)
    )


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}
