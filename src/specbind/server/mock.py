"""The mock server: the generated app with an implementation that tells the truth.

For each operation the mock answers with the document's example when it is valid
against the response schema, else with a value synthesised from the schema (the same
for the same seed). Every example it replaced is reported with its JSON pointer and
why, so a wrong example in the document is seen rather than served. In stateful mode
what a POST, PUT or PATCH sent is merged into its answer; a PUT or PATCH is kept (by
path parameters) and seen by the next GET of that path, a resource a POST created is
seen by the GET of `<collection>/{x}` whose `x` names one of its fields (`entity_id` ->
`entityId`, or `id`); a DELETE forgets it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import os
import socket
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import TypeAdapter, ValidationError

from specbind.config import Config
from specbind.errors import Problem, Severity, SpecbindError
from specbind.generation import Generation, GenerationJob
from specbind.openapi.naming import snake_case
from specbind.openapi.pointer import extend
from specbind.openapi.specref import SpecRef
from specbind.render.bytecode import cache_dir
from specbind.server.generate import generate_server
from specbind.server.routes import OperationRoute, operation_routes
from specbind.server.schemas import SchemaChecker
from specbind.server.synthesis import NoInstance, ValueSynthesiser

_STATE_METHODS = ("post", "put", "patch")
# The source of an operation whose schema gave no valid value: it answers 501.
UNANSWERABLE = "unanswerable"


@dataclass(frozen=True)
class MockAnswer:
    """What one operation answers with, and where the value came from."""

    operation_id: str
    status_code: int
    value: Any
    source: str  # "example <pointer>", "synthesised", "no body" or UNANSWERABLE

    @property
    def answerable(self) -> bool:
        return self.source != UNANSWERABLE


@dataclass
class MockAnswers:
    """The answer of every operation, and the examples that were replaced."""

    routes: list[OperationRoute]
    answers: dict[str, MockAnswer]
    warnings: list[Problem]
    checker: SchemaChecker
    stateful: bool = False
    state: dict[tuple[str, tuple[Any, ...]], Any] = field(default_factory=dict)

    def answer(self, route: OperationRoute, arguments: dict[str, Any]) -> Any:
        """The body for one call of `route` with the handler's `arguments`."""
        default = self.answers[route.operation_id].value
        if not self.stateful or (route.response_schema is None and route.method != "delete"):
            return default
        key = _state_key(route, arguments)
        if route.method == "delete":
            self.state.pop(key, None)
            return None
        current = self.state.get(key, default)
        if route.method in _STATE_METHODS and route.body is not None:
            current = self._merged(route, current, arguments)
            if route.method != "post":
                self.state[key] = current
        if route.method == "post":
            for item_route, item_key in self._item_keys(route, arguments, current):
                self.state[item_key] = _item_view(self, item_route, current)
        return current

    def _merged(self, route: OperationRoute, current: Any, arguments: dict[str, Any]) -> Any:
        """`current` with what the request body sent, when the result is still valid."""
        assert route.body is not None and route.response_schema is not None
        changes = _json(arguments.get(route.body.python_name))
        if isinstance(current, dict) and isinstance(changes, dict):
            updated = {**current, **changes}
            if self.checker.is_valid(updated, route.response_schema):
                return updated
        return current

    def _item_keys(
        self, route: OperationRoute, arguments: dict[str, Any], created: Any
    ) -> list[tuple[OperationRoute, tuple[str, tuple[Any, ...]]]]:
        """Where a POST's new resource can be read: `<collection>/{x}` with x in its body."""
        if not isinstance(created, dict):
            return []
        keys = []
        collection = route.path.rstrip("/") + "/"
        for other in self.routes:
            rest = (
                other.path[len(collection) :].rstrip("/")
                if other.path.startswith(collection)
                else ""
            )
            if other.method != "get" or not (rest.startswith("{") and rest.endswith("}")):
                continue
            name = rest[1:-1]
            value = _field_for(created, name)
            if value is None:
                continue
            params = []
            for param in other.parameters:
                if param.location == "path":
                    params.append(value if param.name == name else arguments.get(param.python_name))
            keys.append((other, (other.path, tuple(params))))
        return keys


