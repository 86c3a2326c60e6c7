"""The Python-API comparison on real generated clients: additions never break.

The answer is a function of the two public APIs only: the same document generated twice,
or a document that only adds (an operation, an optional parameter, a response field),
gives no break and at most a minor release, whichever order the walk meets names in.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from specbind.client import generate_client
from specbind.config import load_config
from specbind.diff.operations import diff_documents
from specbind.diff.python_api import compare_clients
from specbind.release import release_kind
from tests.conftest import REPO

SEED = REPO / "spec" / "ibl-data-manager" / "4.84.1-ai-plus" / "openapi.yaml"
PACKAGE = "ibl_data_manager_client"


def _seed() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    return data


def _generate(document: dict[str, Any], out: Path) -> Path:
    spec = out.with_suffix(".yaml")
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    generate_client(load_config(REPO), spec, out)
    return out


def _added_operation(document: dict[str, Any], name: str) -> None:
    """A GET in a tag of its own: a new module the walk may meet before the others."""
    document["paths"][f"/api/{name}/items/"] = {
        "get": {
            "operationId": f"{name}_items_list",
            "tags": [name],
            "responses": {"200": {"description": "ok"}},
        }
    }


def _added_parameter(document: dict[str, Any], name: str) -> None:
    operation = next(iter(document["paths"].values()))
    first = next(v for k, v in operation.items() if k in ("get", "patch", "delete"))
    first.setdefault("parameters", []).append(
        {"name": f"extra_{name}", "in": "query", "schema": {"type": "string"}}
    )


def _added_field(document: dict[str, Any], name: str) -> None:
    schema = next(iter(document["components"]["schemas"].values()))
    schema.setdefault("properties", {})[f"extra_{name}"] = {"type": "string"}


ADDITIONS = {"operation": _added_operation, "parameter": _added_parameter, "field": _added_field}


def test_the_same_document_twice_breaks_nothing(tmp_path: Path) -> None:
    old = _generate(_seed(), tmp_path / "old")
    new = _generate(_seed(), tmp_path / "new")
    assert compare_clients(old, new, PACKAGE) == []


def test_an_added_operation_breaks_nothing(tmp_path: Path) -> None:
    """The bug: a module-internal import (`Operation`, `UNSET`) read as a class once and
    as a name another time made an added GET a major release."""
    before = _seed()
    after = copy.deepcopy(before)
    _added_operation(after, "aaa")  # a module walked before every existing one
    breaks = compare_clients(
        _generate(before, tmp_path / "old"), _generate(after, tmp_path / "new"), PACKAGE
    )
    assert breaks == []
    assert release_kind(diff_documents(before, after), breaks) == "minor"


@settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    changes=st.lists(
        st.tuples(
            st.sampled_from(sorted(ADDITIONS)),
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
        ),
        min_size=1,
        max_size=3,
        unique_by=lambda change: change[1],
    )
)
def test_random_additive_changes_break_nothing_and_are_minor(
    tmp_path_factory: Any, changes: list[tuple[str, str]]
) -> None:
    root = tmp_path_factory.mktemp("additive")
    before = _seed()
    after = copy.deepcopy(before)
    for kind, name in changes:
        ADDITIONS[kind](after, name)
    breaks = compare_clients(
        _generate(before, root / "old"), _generate(after, root / "new"), PACKAGE
    )
    assert breaks == []
    assert release_kind(diff_documents(before, after), breaks) == "minor"
