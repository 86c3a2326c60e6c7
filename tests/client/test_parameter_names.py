"""Parameters whose Python names collide keep their wire names exactly.

openapi-python-client names `StartTime`, `StartTime<` and `StartTime>` all
`start_time` and drops the operation (Twilio has nine such operations). The client
gets distinct Python names for them and still sends each under its own name.
"""

from __future__ import annotations

import copy
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from specbind.client import generate_client
from specbind.client.parameters import engine_document
from tests.client.conftest import operation_method
from tests.client.recording_server import Answer, RecordingServer
from tests.conftest import imported, scratch_config

DOCUMENT = Path(__file__).parent / "fixtures" / "colliding_parameters.yaml"
PACKAGE = "colliding_client"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    config = scratch_config(tmp_path_factory.mktemp("colliding"), "colliding")
    assert generate_client(config, DOCUMENT, config.client_output).operation_count == 1
    with imported(config.client_output, PACKAGE) as package:
        yield package


def test_colliding_parameters_get_distinct_python_names(package: ModuleType) -> None:
    parameters = inspect.signature(
        importlib.import_module(f"{PACKAGE}.resources.calls").CallsResource.list_calls
    ).parameters
    assert [name for name in parameters if name not in ("self", "options")][:7] == [
        "start_time",
        "start_time_lt",
        "start_time_gt",
        "end_time_lt",
        "end_time",
        "x_trace",
        "x_trace_not",
    ]


def test_each_value_goes_out_under_its_exact_wire_name(
    package: ModuleType, server: RecordingServer
) -> None:
    server.answer(Answer(204))
    with package.Client(api_key="k", base_url=server.url, max_retries=0) as client:
        client.calls.list_calls(
            start_time="2024-01-01",
            start_time_lt="2024-02-01",
            start_time_gt="2023-12-01",
            end_time="e",
            end_time_lt="e<",
            x_trace="t",
            x_trace_not="t!",
        )
    assert server.last.raw_query.split("&") == [
        "StartTime=2024-01-01",
        "StartTime%3C=2024-02-01",
        "StartTime%3E=2023-12-01",
        "EndTime%3C=e%3C",
        "EndTime=e",
    ]
    assert server.last.headers["x-trace"] == "t"
    assert server.last.headers["x-trace!"] == "t!"


def test_only_the_engine_copy_is_renamed() -> None:
    data = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    before = copy.deepcopy(data)
    engine_data, wire_names = engine_document(data)
    assert data == before
    assert wire_names == {
        ("get", "/calls", "query", "StartTime lt"): "StartTime<",
        ("get", "/calls", "query", "StartTime gt"): "StartTime>",
        ("get", "/calls", "query", "EndTime lt"): "EndTime<",
        ("get", "/calls", "header", "X-Trace not"): "X-Trace!",
    }
    item = engine_data["paths"]["/calls"]
    assert "parameters" not in item  # moved into the operation, after its own
    assert [p["name"] for p in item["get"]["parameters"]] == [
        "StartTime",
        "StartTime lt",
        "StartTime gt",
        "EndTime lt",
        "X-Trace",
        "X-Trace not",
        "EndTime",
    ]
    assert engine_document(before | {"paths": {}}) == (before | {"paths": {}}, {})


def test_parameters_behind_escaped_refs_are_read() -> None:
    """A component parameter named `Start/Time` is `$ref`ed as `Start~1Time` (RFC 6901);
    the ref was looked up undecoded, found nothing, and the clash went unrenamed."""
    ref = "#/components/parameters/"
    data = {
        "paths": {"/calls": {"get": {"parameters": [
            {"$ref": f"{ref}Start~1Time"}, {"$ref": f"{ref}Start~1Time~0lt"}]}}},
        "components": {"parameters": {
            "Start/Time": {"name": "StartTime", "in": "query", "schema": {"type": "string"}},
            "Start/Time~lt": {"name": "StartTime<", "in": "query", "schema": {"type": "string"}},
        }},
    }  # fmt: skip
    engine_data, wire_names = engine_document(data)
    assert wire_names == {("get", "/calls", "query", "StartTime lt"): "StartTime<"}
    renamed = engine_data["paths"]["/calls"]["get"]["parameters"]
    assert [p.get("name", p.get("$ref")) for p in renamed] == [f"{ref}Start~1Time", "StartTime lt"]


def test_parameters_named_like_call_options_get_their_location_in_front(
    tmp_path: Path, server: RecordingServer
) -> None:
    """Docker's `timeout` query parameter (corpus sample): `timeout=` is the request's own
    option on every method, so the parameter is `query_timeout`, sent as `timeout`."""
    document = Path(__file__).parents[1] / "corpus" / "shapes" / "option_named_parameters.yaml"
    config = scratch_config(tmp_path, "plugins")
    generate_client(config, document, config.client_output)
    server.answer(Answer(200))
    with (
        imported(config.client_output, config.client_package) as generated,
        generated.Client(api_key="k", base_url=server.url, max_retries=0) as client,
    ):
        enable_plugin = operation_method(client, "enable_plugin")
        signature = inspect.signature(enable_plugin).parameters
        assert [n for n in signature if n not in ("self", "options")] == [
            "name",
            "query_timeout",
            "header_max_retries",
        ]
        enable_plugin(name="p", query_timeout=5, header_max_retries=2, timeout=9.0)
    assert server.last.path == "/plugins/p/enable"
    assert server.last.query == {"timeout": ["5"]}
    assert server.last.headers["max_retries"] == "2"