def _state_key(route: OperationRoute, arguments: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    """A resource is its path template and its path parameters' values."""
    values = tuple(arguments.get(p.python_name) for p in route.parameters if p.location == "path")
    return route.path, values


def _field_for(resource: dict[str, Any], parameter: str) -> Any:
    """The field of `resource` that a path parameter names: `entity_id` -> `entityId`, `id`."""
    wanted = snake_case(parameter)
    for field_name, value in resource.items():
        if snake_case(field_name) == wanted and isinstance(value, str | int):
            return value
    if wanted.endswith("id") and isinstance(resource.get("id"), str | int):
        return resource["id"]
    return None


def _item_view(answers: MockAnswers, route: OperationRoute, created: Any) -> Any:
    """The created resource as the item GET answers it, if valid there; else its default."""
    if route.response_schema is not None and answers.checker.is_valid(
        created, route.response_schema
    ):
        return created
    return answers.answers[route.operation_id].value


def _json(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_unset=True)
    return value


def _examples(media: dict[str, Any], pointer: str) -> list[tuple[str, Any]]:
    """(pointer, value) of each inline example of a media type object."""
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append((extend(pointer, "example"), media["example"]))
    examples = media.get("examples")
    if isinstance(examples, dict):
        for name, example in examples.items():
            if isinstance(example, dict) and "value" in example:
                found.append((extend(pointer, "examples", name, "value"), example["value"]))
    return found


# Why a value would be refused by the generated app's response model ([] if it would not).
ModelCheck = Callable[[OperationRoute, Any], list[str]]


# Seeds tried per operation before its schema is declared impossible to satisfy.
_ATTEMPTS = 3


def mock_answers(
    data: dict[str, Any],
    routes: list[OperationRoute],
    seed: int = 0,
    stateful: bool = False,
    model_check: ModelCheck | None = None,
) -> MockAnswers:
    """Choose every operation's answer in the normalised document `data`.

    A value must pass the document's schema and, given `model_check`, the generated
    response model too, so nothing the app would refuse to send (a 500) is chosen. An
    operation whose schema gives no such value is reported (its JSON pointer and why)
    and answers 501; the others are served.
    """
    checker = SchemaChecker(data)

    def problems(route: OperationRoute, value: Any) -> list[str]:
        assert route.response_schema is not None
        found = checker.errors(value, route.response_schema)
        return found or (model_check(route, value) if model_check is not None else [])

    warnings: list[Problem] = []
    answers: dict[str, MockAnswer] = {}
    for route in routes:
        if route.response_schema is None:
            answers[route.operation_id] = MockAnswer(
                route.operation_id, route.status_code, None, "no body"
            )
            continue
        media_pointer = extend(
            route.pointer, "responses", str(route.status_code), "content", "application/json"
        )
        response = data["paths"][route.path][route.method]["responses"][str(route.status_code)]
        media = (response.get("content") or {}).get("application/json") or {}
        chosen: MockAnswer | None = None
        for pointer, example in _examples(media, media_pointer):
            errors = problems(route, example)
            if not errors:
                chosen = chosen or MockAnswer(
                    route.operation_id, route.status_code, example, f"example #{pointer}"
                )
                continue
            warnings.append(
                Problem(
                    message=f"{route.operation_id}: example not valid against the response "
                    f"schema, replaced: {errors[0]}",
                    pointer=pointer,
                    severity=Severity.WARNING,
                    rule="invalid-example",
                )
            )
        if chosen is None:
            chosen, problem = _synthesised(
                data, route, extend(media_pointer, "schema"), seed, checker, problems
            )
            if problem is not None:
                warnings.append(problem)
        answers[route.operation_id] = chosen
    return MockAnswers(routes, answers, warnings, checker, stateful)


def _synthesised(
    data: dict[str, Any],
    route: OperationRoute,
    pointer: str,
    seed: int,
    checker: SchemaChecker,
    problems: Callable[[OperationRoute, Any], list[str]],
) -> tuple[MockAnswer, Problem | None]:
    """A made-up answer valid for `route`, or the unanswerable one and why."""
    assert route.response_schema is not None
    where, why = pointer, ""
    for attempt in range(_ATTEMPTS):
        label = f"{seed}:{route.operation_id}" + (f":{attempt}" if attempt else "")
        try:
            value = ValueSynthesiser(data, label, checker.is_valid).value(
                route.response_schema, pointer
            )
        except NoInstance as exc:
            where, why = exc.pointer, exc.reason
            break
        errors = problems(route, value)
        if not errors:
            return MockAnswer(route.operation_id, route.status_code, value, "synthesised"), None
        why = f"made-up values are refused: {errors[0]}"
    problem = Problem(
        message=f"{route.operation_id}: the mock cannot make up a valid answer ({why}); "
        "this operation answers 501",
        pointer=where,
        severity=Severity.WARNING,
        rule="no-valid-answer",
    )
    return MockAnswer(route.operation_id, 501, None, UNANSWERABLE), problem


def mock_implementation(package: ModuleType, answers: MockAnswers) -> Any:
    """An instance of the package's `Operations` whose every method answers from `answers`."""

    def method(route: OperationRoute) -> Callable[..., Any]:
        async def answer(self: Any, **arguments: Any) -> Any:
            return answers.answer(route, arguments)

        async def unanswerable(self: Any, **arguments: Any) -> Any:
            raise package.OperationNotImplementedError(route.published_id)

        if not answers.answers[route.operation_id].answerable:
            unanswerable.__name__ = route.python_name
            return unanswerable

        answer.__name__ = route.python_name
        return answer

    namespace = {route.python_name: method(route) for route in answers.routes}
    return type("MockImplementation", (package.Operations,), namespace)()


def load_package(project_dir: Path, package: str, alias: str | None = None) -> ModuleType:
    """Import the generated package in `project_dir`, under `alias` so versions coexist."""
    name = alias or package
    if name in sys.modules:
        return sys.modules[name]
    init = project_dir / package / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        name, init, submodule_search_locations=[str(init.parent)]
    )
    if spec is None or spec.loader is None:
        raise SpecbindError(f"{init}: not an importable package")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception:
        for loaded in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[loaded]
        raise
    return module


