"""The package generators by name: what `generate`, `upgrade` and `check` run.

Each is a `specbind.generation.Generator`. They are imported only when asked for, so a
command that generates nothing never pays for an engine's start-up, and an installation
without the server's extras still generates the client.
"""

from __future__ import annotations

from specbind.errors import SpecbindError
from specbind.generation import Generator

GENERATOR_NAMES = ("client", "server")


def generator(name: str) -> Generator:
    """The generator called `name` (client or server)."""
    if name == "client":
        try:
            from specbind.client import generate_client
        except ImportError as exc:
            raise SpecbindError(f"the client generator is not available: {exc}") from None
        return generate_client
    if name == "server":
        try:
            from specbind.server import generate_server
        except ImportError as exc:
            raise SpecbindError(f"the server generator is not available: {exc}") from None
        return generate_server
    raise SpecbindError(f"no generator named {name!r}: {' or '.join(GENERATOR_NAMES)}")


def default_generators() -> dict[str, Generator]:
    """Every generator, by name: the client and the server stubs."""
    return {name: generator(name) for name in GENERATOR_NAMES}
