"""`api.md`: every operation of the client, where it is called and what it takes."""

from __future__ import annotations

import re
from pathlib import Path

from specbind.client.reference import linked_type
from specbind.openapi.document import load_document
from specbind.openapi.validate import iter_operations
from tests.client.conftest import GeneratedClient, call_path


def test_linked_type_links_models_and_escapes_pipes_in_tables() -> None:
    files = {"RbacGroup": "pkg/models/rbac_group.py"}
    assert linked_type("list[RbacGroup] | Unset", files) == (
        "`list[`[`RbacGroup`](pkg/models/rbac_group.py)`] \\| Unset`"
    )
    assert linked_type("RbacGroup", files, table=False) == "[`RbacGroup`](pkg/models/rbac_group.py)"
    assert linked_type("int | None", files, table=False) == "`int | None`"


def test_api_md_lists_every_operation_at_its_call(pages: GeneratedClient) -> None:
    project = Path(pages.package.__file__ or "").parents[1]
    reference = (project / "api.md").read_text(encoding="utf-8")
    document = load_document(pages.spec_path).data
    operations = [(m.upper(), p) for p, m, _, _ in iter_operations(document)]
    headings = re.findall(r"^### `client\.([\w.]+)`$", reference, re.M)
    assert len(headings) == len(operations) == 3
    with pages.package.Client(api_key="k") as client:
        for module in ("catalog_things_list", "catalog_things_create"):
            assert call_path(client, module) in headings
    for method, path in operations:
        assert f"`{method} {path}`" in reference
    assert "| `page_size` | query | `int \\| Unset` | no |" in reference
    assert "Every item of every page: `client.catalog.things.iter_list(...)`." in reference
    # every link points at a file of the project
    for target in re.findall(r"\]\(([^)]+)\)", reference):
        assert (project / target).is_file(), target
    assert "(ibl_client_pages/models/thing.py)" in reference
