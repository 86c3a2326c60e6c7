"""Every operation of a generated server answers 501 / 401 / 422 as the README promises.

CI runs it on the mid-size corpus documents, secured for the purpose. The same check on
any document, e.g. the full 1,368-operation API: `make server-every-operation
SPEC=4.202.2-ai-plus` (or SPECBIND_EVERY_OPERATION_SPEC=VERSION|PATH).
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from specbind.config import Config
from specbind.openapi.store import SpecStore
from tests.server.conftest import REPO
from tests.server.every_operation import check_every_operation

FIXTURES = REPO / "tests" / "corpus" / "fixtures"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _secured(data: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """`data` with an API key required everywhere but on its first operation (returned)."""
    secured = copy.deepcopy(data)
    components = secured.setdefault("components", {})
    components["securitySchemes"] = {
        "ApiKey": {"type": "apiKey", "in": "header", "name": "Authorization"}
    }
    secured["security"] = [{"ApiKey": []}]
    open_id = ""
    for item in secured["paths"].values():
        for method, operation in item.items():
            if method in METHODS and not open_id:
                operation["security"] = []
                open_id = str(operation.get("operationId", ""))
    return secured, open_id


@pytest.mark.parametrize("fixture", ["openai.json", "listennotes.json"])
def test_every_operation_of_a_mid_size_document(
    config: Config, tmp_path: Path, fixture: str
) -> None:
    source = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    data, _ = _secured(source)
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(data), encoding="utf-8")
    result = check_every_operation(config, spec, tmp_path / "server")
    assert result.wrong == []
    operations = sum(1 for item in source["paths"].values() for m in item if m in METHODS)
    assert result.operations == operations
    assert result.unimplemented == operations
    assert result.secured == operations - 1
    assert result.refused_without_key == operations - 1
    assert result.malformed_refused == result.malformable
    assert result.malformable > 0  # every JSON body, required or numeric query parameter


@pytest.mark.skipif(
    not os.environ.get("SPECBIND_EVERY_OPERATION_SPEC"),
    reason="the full-document check runs with `make server-every-operation SPEC=VERSION|PATH`",
)
def test_every_operation_of_the_document_named_in_the_environment(
    config: Config, tmp_path: Path
) -> None:
    spec = SpecStore(config).resolve(os.environ["SPECBIND_EVERY_OPERATION_SPEC"]).path
    result = check_every_operation(config, spec, tmp_path / "server")
    print(
        f"\n{spec}: {result.operations} operations: {result.unimplemented} answered 501, "
        f"{result.refused_without_key} of {result.secured} secured answered 401 without a "
        f"key, {result.malformed_refused} of {result.malformable} answered 422 malformed"
    )
    assert result.wrong == []
    assert result.unimplemented == result.operations
    assert result.refused_without_key == result.secured
    assert result.malformed_refused == result.malformable
