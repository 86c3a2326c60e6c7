"""The generated client end to end against real servers installed from PyPI (make client-real).

For each server (Prefect, Chroma; `tests/realservers/`): the OpenAPI document it serves is
fetched, `specbind generate client --spec THAT` generates a package under the document's
own names (from `info.title`), and a subprocess with that package on its path makes real
calls through the client's resources on 127.0.0.1: a create, a list in which the created
name comes back, a read of a missing id that raises the typed `NotFoundError` (status 404,
the server's own body), and the same through `AsyncClient`. Values, not just statuses,
are compared.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from specbind.openapi.validate import iter_operations
from tests.realservers import RunningServer

pytestmark = pytest.mark.realserver

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class GeneratedClient:
    project: Path  # the client project directory (holds the package)
    package: str
    operations: int  # in the served document
    stdout: str
    stderr: str
    seconds: float  # the generate run

    def run(self, code: str, **env: str) -> Any:
        """Run `code` with the package importable; it prints one JSON value, returned."""
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True, text=True, timeout=180, check=False,
            env={**os.environ, "PYTHONPATH": str(self.project), **env},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-5000:]
        return json.loads(done.stdout.strip().splitlines()[-1])


def generate_client(server: RunningServer, directory: Path) -> GeneratedClient:
    """The client generated from the document `server` serves, under the document's names."""
    document = server.document()
    spec = directory / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    out = directory / "out"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "specbind", "generate", "client", "--spec", str(spec),
         "--out", str(out), "--project", str(REPO)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    packages = [p.name for p in (out / "client").iterdir() if (p / "__init__.py").is_file()]
    assert len(packages) == 1, packages
    operations = sum(1 for _ in iter_operations(document))
    return GeneratedClient(
        out / "client", packages[0], operations, done.stdout, done.stderr, seconds
    )


def assert_generated_whole(client: GeneratedClient, title: str, version: str) -> None:
    """Exit 0, every operation of the served document, nothing degraded (no warning)."""
    assert (
        f"generated client for {title} {version}: {client.operations} operation(s)" in client.stdout
    ), client.stdout
    assert client.stderr.strip() == "", client.stderr[-3000:]


# -- Prefect 3.9.1: FastAPI, 188 operations, servers: [{url: /api}], no security scheme ------


@pytest.fixture(scope="module")
def prefect_client(
    prefect: RunningServer, tmp_path_factory: pytest.TempPathFactory
) -> GeneratedClient:
    return generate_client(prefect, tmp_path_factory.mktemp("prefect-client"))


def test_prefect_client_generates_whole_under_its_own_names(
    prefect_client: GeneratedClient,
) -> None:
    # "Prefect REST API" -> prefect: the package, the error class, the env variables
    assert prefect_client.package == "prefect_client"
    assert_generated_whole(prefect_client, "prefect", "0.1.0")
    assert prefect_client.operations > 150
    exceptions = (prefect_client.project / "prefect_client" / "_exceptions.py").read_text()
    assert "class PrefectError(Exception):" in exceptions
    client = (prefect_client.project / "prefect_client" / "_client.py").read_text()
    assert '"PREFECT_BASE_URL"' in client
    assert "Api-Token" not in client
    # FastAPI's generated operationIds (`create_flow_flows_post`) give the route's name
    reference = (prefect_client.project / "api.md").read_text()
    methods = re.findall(r"^### `client\.([\w.]+)`", reference, re.M)
    assert len(methods) == prefect_client.operations
    assert [m for m in methods if re.search(r"_(get|post|put|patch|delete)$", m)] == []
    assert {"flows.create_flow", "flows.read_flow", "flows.filter.read_flows"} <= set(methods)


