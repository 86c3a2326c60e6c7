"""A hostile document generates code that compiles, imports and sends its strings as data.

tests/hostile/hostile.yaml puts triple quotes, backslashes, `\\N{`, Jinja syntax, NUL and
control characters, very long lines and `__import__('os').system(...)` /
`open('/tmp/...', 'w')` payloads into every string a generator copies into code: info,
summaries, descriptions, parameter names, schema and property names, enum values,
defaults, examples, operationIds and tags. Client and server are generated from it,
every module is compiled and imported, each client call goes to a real local HTTP
server, and the hostile strings arrive there byte for byte; no payload ever runs.
"""

from __future__ import annotations

import compileall
import importlib
import inspect
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import pytest
import yaml

from specbind.client import generate_client
from specbind.config import Config
from specbind.server import generate_server
from tests.client.conftest import operation_method
from tests.client.recording_server import Answer, RecordingServer, recording_server
from tests.conftest import scratch_config

HOSTILE = Path(__file__).with_name("hostile.yaml")
DOCUMENT: dict[str, Any] = yaml.safe_load(HOSTILE.read_text(encoding="utf-8"))
PAYLOAD: str = DOCUMENT["info"]["description"]
PWNED = sorted(Path("/tmp").glob("specbind-pwned*"))
ITEM_SCHEMA = DOCUMENT["components"]["schemas"]['Evil.Item"""']
NAME_PROPERTY = 'na"""me'
CODE_PROPERTY = "__import__('os').system('touch /tmp/specbind-pwned-name')"
QUERY_NAME = 'q"""\'\\{{x}}'


