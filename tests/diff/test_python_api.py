"""The Python-API comparison on small handwritten packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from specbind.diff.python_api import compare_packages, public_api
from specbind.errors import SpecbindError

OLD = {
    "__init__.py": (
        "from .models import Issuer\n"
        "from typing import Any\n"
        "__all__ = ['Issuer', 'get', 'gone', 'positional']\n"
        "def get(entity_id: str, *, q: str | None = None) -> 'Issuer': ...\n"
        "def gone(x: int) -> None: ...\n"
        "def positional(a: int, b: int) -> None: ...\n"
        "def _private(x: int) -> None: ...\n"
    ),
    "models.py": (
        "from attrs import define\n"
        "@define\n"
        "class Issuer:\n"
        "    name: str\n"
        "    org: str\n"
        "    url: str | None = None\n"
        "    _cache: int = 0\n"
        "    def to_dict(self) -> dict[str, object]: ...\n"
    ),
    "old_only.py": "X = 1\n",
}


def write(root: Path, files: dict[str, str], src: bool = False) -> Path:
    package = (root / "src" if src else root) / "pkg"
    package.mkdir(parents=True)
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)
    return root


def test_public_api_lists_public_objects_only(tmp_path: Path) -> None:
    api = public_api(write(tmp_path, OLD), "pkg")
    assert sorted(api) == [
        "pkg",
        "pkg.Issuer",
        "pkg.Issuer.to_dict",
        "pkg.get",
        "pkg.gone",
        "pkg.models",
        "pkg.models.Issuer",
        "pkg.models.Issuer.to_dict",
        "pkg.old_only",
        "pkg.old_only.X",
        "pkg.positional",
    ]
    fields = api["pkg.models.Issuer"].fields
    assert {n: (f.annotation, f.required) for n, f in fields.items()} == {
        "name": ("str", True),
        "org": ("str", True),
        "url": ("str | None", False),
    }


def test_every_kind_of_break(tmp_path: Path) -> None:
    old = write(tmp_path / "old", OLD)
    new = write(
        tmp_path / "new",
        {
            "__init__.py": (
                "def get(pk: str, *, q: str) -> 'Issuer': ...\n"
                "def positional(b: int, a: int) -> None: ...\n"
                "def _private(y: int) -> None: ...\n"
            ),
            "models.py": (
                "class Issuer:\n"
                "    name: int\n"
                "    url: str\n"
                "    extra: str\n"
                "    optional_extra: str | None = None\n"
                "    def to_dict(self) -> dict[str, object]: ...\n"
            ),
        },
        src=True,
    )
    breaks = [(b.kind, b.path) for b in compare_packages(old, new, "pkg")]
    assert breaks == [
        ("class-removed", "pkg.Issuer"),
        ("parameter-removed", "pkg.get(entity_id)"),
        ("parameter-became-required", "pkg.get(q)"),
        ("parameter-type-changed", "pkg.get(q)"),
        ("parameter-added-required", "pkg.get(pk)"),
        ("function-removed", "pkg.gone"),
        ("parameter-moved", "pkg.positional(a)"),
        ("parameter-moved", "pkg.positional(b)"),
        ("field-type-changed", "pkg.models.Issuer.name"),
        ("field-removed", "pkg.models.Issuer.org"),
        ("field-became-required", "pkg.models.Issuer.url"),
        ("field-type-changed", "pkg.models.Issuer.url"),
        ("field-added-required", "pkg.models.Issuer.extra"),
        ("module-removed", "pkg.old_only"),
    ]


def test_additions_break_nothing(tmp_path: Path) -> None:
    old = write(tmp_path / "old", OLD)
    added = {
        **OLD,
        "__init__.py": OLD["__init__.py"] + "def new_call(*, page: int = 1) -> None: ...\n",
        "models.py": OLD["models.py"] + "    note: str | None = None\n",
        "more.py": "class Extra:\n    a: int\n",
    }
    new = write(tmp_path / "new", added)
    assert compare_packages(old, new, "pkg") == []


def test_a_changed_return_type_and_kind(tmp_path: Path) -> None:
    old = write(tmp_path / "old", {"__init__.py": "def f() -> int: ...\nclass C: ...\n"})
    new = write(tmp_path / "new", {"__init__.py": "def f() -> str: ...\ndef C() -> None: ...\n"})
    breaks = compare_packages(old, new, "pkg")
    assert [(b.kind, b.path, b.old, b.new) for b in breaks] == [
        ("return-type-changed", "pkg.f", "int", "str"),
        ("kind-changed", "pkg.C", "class", "function"),
    ]
    assert breaks[0].message == "return type changed from int to str"


def test_a_missing_package_names_the_directory(tmp_path: Path) -> None:
    with pytest.raises(SpecbindError, match=r"no Python package 'pkg' in it or in its src/"):
        public_api(tmp_path, "pkg")


def test_a_class_re_exported_from_a_private_module_is_compared_under_its_public_name(
    tmp_path: Path,
) -> None:
    base = "class _Base:\n    def close(self) -> None: ...\n"
    old = write(
        tmp_path / "old",
        {
            "__init__.py": "from ._client import Client\n__all__ = ['Client']\n",
            "_client.py": base + "class Client(_Base):\n"
            "    def get_item(self, item_id: int, *, q: str | None = None) -> str: ...\n"
            "    def create_item(self, *, body: dict[str, str]) -> str: ...\n",
        },
    )
    new = write(
        tmp_path / "new",
        {
            "__init__.py": "from ._client import Client\n__all__ = ['Client']\n",
            "_client.py": "class Client:\n"
            "    def get_item(self, item_id: int, *, q: str) -> str: ...\n",
        },
    )
    assert sorted(public_api(old, "pkg")) == [
        "pkg",
        "pkg.Client",
        "pkg.Client.close",
        "pkg.Client.create_item",
        "pkg.Client.get_item",
    ]
    breaks = sorted((b.kind, b.path) for b in compare_packages(old, new, "pkg"))
    assert breaks == [
        ("function-removed", "pkg.Client.close"),
        ("function-removed", "pkg.Client.create_item"),
        ("parameter-became-required", "pkg.Client.get_item(q)"),
        ("parameter-type-changed", "pkg.Client.get_item(q)"),
    ]


RESOURCE_CLIENT = (
    "from __future__ import annotations\n"
    "from functools import cached_property\n"
    "from typing import TYPE_CHECKING\n"
    "if TYPE_CHECKING:\n"
    "    from .resources.core import AsyncCoreResource, CoreResource\n"
    "class Client:\n"
    "    @cached_property\n"
    "    def core(self) -> CoreResource:\n"
    "        from .resources.core import CoreResource\n"
    "        return CoreResource()\n"
    "    @cached_property\n"
    "    def with_raw_response(self) -> ClientWithRawResponse:\n"
    "        return ClientWithRawResponse()\n"
    "class AsyncClient:\n"
    "    @cached_property\n"
    "    def core(self) -> AsyncCoreResource:\n"
    "        from .resources.core import AsyncCoreResource\n"
    "        return AsyncCoreResource()\n"
    "class ClientWithRawResponse:\n"
    "    @cached_property\n"
    "    def core(self) -> CoreResourceWithRawResponse:\n"
    "        return CoreResourceWithRawResponse()\n"
    "class CoreResourceWithRawResponse:\n"
    "    def __init__(self) -> None:\n"
    "        self.partial_update = 1\n"
)


def _resource_module(method: str) -> str:
    return "".join(
        f"class {prefix}CoreResource:\n    def {method}(self, *, id: int) -> None: ...\n"
        for prefix in ("", "Async")
    )


def test_a_resource_method_break_is_reported_once_at_the_name_users_call(
    tmp_path: Path,
) -> None:
    """`Client.core` is a cached property returning a class in the internal `resources`
    package: the walk follows it, so a method gone from the resource is reported at
    `pkg.Client.core.partial_update`, and not again for `AsyncClient`, the raw twin or
    the resource module itself."""
    init = (
        "from ._client import AsyncClient, Client, ClientWithRawResponse\n"
        "__all__ = ['AsyncClient', 'Client', 'ClientWithRawResponse']\n"
    )
    files = {"__init__.py": init, "_client.py": RESOURCE_CLIENT, "resources/__init__.py": ""}
    old = write(
        tmp_path / "old", {**files, "resources/core.py": _resource_module("partial_update")}
    )
    new = write(tmp_path / "new", {**files, "resources/core.py": _resource_module("retrieve")})
    internal = ("api", "resources")
    found = public_api(old, "pkg", internal)
    assert "pkg.Client.core.partial_update" in found
    assert "pkg.AsyncClient.core.partial_update" in found
    assert not [path for path in found if ".resources." in path or "WithRawResponse." in path]
    breaks = [(b.kind, b.path) for b in compare_packages(old, new, "pkg", internal)]
    assert breaks == [("function-removed", "pkg.Client.core.partial_update")]