def test_prefect_create_list_and_not_found(
    prefect: RunningServer, prefect_client: GeneratedClient
) -> None:
    # The document's server is relative (/api): the base URL given supplies scheme and host.
    result = prefect_client.run(
        f"""
        import json, uuid
        from prefect_client import Client, NotFoundError, PrefectError
        from prefect_client.models.body_read_flows_flows_filter_post import (
            BodyReadFlowsFlowsFilterPost,
        )
        from prefect_client.models.flow import Flow
        from prefect_client.models.flow_create import FlowCreate
        from prefect_client.models.flow_filter import FlowFilter
        from prefect_client.models.flow_filter_name import FlowFilterName

        with Client(base_url={prefect.url!r}, max_retries=0) as client:
            flows = client.flows
            etl = flows.create_flow(body=FlowCreate(name="etl", tags=["nightly"]))
            report = flows.create_flow(body=FlowCreate(name="report"))
            listed = flows.filter.read_flows()
            only_etl = flows.filter.read_flows(
                body=BodyReadFlowsFlowsFilterPost(flows=FlowFilter(name=FlowFilterName(any_=["etl"])))
            )
            count = flows.count.count_flows()
            read = flows.read_flow(id=etl.id)
            missing = uuid.uuid4()
            try:
                flows.read_flow(id=missing)
                error = None
            except NotFoundError as exc:
                error = {{
                    "type": type(exc).__name__, "status": exc.status_code, "body": exc.body,
                    "base": isinstance(exc, PrefectError),
                    "url": str(exc.response.request.url).endswith(f"/api/flows/{{missing}}"),
                }}
        print(json.dumps({{
            "created": [type(etl).__name__, etl.name, etl.tags, str(etl.id) != str(report.id)],
            "listed": sorted((type(f).__name__, f.name, str(f.id)) for f in listed),
            "ids": sorted([str(etl.id), str(report.id)]),
            "only_etl": [(f.name, str(f.id) == str(etl.id)) for f in only_etl],
            "count": [type(count).__name__, count],
            "read": [read.name, str(read.id) == str(etl.id), read.created == etl.created],
            "error": error,
        }}))
        """
    )
    assert result["created"] == ["Flow", "etl", ["nightly"], True]
    assert [name for _, name, _ in result["listed"]] == ["etl", "report"]
    assert {kind for kind, _, _ in result["listed"]} == {"Flow"}
    assert sorted(flow_id for _, _, flow_id in result["listed"]) == result["ids"]
    assert result["only_etl"] == [["etl", True]]
    assert result["count"] == ["int", 2]  # a bare JSON integer response: the Python value
    assert result["read"] == ["etl", True, True]
    assert result["error"] == {
        "type": "NotFoundError",
        "status": 404,
        "body": {"detail": "Flow not found"},
        "base": True,
        "url": True,
    }


def test_prefect_async_client(prefect: RunningServer, prefect_client: GeneratedClient) -> None:
    # The base URL from the environment, already ending in the document's /api: kept.
    result = prefect_client.run(
        """
        import asyncio, json, uuid
        from prefect_client import AsyncClient, NotFoundError
        from prefect_client.models.flow_create import FlowCreate

        async def main():
            async with AsyncClient(max_retries=0) as client:
                flows = client.flows
                created = await flows.create_flow(body=FlowCreate(name="async-flow"))
                listed = await flows.filter.read_flows()
                try:
                    await flows.read_flow(id=uuid.uuid4())
                    error = None
                except NotFoundError as exc:
                    error = [type(exc).__name__, exc.status_code, exc.body]
            return {
                "created": created.name,
                "listed": [str(f.id) for f in listed if f.name == created.name],
                "id": str(created.id),
                "error": error,
            }

        print(json.dumps(asyncio.run(main())))
        """,
        PREFECT_BASE_URL=prefect.base_url,
    )
    assert result["created"] == "async-flow"
    assert result["listed"] == [result["id"]]
    assert result["error"] == ["NotFoundError", 404, {"detail": "Flow not found"}]


# -- Chroma 1.5.9: a Rust server (utoipa), 35 operations, no servers, an apiKey header -------


@pytest.fixture(scope="module")
def chroma_client(
    chroma: RunningServer, tmp_path_factory: pytest.TempPathFactory
) -> GeneratedClient:
    return generate_client(chroma, tmp_path_factory.mktemp("chroma-client"))


def test_chroma_client_generates_whole_under_its_own_names(chroma_client: GeneratedClient) -> None:
    # "chroma-frontend": the package, the error class; the key header from securitySchemes
    assert chroma_client.package == "chroma_frontend_client"
    assert_generated_whole(chroma_client, "chroma-frontend", "1.0.0")
    assert chroma_client.operations > 30
    client = (chroma_client.project / "chroma_frontend_client" / "_client.py").read_text()
    assert '"x-chroma-token"' in client
    # No servers in the document: no default base URL, said at construction.
    result = chroma_client.run(
        """
        import json
        from chroma_frontend_client import ChromaFrontendError, Client
        try:
            Client(api_key="k")
            print(json.dumps(None))
        except ChromaFrontendError as exc:
            print(json.dumps(str(exc)))
        """,
        CHROMA_FRONTEND_BASE_URL="",
    )
    assert result == (
        "no base URL: pass base_url='https://...' or set the CHROMA_FRONTEND_BASE_URL "
        "environment variable (the document lists no servers)"
    )


CHROMA_IMPORTS = """
    import json, uuid
    from chroma_frontend_client import (
        AsyncClient, ChromaFrontendError, Client, NotFoundError, ResponseValidationError,
    )
    from chroma_frontend_client.models.create_collection_payload import CreateCollectionPayload
    from chroma_frontend_client.models.create_database_payload import CreateDatabasePayload
    from chroma_frontend_client.models.create_tenant_payload import CreateTenantPayload
"""


