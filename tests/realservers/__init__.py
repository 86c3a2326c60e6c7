"""Real open-source servers from PyPI, each in its own cached virtualenv, for end-to-end tests.

A `ServerDefinition` says how to install a server (a pinned PyPI requirement), how to start
it on 127.0.0.1 with a free port and a temporary data directory, when it is ready, and
where its OpenAPI document is. `running(definition)` does all of it:

    from tests.realservers import PREFECT, running, ensure_installed

    with running(PREFECT) as server:       # installs on first use, then reuses the venv
        server.base_url                    # e.g. http://127.0.0.1:41234/api (the API's base)
        server.document()                  # the OpenAPI document it serves, as a dict

The virtualenv lives under `.cache/realservers/<name>-<version>/venv` in the repository
(git-ignored), keyed by the pinned version: a new pin gets a new venv, and a venv whose
install did not finish is redone. When PyPI cannot be reached, `ensure_installed` skips
the calling test with the reason. Anything can use this module (contract tests, client
tests); nothing in it knows about specbind.

Tests that start real servers carry `@pytest.mark.realserver`: the default run leaves them
out, `make contract-real` (or `pytest -m realserver`) runs them.
"""

from tests.realservers.servers import (
    CHROMA,
    DEFINITIONS,
    PREFECT,
    RunningServer,
    ServerDefinition,
    ensure_installed,
    running,
)

__all__ = [
    "CHROMA",
    "DEFINITIONS",
    "PREFECT",
    "RunningServer",
    "ServerDefinition",
    "ensure_installed",
    "running",
]
