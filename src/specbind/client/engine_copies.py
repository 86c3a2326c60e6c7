"""The client engine's endpoint copies, made as deep as they need to be.

openapi-python-client builds each endpoint in steps, and every step starts with
`deepcopy(endpoint)`: the copy takes along every parameter, response and body property
and the model properties they hold, so on GitHub's document the copies are most of the
engine's parse (seconds). Each step only appends to the endpoint's lists and sets,
reassigns its fields, or renames a parameter property (`set_python_name`), so a copy
of the endpoint with its own lists, its own set and its own parameter property objects
is enough to keep the old endpoint as it was. `cheap_endpoint_copies` puts that copy in
place of the engine's `deepcopy` for endpoints while the engine parses; anything else
is still deep-copied. The engine's version is pinned (pyproject.toml): a new version
must pass the test that compares its whole output with and without this.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from openapi_python_client.parser import openapi as engine_openapi
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.responses import Responses

_PARAMETER_LISTS = ("query_parameters", "path_parameters", "header_parameters", "cookie_parameters")


def endpoint_copy(endpoint: Endpoint) -> Endpoint:
    """A copy whose changes (the engine's build steps) never reach `endpoint`."""
    copied = copy.copy(endpoint)
    copied.relative_imports = set(endpoint.relative_imports)
    copied.tags = list(endpoint.tags)
    for name in _PARAMETER_LISTS:
        setattr(copied, name, [copy.copy(prop) for prop in getattr(endpoint, name)])
    copied.responses = Responses(
        patterns=list(endpoint.responses.patterns), default=endpoint.responses.default
    )
    copied.bodies = list(endpoint.bodies)
    copied.errors = list(endpoint.errors)
    return copied


def _engine_copy(value: Any, memo: dict[int, Any] | None = None) -> Any:
    if type(value) is Endpoint and memo is None:
        return endpoint_copy(value)
    return copy.deepcopy(value, memo)


@contextmanager
def cheap_endpoint_copies() -> Iterator[None]:
    """While active, the engine copies endpoints with `endpoint_copy`."""
    # the module's own name for `copy.deepcopy`, looked up at each call
    original = vars(engine_openapi)["deepcopy"]
    setattr(engine_openapi, "deepcopy", _engine_copy)  # noqa: B010
    try:
        yield
    finally:
        setattr(engine_openapi, "deepcopy", original)  # noqa: B010
