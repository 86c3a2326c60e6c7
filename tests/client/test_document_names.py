"""A document outside the configured API gets its own names and its own credential.

Each security scheme kind is a minimal document; the generated client is called against
the loopback recording server and must send the credential where the scheme says.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from specbind.client import generate_client
from specbind.config import Config, api_name_from_title, document_config, load_config
from specbind.errors import ConfigError
from specbind.openapi.security import document_credential
from tests.client.conftest import operation_method
from tests.client.recording_server import Answer, RecordingServer, recording_server
from tests.conftest import imported

REPO = Path(__file__).resolve().parents[2]
KEY = "s3cret-key"
SRC = REPO / "src" / "specbind"


def pet_document(
    title: str = "Pet Store API", scheme: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One GET returning a model; `scheme` becomes the only, required, security scheme."""
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "2.1.0"},
        "servers": [{"url": "https://pets.example.com/v1"}],
        "paths": {
            "/pets/{pet_id}": {
                "get": {
                    "operationId": "getPet",
                    "tags": ["pets"],
                    "parameters": [
                        {
                            "name": "pet_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "the pet",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}},
                    "required": ["name"],
                }
            }
        },
    }
    if scheme is not None:
        document["components"]["securitySchemes"] = {"petAuth": scheme}
        document["security"] = [{"petAuth": []}]
    return document


@pytest.fixture(scope="module")
def repo_config() -> Config:
    return load_config(REPO)


# -- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Stripe API", "stripe"),
        ("Acme Billing REST API v2", "acme-billing"),
        ("Ünïcode Pets", "unicode-pets"),
        ("1Password Connect", "api-1password-connect"),
        ("API", "api"),
        ("日本語", ""),
        (
            "A very long title that goes on and on about what the service does",
            "a-very-long-title-that-goes-on-and-on",
        ),
    ],
)
def test_api_name_from_title(title: str, name: str) -> None:
    assert api_name_from_title(title) == name


def test_a_foreign_document_gets_names_from_its_title(repo_config: Config, tmp_path: Path) -> None:
    chosen = document_config(repo_config, pet_document(), tmp_path / "pets.json")
    assert chosen.api == "pet-store"
    assert chosen.client_package == "pet_store_client"
    assert chosen.server_package == "pet_store_server"
    assert chosen.client_distribution == "pet-store-client"
    assert chosen.api_key_env == "PET_STORE_API_KEY"
    assert chosen.base_url_env == "PET_STORE_BASE_URL"
    assert chosen.spec_version == "2.1.0"
    # the configured API's prefix, license and links are its own, not the document's
    assert (chosen.auth_prefix, chosen.license, chosen.project_urls) == ("", None, ())
    assert repo_config.auth_prefix == "Api-Token"


def test_untitled_documents_are_named_by_their_file(repo_config: Config, tmp_path: Path) -> None:
    document = pet_document(title="")
    document["info"]["version"] = "latest"
    chosen = document_config(repo_config, document, tmp_path / "weather.v3.json")
    assert (chosen.api, chosen.spec_version) == ("weather", "0.0.0")


def test_name_and_package_override_the_document(repo_config: Config, tmp_path: Path) -> None:
    chosen = document_config(
        repo_config, pet_document(), tmp_path / "p.json", name="zoo", client_package="zooclient"
    )
    assert (chosen.api, chosen.client_package, chosen.server_package) == (
        "zoo",
        "zooclient",
        "zoo_server",
    )
    assert chosen.api_key_env == "ZOO_API_KEY"
    with pytest.raises(ConfigError, match=r"--name is 'Zoo!'"):
        document_config(repo_config, pet_document(), tmp_path / "p.json", name="Zoo!")
    with pytest.raises(ConfigError, match=r"--package is 'class'"):
        document_config(repo_config, pet_document(), tmp_path / "p.json", client_package="class")


def test_api_token_is_set_only_by_the_configuration() -> None:
    """The ibl prefix lives in pyproject.toml, not in specbind's source or templates."""
    places = [
        path.relative_to(REPO).as_posix()
        for root in (SRC, REPO / "templates")
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and path.suffix in (".py", ".jinja")
        and "Api-Token" in path.read_text(encoding="utf-8")
    ]
    # conformance/ is another stage's (its default for `specbind contract`)
    assert [p for p in places if not p.startswith("src/specbind/conformance/")] == []
    assert 'auth-prefix = "Api-Token"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")


