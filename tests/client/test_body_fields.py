"""A flat object body also goes in as its fields, keyword by keyword (client/bodies.py).

`client.catalog.things.create(name="lamp")` sends what `create(body=ThingRequest(name=
"lamp"))` sends; both at once, or a required field left out, is a TypeError before
anything is sent. A field named like a parameter of the operation is `body_<name>`.
"""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from specbind.client import generate_client
from specbind.client.runtime._operation import body_from_fields, optional_body_from_fields
from specbind.client.runtime.types import UNSET, Unset
from tests.client.conftest import API_KEY, GeneratedClient
from tests.client.recording_server import Answer, RecordingServer
from tests.conftest import imported, scratch_config

THING = {"id": 7, "name": "lamp"}
ISSUER_JSON = {
    "name": "Example University",
    "org": "acme",
    "entityId": "e-2",
    "signatories": {},
    "url": "https://example.com",
    "iconImage": "https://example.com/logo.png",
    "allowed_template_tags": ["course"],
}


def test_fields_as_keywords_send_the_body_json(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    server.answer(Answer(201, THING), Answer(201, THING))
    models = pages.module("models")
    with pages.package.Client(api_key=API_KEY, base_url=server.url) as client:
        made = client.catalog.things.create(name="lamp")
        raw = client.with_raw_response.catalog.things.create(name="desk", timeout=5.0)
    assert isinstance(made, models.Thing)
    assert (made.id, made.name) == (7, "lamp")
    assert raw.status_code == 201
    assert [(r.method, r.path, r.json) for r in server.requests] == [
        ("POST", "/api/catalog/things/", {"name": "lamp"}),
        ("POST", "/api/catalog/things/", {"name": "desk"}),
    ]
    assert server.requests[0].headers["content-type"] == "application/json"


def test_async_fields_as_keywords(pages: GeneratedClient, server: RecordingServer) -> None:
    server.answer(Answer(201, THING))

    async def call() -> Any:
        async with pages.package.AsyncClient(api_key=API_KEY, base_url=server.url) as client:
            return await client.catalog.things.create(name="lamp")

    assert asyncio.run(call()).id == 7
    assert server.last.json == {"name": "lamp"}


def test_body_and_fields_together_or_a_missing_field_are_type_errors(
    pages: GeneratedClient, server: RecordingServer
) -> None:
    models = pages.module("models")
    with pages.package.Client(api_key=API_KEY, base_url=server.url) as client:
        with pytest.raises(TypeError) as both:
            client.catalog.things.create(body=models.ThingRequest(name="a"), name="b")
        with pytest.raises(TypeError) as missing:
            client.catalog.things.create()
    assert str(both.value) == (
        "catalog.things.create() takes the request body as body= or as its fields, "
        "not both (got body= and name)"
    )
    assert str(missing.value) == (
        "catalog.things.create() is missing the required body field(s) name "
        "(or pass the whole body as body=)"
    )
    assert server.requests == []


def test_a_field_named_like_a_parameter_is_body_prefixed(
    v359: GeneratedClient, server: RecordingServer
) -> None:
    """PUT .../issuers/{entity_id} has a path parameter and a body field both `entity_id`:
    the path keeps the name, the field is `body_entity_id`, sent under its wire name."""
    server.answer(Answer(200, ISSUER_JSON))
    with v359.package.Client(api_key=API_KEY, base_url=server.url) as client:
        issuer = client.credentials.orgs.users.issuers.update(
            org="acme",
            user_id="u1",
            entity_id="e-1",
            body_entity_id="e-2",
            icon_image="https://example.com/logo.png",
        )
    assert issuer.entity_id == "e-2"
    assert server.last.method == "PUT"
    assert server.last.path == "/api/credentials/orgs/acme/users/u1/issuers/e-1"
    assert server.last.json == {"entityId": "e-2", "iconImage": "https://example.com/logo.png"}


class Model:
    def __init__(self, **fields: Any) -> None:
        self.fields = fields


def test_body_from_fields_builds_the_model_from_the_given_fields_only() -> None:
    fields = (("name", "name", "lamp"), ("body_id", "id", UNSET), ("note", "note", None))
    built = body_from_fields("things.create", UNSET, Model, ["name"], fields)
    assert built.fields == {"name": "lamp", "note": None}  # None is a value, UNSET is absent
    given = Model(name="x")
    assert body_from_fields("things.create", given, Model, ["name"], ()) is given
    # no required field and none given: an empty body
    assert body_from_fields("things.create", UNSET, Model, [], ()).fields == {}


def test_an_optional_body_is_left_out_when_nothing_is_given() -> None:
    nothing = optional_body_from_fields("things.patch", UNSET, Model, ["name"], ())
    assert isinstance(nothing, Unset)
    one = optional_body_from_fields("things.patch", UNSET, Model, [], (("a", "a", 1),))
    assert isinstance(one, Model) and one.fields == {"a": 1}
    with pytest.raises(TypeError) as missing:
        optional_body_from_fields("things.patch", UNSET, Model, ["name"], (("a", "a", 1),))
    assert str(missing.value).startswith(
        "things.patch() is missing the required body field(s) name"
    )


BODIES = Path(__file__).parent / "fixtures" / "bodies.yaml"


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("bodies")
    config = scratch_config(root, "bodies")
    generate_client(config, BODIES, root / "client")
    with imported(root / "client", config.client_package) as package:
        yield package


def _keywords(method: Any) -> dict[str, str]:
    """The method's keyword parameters and their annotations, as written."""
    return {
        name: str(parameter.annotation)
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }


def test_which_bodies_take_their_fields_as_keywords(bodies: ModuleType) -> None:
    client = bodies.Client(base_url="http://127.0.0.1:9")
    # flat object bodies: every field a keyword, typed as the model types it
    # (the implementation's signature, where each may be left out; overloads say which not)
    assert _keywords(client.widgets.create) == {
        "body": "Widget | Unset",
        "id": "int | Unset",
        "name": "str | Unset",
        "body_timeout": "float | Unset",  # `timeout` is the per-call option's
        "size": "int | Unset",
    }
    # a field named like a parameter is `body_<name>`
    assert _keywords(client.widgets.partial_update) == {
        "id": "int",
        "colour": "str | Unset",
        "body": "PatchedWidget | Unset",
        "body_colour": "str | Unset",
        "name": "None | str | Unset",
    }
    # `body_id` is taken too: that body goes in as `body=` only
    assert list(_keywords(client.clashes.update)) == ["id", "body_id", "body"]
    # a oneOf, a map with only additionalProperties, a form: `body=` only
    assert list(_keywords(client.choices.create)) == ["body"]
    assert list(_keywords(client.maps.create)) == ["body"]
    assert list(_keywords(client.forms.create)) == ["body"]


LAZY_PROGRAM = """
import sys
import {package} as package
client = package.Client(api_key="k", base_url="http://127.0.0.1:9")
before = sorted(m for m in sys.modules if m.startswith("{package}.models."))
client.catalog.things
after = sorted(m for m in sys.modules if m.startswith("{package}.models."))
from {package}.models import Issuer
try:
    package.models.Nope
except AttributeError as exc:
    missing = str(exc)
print(before, after, "Issuer" in dir(package.models), Issuer.__name__, missing, sep="|")
"""


def test_models_load_on_first_use(pages: GeneratedClient) -> None:
    """`models/__init__.py` imports nothing until a name is read: a resource loads the
    model modules its own methods name, and every name is still there to import."""
    package = pages.package.__name__
    root = Path(pages.package.__file__ or "").parents[1]
    result = subprocess.run(
        [sys.executable, "-c", LAZY_PROGRAM.format(package=package)],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    before, after, listed, name, missing = result.stdout.strip().split("|")
    models = f"{package}.models"
    assert before == "[]"
    assert after == str(
        [f"{models}.paginated_thing_list", f"{models}.thing", f"{models}.thing_request"]
    )
    assert (listed, name) == ("True", "Issuer")
    assert missing == f"module '{models}' has no attribute 'Nope'"