@dataclass(frozen=True)
class MockServer:
    """The mock app, ready for uvicorn, and what the document's examples got wrong."""

    app: Any
    answers: MockAnswers
    warnings: list[Problem]
    package: ModuleType


def any_key(key: str) -> bool:
    """Like Prism: any non-empty key is accepted."""
    return bool(key)


def masked_key(key: str) -> str:
    """A key as it may be printed: its length, and its first two characters if it is long."""
    shown = key[:2] if len(key) >= 10 else ""
    return f"{shown}… ({len(key)} characters)"


def accepted_keys(api_keys: Collection[str] | None) -> str:
    """Which keys the mock accepts, said without printing one: `1 key: ab… (12 characters)`."""
    if not api_keys:
        return "any non-empty key"
    keys = list(dict.fromkeys(api_keys))
    count = "1 key" if len(keys) == 1 else f"{len(keys)} keys"
    return f"{count}: {', '.join(masked_key(key) for key in keys)}"


def mock_work_dir(config: Config, spec: SpecRef) -> Path | None:
    """Where the mock of `spec` keeps its generated server between runs (None: nowhere).

    One folder per project and document path in specbind's cache; the generation in it
    is redone only when the document, templates or configuration changed.
    """
    key = hashlib.sha256(f"{config.root}\0{spec.path.resolve()}".encode()).hexdigest()[:16]
    directory = cache_dir() / "mock" / key
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return directory if os.access(directory, os.W_OK) else None


def _mock_server_package(config: Config, spec: SpecRef, work_dir: Path) -> Generation:
    """The project's generated server when it was made from this very document (as after
    `specbind generate`), else the server generated into `work_dir/server`."""
    project = GenerationJob(
        "server", config, spec.path, config.server_output, config.server_package
    ).up_to_date()
    return project or generate_server(config, spec, work_dir / "server")


