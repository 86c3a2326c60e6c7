"""The generator registry: names to generators, each a `specbind.generation.Generator`."""

from __future__ import annotations

import pytest

from specbind.client import generate_client
from specbind.errors import SpecbindError
from specbind.generators import GENERATOR_NAMES, default_generators, generator


def test_the_registry_names_the_client_and_the_server() -> None:
    pytest.importorskip("specbind.server", reason="the server generator is missing")
    from specbind.server import generate_server

    assert GENERATOR_NAMES == ("client", "server")
    assert default_generators() == {"client": generate_client, "server": generate_server}


def test_an_unknown_name_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(SpecbindError, match=r"no generator named 'docs': client or server"):
        generator("docs")