def test_cli_generates_a_foreign_document_under_its_own_names(tmp_path: Path) -> None:
    spec = tmp_path / "pets.json"
    spec.write_text(json.dumps(pet_document(scheme={"type": "http", "scheme": "bearer"})))
    command = [sys.executable, "-m", "specbind", "generate"]
    where = ["--spec", str(spec), "--out", str(tmp_path / "out"), "--project", str(REPO)]
    done = subprocess.run([*command, "client", *where], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "generated client for pet-store 2.1.0: 1 operation(s)" in done.stdout
    package = tmp_path / "out" / "client" / "pet_store_client"
    source = (package / "_client.py").read_text(encoding="utf-8")
    assert 'API_KEY_ENV = "PET_STORE_API_KEY"' in source
    assert 'DEFAULT_AUTH_PREFIX = "Bearer"' in source
    assert "ibl" not in source.lower() and "Api-Token" not in source
    project = (tmp_path / "out" / "client" / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "pet-store-client"' in project

    renamed = [*where[:-2], "--name", "zoo", "--project", str(REPO)]
    done = subprocess.run(
        [*command, "server", *renamed], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "server" / "zoo_server" / "app.py").is_file()

    done = subprocess.run(
        [*command, *where, "--package", "x"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "--package names one package" in done.stderr


# -- credentials ---------------------------------------------------------------------------

SCHEMES: dict[str, dict[str, Any]] = {
    "header": {"type": "apiKey", "in": "header", "name": "X-Pet-Key"},
    "query": {"type": "apiKey", "in": "query", "name": "api_key"},
    "cookie": {"type": "apiKey", "in": "cookie", "name": "pet_session"},
    "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
    "basic": {"type": "http", "scheme": "basic"},
    "none": {},
}


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    with recording_server() as running:
        yield running


def _call_pet(repo_config: Config, root: Path, kind: str, server: RecordingServer) -> Any:
    """Generate the client for `kind`'s document, call getPet once, return the request."""
    document = pet_document(title=f"Pets {kind}", scheme=SCHEMES[kind] or None)
    spec = root / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    config = document_config(repo_config, document, spec)
    generate_client(config, spec, root / "client")
    server.answer(Answer(200, {"name": "Rex"}))
    with (
        imported(root / "client", config.client_package) as package,
        package.Client(
            api_key="user:pw" if kind == "basic" else KEY, base_url=server.url
        ) as client,
    ):
        pet = operation_method(client, "get_pet")(pet_id="7")
    assert pet.name == "Rex"
    return server.last


@pytest.mark.parametrize("kind", list(SCHEMES))
def test_the_client_sends_the_credential_the_scheme_says(
    repo_config: Config, tmp_path: Path, server: RecordingServer, kind: str
) -> None:
    request = _call_pet(repo_config, tmp_path, kind, server)
    assert request.path == "/pets/7"
    sent = {
        "header": request.headers.get("x-pet-key"),
        "query": request.query.get("api_key"),
        "cookie": request.headers.get("cookie"),
        "authorization": request.headers.get("authorization"),
    }
    expected: dict[str, Any] = {
        "header": None,
        "query": None,
        "cookie": None,
        "authorization": None,
    }
    if kind == "header":
        expected["header"] = KEY
    elif kind == "query":
        expected["query"] = [KEY]
    elif kind == "cookie":
        expected["cookie"] = f"pet_session={KEY}"
    elif kind == "bearer":
        expected["authorization"] = f"Bearer {KEY}"
    elif kind == "basic":
        expected["authorization"] = "Basic " + base64.b64encode(b"user:pw").decode()
    assert sent == expected


def test_without_a_scheme_no_key_is_needed(repo_config: Config, tmp_path: Path) -> None:
    document = pet_document(title="Open Pets")
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    config = document_config(repo_config, document, spec)
    generate_client(config, spec, tmp_path / "client")
    with imported(tmp_path / "client", config.client_package) as package:
        client = package.Client(base_url="http://127.0.0.1:9/")
        assert client.auth_headers == {}
        client.close()


def test_the_required_scheme_wins_over_the_first_declared() -> None:
    document = pet_document(scheme=SCHEMES["query"])
    document["components"]["securitySchemes"] = {
        "legacy": SCHEMES["cookie"],
        "petAuth": SCHEMES["query"],
    }
    credential = document_credential(document)
    assert (credential.scheme, credential.location, credential.name) == (
        "petAuth",
        "query",
        "api_key",
    )
    mutual = pet_document(scheme={"type": "mutualTLS"})
    assert document_credential(mutual).location == "none"
    assert document_credential(mutual).unusable == "a mutualTLS scheme"