def build_mock(
    config: Config,
    spec: SpecRef | Path,
    work_dir: Path,
    *,
    seed: int = 0,
    stateful: bool = False,
    api_keys: Collection[str] | None = None,
) -> MockServer:
    """Serve the server generated for `spec` (see `_mock_server_package`) with mock
    answers; `work_dir` is where it is generated when the project has none up to date.
    The document is read and normalised once, for the generator and the answers (a
    plain path is a loose document)."""
    spec = spec if isinstance(spec, SpecRef) else SpecRef(spec)
    if spec.version is not None:
        config = dataclasses.replace(config, spec_version=spec.version)
    generation = _mock_server_package(config, spec, work_dir)
    # The alias names this very content, so a regenerated package is never a stale import.
    hasher = hashlib.sha256(str(generation.out_dir.resolve()).encode())
    for name in generation.files:
        hasher.update(name.as_posix().encode() + (generation.out_dir / name).read_bytes())
    digest = hasher.hexdigest()[:12]
    package = load_package(
        generation.out_dir, generation.package, f"_specbind_mock_{generation.package}_{digest}"
    )
    data = spec.normalised
    routes = operation_routes(data, _model_names(package))
    answers = mock_answers(
        data, routes, seed=seed, stateful=stateful, model_check=_response_model_check(package)
    )
    warnings = [
        dataclasses.replace(w, file=str(spec.path))
        for w in [*generation.warnings, *answers.warnings]
    ]
    keys: Collection[str] | Callable[[str], bool] = list(api_keys) if api_keys else any_key
    app = package.create_app(mock_implementation(package, answers), api_keys=keys)
    return MockServer(app=app, answers=answers, warnings=warnings, package=package)


def _response_model_check(package: ModuleType) -> ModelCheck:
    """Validates a value with the route's response type, in the generated models' namespace."""
    namespace = {"Any": Any, "models": sys.modules[f"{package.__name__}.models"]}
    adapters: dict[str, TypeAdapter[Any]] = {}

    def check(route: OperationRoute, value: Any) -> list[str]:
        annotation = route.response_annotation
        if annotation is None:
            return []
        if annotation not in adapters:  # our own generated annotation text, e.g. list[Model]
            adapters[annotation] = TypeAdapter(eval(annotation, namespace))
        try:
            adapters[annotation].validate_python(value)
        except ValidationError as exc:
            return [
                f"{'.'.join(str(p) for p in error['loc']) or '(value)'}: {error['msg']} "
                "(the generated model)"
                for error in exc.errors()
            ]
        return []

    return check


def _model_names(package: ModuleType) -> set[str]:
    models = sys.modules[f"{package.__name__}.models"]
    return {name for name, value in vars(models).items() if isinstance(value, type)}


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port for `serve`, before anything says it serves.

    A busy port, an address not on this machine or a port out of range is a
    `SpecbindError` naming host:port (exit 2), not uvicorn's exit 3 after start-up.
    """
    if not 0 <= port <= 65535:  # getaddrinfo would wrap it round
        raise SpecbindError(f"cannot listen on {host}:{port}: the port must be 0 to 65535")
    try:
        family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        listener = socket.socket(family, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            listener.bind(address)  # uvicorn listens: until it does, connections are refused
        except BaseException:
            listener.close()
            raise
        return listener
    except OSError as exc:
        if isinstance(exc, socket.gaierror):  # the host: "Name or service not known"
            reason = exc.strerror or str(exc)
        else:
            reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise SpecbindError(
            f"cannot listen on {host}:{port}: {reason[:1].lower()}{reason[1:]}"
        ) from None


def serve(server: MockServer, listener: socket.socket) -> None:
    """Run the mock app under uvicorn on `listener` (see `listen`) until interrupted."""
    import uvicorn

    uvicorn.Server(uvicorn.Config(server.app, log_level="info")).run(sockets=[listener])
