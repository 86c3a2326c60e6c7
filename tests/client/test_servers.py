"""The default base URL and the auth header, read from the document."""

from __future__ import annotations

from typing import Any

import pytest

from specbind.client.servers import ServerBase, production_server

MOCK = {"url": "https://docs.ibl.ai/_mock/apis/ibl/", "description": "Mock server"}
PRODUCTION = {"url": "https://base.manager.iblai.app/"}


def test_production_is_chosen_by_description_not_position() -> None:
    assert (
        production_server({"servers": [MOCK, PRODUCTION]}).url == "https://base.manager.iblai.app/"
    )
    assert (
        production_server({"servers": [PRODUCTION, MOCK]}).url == "https://base.manager.iblai.app/"
    )


@pytest.mark.parametrize(
    "server",
    [
        {"url": "https://api.example.net/", "description": "Sandbox"},
        {"url": "https://staging.example.net/"},
        {"url": "https://example.net/_mock/v1/"},
        {"url": "http://localhost:8000/"},
    ],
)
def test_servers_named_as_non_production_are_passed_over(server: dict[str, Any]) -> None:
    chosen = {"url": "https://api.example.net/v2", "description": "Production"}
    assert production_server({"servers": [server, chosen]}).url == "https://api.example.net/v2/"


def test_a_document_with_only_mock_servers_keeps_its_first() -> None:
    assert production_server({"servers": [MOCK]}).url == MOCK["url"]


def test_server_variables_take_their_defaults() -> None:
    server = {"url": "https://{region}.example.net/api", "variables": {"region": {"default": "eu"}}}
    assert production_server({"servers": [server]}).url == "https://eu.example.net/api/"


def test_no_servers_means_no_default_base_url() -> None:
    assert production_server({}) == ServerBase("", "", "the document lists no servers")


@pytest.mark.parametrize(
    ("url", "path"), [("/api/v1", "/api/v1/"), ("api/v1/", "/api/v1/"), ("/", "")]
)
def test_a_relative_server_is_a_base_path(url: str, path: str) -> None:
    chosen = production_server({"servers": [{"url": url}]})
    assert (chosen.url, chosen.path) == ("", path)
    assert repr(url) in chosen.reason