def _pwned() -> list[Path]:
    return sorted(Path("/tmp").glob("specbind-pwned*"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    for leftover in _pwned():
        leftover.unlink()
    root = tmp_path_factory.mktemp("hostile")
    config = scratch_config(root, "hostile")
    client = generate_client(config, HOSTILE, config.client_output)
    server = generate_server(config, HOSTILE, config.server_output)
    sys.path[:0] = [str(config.client_output), str(config.server_output)]
    try:
        yield {"config": config, "client": client, "server": server}
    finally:
        sys.path[:] = [p for p in sys.path if not p.startswith(str(root))]
        for name in [m for m in sys.modules if m.split(".")[0].startswith("hostile_")]:
            del sys.modules[name]


def _modules(package: str) -> list[ModuleType]:
    root = importlib.import_module(package)
    names = [m.name for m in pkgutil.walk_packages(root.__path__, f"{package}.")]
    return [root, *(importlib.import_module(name) for name in names)]


def test_every_operation_is_generated(generated: dict[str, Any]) -> None:
    assert generated["client"].operation_count == 2
    assert generated["server"].operation_count == 2


def test_every_generated_file_compiles(generated: dict[str, Any]) -> None:
    config: Config = generated["config"]
    for project in (config.client_output, config.server_output):
        assert compileall.compile_dir(str(project), quiet=2, force=True)


def test_every_module_imports_and_no_payload_ran(generated: dict[str, Any]) -> None:
    modules = _modules("hostile_client") + _modules("hostile_server")
    assert len(modules) > 10
    assert _pwned() == []


@pytest.mark.parametrize("side", ["client", "server"])
def test_generated_code_keeps_no_raw_control_characters(
    generated: dict[str, Any], side: str
) -> None:
    """Control characters from the document are written as escapes, never raw: a raw ESC
    in a docstring is a terminal escape sequence waiting for whoever reads the file."""
    config: Config = generated["config"]
    project = config.client_output if side == "client" else config.server_output
    raw = {
        f"{file.relative_to(project)}:{number}"
        for file in sorted(project.rglob("*.py"))
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line) or "\x7f" in line
    }
    assert raw == set()


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with recording_server() as state:
        yield state


def _operation(name_part: str, method: str) -> tuple[str, Any]:
    package = importlib.import_module("hostile_client")
    api = Path(package.__file__ or "").parent / "api"
    for file in sorted(api.rglob("*.py")):
        if file.name == "__init__.py":
            continue
        dotted = ".".join(file.relative_to(api.parent).with_suffix("").parts)
        module = importlib.import_module(f"hostile_client.{dotted}")
        if module.OPERATION.method == method and name_part in module.OPERATION.path:
            return file.stem, module
    raise AssertionError(f"no generated {method} operation on a path with {name_part!r}")


def _item_json() -> dict[str, Any]:
    return {NAME_PROPERTY: PAYLOAD, CODE_PROPERTY: PAYLOAD, "{{ 7*7 }}": 49, "kind": '"""'}


def test_get_sends_hostile_path_and_query_values_as_data(
    generated: dict[str, Any], server: RecordingServer
) -> None:
    package = importlib.import_module("hostile_client")
    name, _ = _operation("{item_id}", "GET")
    server.answer(Answer(200, _item_json()))
    with package.Client(api_key="k", base_url=server.url, max_retries=0) as client:
        method = operation_method(client, name)
        arguments: dict[str, Any] = {}
        for parameter in inspect.signature(method).parameters.values():
            if parameter.kind is parameter.KEYWORD_ONLY and parameter.annotation in (str, "str"):
                arguments[parameter.name] = PAYLOAD
        assert len(arguments) == 2
        value = method(**arguments)
    request = server.last
    assert request.method == "GET"
    assert unquote(request.path) == f"/items/{PAYLOAD}"
    assert request.query[QUERY_NAME] == [PAYLOAD]
    assert value.to_dict()[NAME_PROPERTY] == PAYLOAD
    assert value.to_dict()[CODE_PROPERTY] == PAYLOAD
    assert _pwned() == []


def test_a_hostile_default_is_never_sent_as_other_text(
    generated: dict[str, Any], server: RecordingServer
) -> None:
    """The engine would write this default altered, so the normalising pass drops it: the
    required parameter has no default in Python, and its value arrives as given.
    """
    package = importlib.import_module("hostile_client")
    name, _ = _operation("{item_id}", "GET")
    parameters = DOCUMENT["paths"]["/items/{item_id}"]["get"]["parameters"]
    default = next(p for p in parameters if p["name"] == QUERY_NAME)["schema"]["default"]
    server.answer(Answer(200, _item_json()))
    with package.Client(api_key="k", base_url=server.url, max_retries=0) as client:
        method = operation_method(client, name)
        signature = inspect.signature(method).parameters
        defaults = [p.default for p in signature.values() if isinstance(p.default, str)]
        assert defaults == []
        query_argument = next(n for n in signature if n.startswith("q"))
        method(item_id="1", **{query_argument: default})
    assert server.last.query[QUERY_NAME] == [default]
    assert _pwned() == []


def test_post_sends_hostile_property_names_and_values_as_data(
    generated: dict[str, Any], server: RecordingServer
) -> None:
    package = importlib.import_module("hostile_client")
    name, module = _operation("/items", "POST")
    body_class = inspect.signature(module.build_request).parameters["body"].annotation
    models = importlib.import_module("hostile_client.models")
    model = getattr(models, str(body_class).split(".")[-1].strip("'\" |None"))
    server.answer(Answer(201, _item_json()))
    with package.Client(api_key="k", base_url=server.url, max_retries=0) as client:
        operation_method(client, name)(body=model.from_dict(_item_json()))
    assert server.last.json == _item_json()
    assert _pwned() == []


def test_enum_values_survive_as_data(generated: dict[str, Any]) -> None:
    models = importlib.import_module("hostile_client.models")
    values = {
        member.value
        for name in dir(models)
        if isinstance(getattr(models, name), type)
        for member in getattr(getattr(models, name), "__members__", {}).values()
    }
    assert set(ITEM_SCHEMA["properties"]["kind"]["enum"]) <= values
    parameters = DOCUMENT["paths"]["/items/{item_id}"]["get"]["parameters"]
    query_enum = next(p for p in parameters if p["name"] == "class")["schema"]["enum"]
    assert set(query_enum) <= values


def test_server_publishes_the_hostile_text_as_data(generated: dict[str, Any]) -> None:
    app = importlib.import_module("hostile_server.app").create_app()
    published = app.openapi()
    assert published["info"]["description"] == PAYLOAD
    operation = published["paths"]["/items/{item_id}"]["get"]
    assert {"self", "class", QUERY_NAME} <= {p["name"] for p in operation["parameters"]}
    assert _pwned() == []