def test_chroma_create_list_and_not_found(
    chroma: RunningServer, chroma_client: GeneratedClient
) -> None:
    result = chroma_client.run(
        CHROMA_IMPORTS
        + f"""
    with Client(api_key="unused", base_url={chroma.base_url!r}, max_retries=0) as client:
        tenants = client.tenants
        tenants.create_tenant(body=CreateTenantPayload(name="acme"))
        tenant = tenants.get_tenant(tenant_name="acme")
        tenants.databases.create_database(tenant="acme", body=CreateDatabasePayload(name="docs"))
        database = tenants.databases.get_database(tenant="acme", database="docs")
        collections = tenants.databases.collections
        created = [
            collections.create_collection(
                tenant="acme", database="docs", body=CreateCollectionPayload(name=name)
            )
            for name in ("papers", "notes")
        ]
        listed = collections.list_collections(tenant="acme", database="docs")
        # Chroma's {{collection_id}} here takes the collection's name; by-id/ takes its id
        read = collections.get_collection(tenant="acme", database="docs", collection_id="papers")
        by_id = collections.by_id.get_collection_by_id(
            tenant="acme", database="docs", collection_id=str(created[1].id)
        )
        missing = "no-such-collection"
        try:
            collections.get_collection(tenant="acme", database="docs", collection_id=missing)
            error = None
        except NotFoundError as exc:
            error = {{
                "type": type(exc).__name__, "status": exc.status_code, "body": exc.body,
                "base": isinstance(exc, ChromaFrontendError),
            }}
    print(json.dumps({{
        "tenant": [type(tenant).__name__, tenant.name],
        "database": [type(database).__name__, database.name, database.tenant],
        "created": [(type(c).__name__, c.name, c.tenant, c.database) for c in created],
        "listed": sorted((c.name, str(c.id)) for c in listed),
        "ids": sorted((c.name, str(c.id)) for c in created),
        "read": [read.name, str(read.id) == str(created[0].id)],
        "by_id": [by_id.name, str(by_id.id) == str(created[1].id)],
        "error": error,
    }}))
    """
    )
    assert result["tenant"] == ["GetTenantResponse", "acme"]
    assert result["database"] == ["Database", "docs", "acme"]
    assert result["created"] == [
        ["Collection", "papers", "acme", "docs"],
        ["Collection", "notes", "acme", "docs"],
    ]
    assert result["listed"] == result["ids"]
    assert [name for name, _ in result["listed"]] == ["notes", "papers"]
    assert result["read"] == ["papers", True]
    assert result["by_id"] == ["notes", True]
    assert result["error"] == {
        "type": "NotFoundError",
        "status": 404,
        "body": {
            "error": "NotFoundError",
            "message": "Collection [no-such-collection] does not exist",
        },
        "base": True,
    }


def test_chroma_database_list_breaks_its_own_document(
    chroma: RunningServer, chroma_client: GeneratedClient
) -> None:
    """Chroma's document names one component `Vec` for both of its lists (utoipa names
    `Vec<Collection>` and `Vec<Database>` alike), so the database list is documented as a
    list of collections; the client says so instead of returning wrong objects."""
    result = chroma_client.run(
        CHROMA_IMPORTS
        + f"""
    with Client(api_key="unused", base_url={chroma.base_url!r}, max_retries=0) as client:
        client.tenants.create_tenant(body=CreateTenantPayload(name="broken"))
        client.tenants.databases.create_database(
            tenant="broken", body=CreateDatabasePayload(name="main")
        )
        try:
            client.tenants.databases.list_databases(tenant="broken")
            error = None
        except ResponseValidationError as exc:
            error = [exc.status_code, exc.field, str(exc)]
    print(json.dumps(error))
    """
    )
    assert result == [
        200,
        "[0].configuration_json",
        "GET /api/v2/tenants/broken/databases answered 200 with a body that does not match "
        "the API document: [0].configuration_json: required field is missing",
    ]


def test_chroma_async_client(chroma: RunningServer, chroma_client: GeneratedClient) -> None:
    result = chroma_client.run(
        CHROMA_IMPORTS
        + """
    import asyncio

    async def main():
        async with AsyncClient(max_retries=0) as client:
            tenants = client.tenants
            await tenants.create_tenant(body=CreateTenantPayload(name="async-tenant"))
            await tenants.databases.create_database(
                tenant="async-tenant", body=CreateDatabasePayload(name="main")
            )
            created = await tenants.databases.collections.create_collection(
                tenant="async-tenant", database="main", body=CreateCollectionPayload(name="first")
            )
            listed = await tenants.databases.collections.list_collections(
                tenant="async-tenant", database="main"
            )
            try:
                await tenants.get_tenant(tenant_name="no-such-tenant")
                error = None
            except NotFoundError as exc:
                error = [type(exc).__name__, exc.status_code, exc.body]
        return {
            "listed": [(c.name, str(c.id) == str(created.id)) for c in listed],
            "error": error,
        }

    print(json.dumps(asyncio.run(main())))
    """,
        CHROMA_FRONTEND_BASE_URL=chroma.base_url,
        CHROMA_FRONTEND_API_KEY="unused",
    )
    assert result["listed"] == [["first", True]]
    assert result["error"][:2] == ["NotFoundError", 404]
    assert result["error"][2]["error"] == "NotFoundError"
    assert "no-such-tenant" in result["error"][2]["message"]
