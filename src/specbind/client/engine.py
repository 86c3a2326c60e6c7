"""Every contact specbind has with openapi-python-client's internals, in one place.

The client engine is pinned (`ENGINE_VERSION`, the `openapi-python-client==` requirement in
pyproject.toml, checked by tests/client/test_engine.py). Its public API (its `Project`,
`GeneratorData`, `Config`, parsed properties and `strings`) is used where it is needed;
what reaches past that API is here, each with what it relies on and the test that
guards it, so an engine upgrade has one module to review:

1. `cheap_endpoint_copies` replaces the engine's `deepcopy` of endpoints while it parses
   (`openapi_python_client.parser.openapi.deepcopy`, a module global): each build step
   only appends to an endpoint's lists and sets, reassigns its fields, or renames a
   parameter property, so `endpoint_copy` is enough and GitHub's document parses in
   seconds less. Guard: tests/client/test_engine_copies.py (the whole output of several
   documents is the same with deep copies).
2. `engine_messages_show_text` gives `UntrustedString` a `__format__` while the engine
   parses: the engine writes names into its messages with f-strings, which would read
   `<...UntrustedString object at 0x...>`. Guard: tests/client/test_engine_messages.py.
3. `Project.build()` step by step, without its post-hooks, so that a forked process
   (`specbind.render.parallel.beside`) and this one share the rendering: `start_project`
   and `project_errors` call its private `_create_package`, `_build_metadata` and
   `_get_errors`; `build_models`, `start_operations` and `build_operations` are its
   `_build_models` and `_build_api` (read against 0.29.1: the same templates, order, files
   and `models/__init__.py`) cut into shares of modules, since one process alone left the
   other idle, and without the `client.py` and `errors.py` our runtime replaces. That
   relies on the processes writing disjoint files (each its share of `models/` and
   `api/<tag>/`) and on none leaving anything on the `Project` another needs
   (`_get_errors` reads the parse errors, and `Project.errors`, which only post-hooks
   append to). Guard: tests/client/test_engine.py (shares write what `_build_models` and
   `_build_api` write, byte for byte), tests/client/test_generate.py and `specbind check`
   (generated/ is the engine's output, byte for byte).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from openapi_python_client import Project
from openapi_python_client.parser import import_string_from_class
from openapi_python_client.parser import openapi as engine_openapi
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.responses import Responses
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode, PythonIdentifier

from specbind.render.imports import tidy_import_block

# The version every contact below was read against (pyproject.toml pins the same).
ENGINE_VERSION = "0.29.1"
ENGINE_DISTRIBUTION = "openapi-python-client"

_PARAMETER_LISTS = ("query_parameters", "path_parameters", "header_parameters", "cookie_parameters")


# -- 1. the engine's endpoint copies -------------------------------------------------------


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
    """While active, the engine copies endpoints with `endpoint_copy`; anything else is
    still deep-copied."""
    # the module's own name for `copy.deepcopy`, looked up at each call
    original = vars(engine_openapi)["deepcopy"]
    setattr(engine_openapi, "deepcopy", _engine_copy)  # noqa: B010
    try:
        yield
    finally:
        setattr(engine_openapi, "deepcopy", original)  # noqa: B010


# -- 2. the engine's messages ----------------------------------------------------------------


def _untrusted_literal(value: UntrustedString, spec: str) -> str:
    return repr(value.get_untrusted_value())


@contextmanager
def engine_messages_show_text() -> Iterator[None]:
    """While active, an UntrustedString formats as its Python literal (`repr`): the
    engine's messages show the text, and a literal is all it could be if any ever
    reached code."""
    before = UntrustedString.__dict__.get("__format__")
    UntrustedString.__format__ = _untrusted_literal  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        if before is None:
            del UntrustedString.__format__
        else:  # pragma: no cover - the engine defines none
            UntrustedString.__format__ = before  # type: ignore[method-assign]


# -- 3. Project.build(), step by step ----------------------------------------------------------


def start_project(project: Project) -> None:
    """The project directory, the package's `__init__.py`, `py.typed`, `types.py`, and the
    metadata (pyproject.toml, README.md, .gitignore): `build()`'s first steps."""
    project.project_dir.mkdir(parents=True, exist_ok=True)
    project._create_package()
    project._build_metadata()


