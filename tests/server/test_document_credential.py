"""The generated server reads the credential where the document's scheme puts it."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from specbind.config import document_config, load_config
from specbind.server import generate_server
from tests.client.test_document_names import KEY, SCHEMES, pet_document
from tests.conftest import imported

REPO = Path(__file__).resolve().parents[2]


MISSING = {
    "header": "missing API key: send 'X-Pet-Key: <key>'",
    "query": "missing API key: send the query parameter 'api_key'",
    "cookie": "missing API key: send the cookie 'pet_session'",
    "bearer": "missing API key: send 'Authorization: Bearer <key>'",
}


def _sent(kind: str, key: str) -> dict[str, Any]:
    """httpx request arguments carrying `key` as `kind`'s scheme says."""
    if kind == "header":
        return {"headers": {"X-Pet-Key": key}}
    if kind == "query":
        return {"params": {"api_key": key}}
    if kind == "cookie":
        return {"headers": {"Cookie": f"pet_session={key}"}}
    return {"headers": {"Authorization": f"Bearer {key}"}}


@pytest.mark.parametrize("kind", ["header", "query", "cookie", "bearer"])
def test_the_server_reads_the_credential_the_scheme_says(tmp_path: Path, kind: str) -> None:
    document = pet_document(title=f"Pets {kind}", scheme=SCHEMES[kind])
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    config = document_config(load_config(REPO), document, spec)
    generate_server(config, spec, tmp_path / "server")
    with imported(tmp_path / "server", config.server_package):
        app = importlib.import_module(f"{config.server_package}.app").create_app(api_keys=[KEY])
        client = TestClient(app)
        # the right key passes the check (501: nothing implements the operation)
        assert client.get("/pets/7", **_sent(kind, KEY)).status_code == 501
        assert client.get("/pets/7", **_sent(kind, "wrong")).status_code == 401
        missing = client.get("/pets/7")
        assert missing.status_code == 401
        assert missing.json()["detail"] == MISSING[kind]