def model_modules(project: Project) -> list[ModelProperty | EnumProperty | LiteralEnumProperty]:
    """What `models/` holds, one module each, in the engine's order: models, then enums."""
    return [*project.openapi.models, *project.openapi.enums]


def build_models(
    project: Project, positions: Iterable[int] | None = None, *, listing: bool = True
) -> None:
    """The modules under `models/` for the `positions` of `model_modules` (all of them
    when None; a process renders its share while another renders the rest), their
    opening imports tidied (ruff would spend longer on them); with `listing`, also
    `models/__init__.py`, for every module."""
    template = project.env.get_template
    model, literal_enum = template("model.py.jinja"), template("literal_enum.py.jinja")
    int_enum, str_enum = template("int_enum.py.jinja"), template("str_enum.py.jinja")
    encoding = project.config.file_encoding
    models_dir = project.package_dir / "models"
    models_dir.mkdir(exist_ok=True)  # by whichever share starts first
    modules = model_modules(project)
    for position in range(len(modules)) if positions is None else positions:
        module = modules[position]
        if isinstance(module, ModelProperty):
            text = model.render(model=module)
        elif isinstance(module, LiteralEnumProperty):
            text = literal_enum.render(enum=module)
        elif module.value_type is int:
            text = int_enum.render(enum=module)
        else:
            text = str_enum.render(enum=module)
        path = models_dir / f"{module.class_info.module_name}.py"
        path.write_text(tidy_import_block(text), encoding=encoding)
    if listing:
        text = template("models_init.py.jinja").render(
            imports=[import_string_from_class(module.class_info) for module in modules],
            alls=[module.class_info.name for module in modules],
        )
        (models_dir / "__init__.py").write_text(text, encoding=encoding)


def operation_modules(project: Project) -> list[tuple[str, Endpoint]]:
    """What `api/` holds, one module per operation, in the engine's order: (tag, endpoint)."""
    return [
        (tag, endpoint)
        for tag, collection in project.openapi.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    ]


def start_operations(project: Project) -> None:
    """`api/` and a package per tag, each with its `__init__.py`: where `build_operations`
    writes. The rest of the engine's `_build_api` (read against 0.29.1); its `client.py`
    and `errors.py` are left out, our runtime replaces them."""
    env = project.env
    encoding = project.config.file_encoding
    api_dir = project.package_dir / "api"
    api_dir.mkdir(exist_ok=True)
    (api_dir / "__init__.py").write_text(
        env.get_template("api_init.py.jinja").render(), encoding=encoding
    )
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        (api_dir / tag).mkdir(exist_ok=True)
        text = env.get_template("endpoint_init.py.jinja").render(endpoint_collection=collection)
        (api_dir / tag / "__init__.py").write_text(text, encoding=encoding)


def build_operations(project: Project, positions: Iterable[int] | None = None) -> None:
    """The module under `api/<tag>/` for the `positions` of `operation_modules` (all of
    them when None), as the engine's `_build_api` renders it. `start_operations` first."""
    template = project.env.get_template(
        "endpoint_module.py.jinja",
        globals={"isbool": lambda obj: obj.get_base_type_string() == PythonCode("bool")},
    )
    encoding = project.config.file_encoding
    api_dir = project.package_dir / "api"
    modules = operation_modules(project)
    for position in range(len(modules)) if positions is None else positions:
        tag, endpoint = modules[position]
        name = PythonIdentifier(endpoint.name, project.config.field_prefix)
        text = template.render(endpoint=endpoint)
        (api_dir / tag / f"{name}.py").write_text(text, encoding=encoding)


def project_errors(project: Project) -> list[GeneratorError]:
    """What the engine reported while parsing and building: `build()`'s result."""
    return project._get_errors()
