"""`specbind generate client`: the client package project for one spec version.

openapi-python-client parses the normalised document and renders the models and one
module per operation through our templates (`templates/client/` overrides its
templates by name); the runtime the operations share (`_client.py`, `_exceptions.py`,
`_retry.py`, `_pagination.py`, `_response.py`, ...) is rendered from our templates in
the same Jinja environment, and the runtime that is the same for every API is copied
from `specbind.client.runtime`. Everything is written into a staging directory, formatted
with ruff, and swapped in whole: a failed run leaves the output untouched.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client.config import Config as EngineConfig
from openapi_python_client.config import ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.properties.enum_property import EnumProperty

from specbind.client.degrade import Degrader, EngineFailure, document_failures
from specbind.client.engine import (
    build_models,
    build_operations,
    cheap_endpoint_copies,
    engine_messages_show_text,
    model_modules,
    operation_modules,
    project_errors,
    start_operations,
    start_project,
)
from specbind.client.engine_passes import adapt_for_engine
from specbind.client.fast_checks import FastChecks, fast_checks
from specbind.client.parameters import engine_document, restore_wire_names
from specbind.client.reference import reference_sections
from specbind.client.resources import MODES, ResourceView, resource_tree
from specbind.client.rewrites import client_rewrites
from specbind.client.schemas import trim_schema
from specbind.client.servers import production_server
from specbind.client.views import (
    OperationView,
    operation_views,
    plain,
    union_passes_through,
)
from specbind.config import Config
from specbind.errors import Problem, Severity, SpecbindError
from specbind.generation import Generation, GenerationJob
from specbind.metadata import CLIENT_CLASSIFIERS, PackageMetadata, package_metadata
from specbind.openapi.intake import generator_input
from specbind.openapi.naming import Namespace, pascal_case
from specbind.openapi.normalise import copy_json
from specbind.openapi.pointer import join_pointer
from specbind.openapi.security import Credential, document_credential
from specbind.openapi.specref import SpecRef
from specbind.openapi.validate import iter_operations
from specbind.progress import NO_PROGRESS, Progress
from specbind.render.bytecode import template_cache
from specbind.render.parallel import beside
from specbind.render.text import docstring, python_literal
from specbind.render.text import register as register_text_filters

# Our runtime modules that vary per API, rendered beside the engine's output (template -> file).
RUNTIME_TEMPLATES = (
    "api.md",
    "_client.py",
    "_exceptions.py",
    "_schemas.py",
    "_fast_check.py",
    "_validation.py",
)
# The runtime that is the same for every API: modules of `specbind.client.runtime`,
# copied verbatim (`types.py` replaces the engine's own).
RUNTIME_SOURCE_DIR = Path(__file__).parent / "runtime"
RUNTIME_SOURCES = ("_operation.py", "_pagination.py", "_response.py", "_retry.py", "types.py")
# Runtime modules only some APIs use, with the test that says whether this one does.
OPTIONAL_RUNTIME: dict[str, Callable[[ClientView], bool]] = {
    "_pagination.py": lambda client: client.pages,
}


ClientGeneration = Generation


@dataclass(frozen=True)
class ClientView:
    """Package-level values the templates lay out."""

    title: str
    package: str
    distribution: str
    version: str
    spec_version: str
    base_error: str
    default_base_url: str
    base_path: str
    base_url_reason: str
    auth_kind: str  # "header", "basic", "query", "cookie" or "none" (`auth_kind`)
    auth_scheme: str  # the security scheme's name in the document
    auth_name: str  # the query parameter or cookie the key travels in
    auth_header: str
    auth_prefix: str
    api_key_env: str
    base_url_env: str
    timeout_env: str
    max_retries_env: str
    components: dict[str, Any]  # the component schemas, trimmed as `_schemas.py` holds them
    checked: list[Any]  # the schemas the operations check requests against
    pages: bool  # some operation pages: the client walks pages (`_pagination`)
    metadata: PackageMetadata

    # Computed where `_schemas.py` and `_fast_check.py` render: in the process that
    # renders the runtime, while the other renders the operations.
    @cached_property
    def schemas_literal(self) -> str:
        return python_literal(self.components)

    @cached_property
    def fast_checks(self) -> FastChecks:
        return fast_checks(self.components, self.checked)


def templates_dir(config: Config) -> Path:
    return config.templates_dir / "client"


def generate_client(
    config: Config,
    spec: SpecRef | Path,
    out_dir: Path,
    *,
    package_version: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> ClientGeneration:
    """Render the client package project for the document `spec` into `out_dir`
    (a plain path is a loose document).

    The package version follows the project's release state (`specbind.generation`); an
    upgrade that bumps it passes `package_version` so metadata and README agree with it.
    Unchanged inputs and an intact output return at once. Steps go to `progress`:
    parsing, rendering (one unit an operation), formatting.
    """
    spec = spec if isinstance(spec, SpecRef) else SpecRef(spec)
    spec_path = spec.path
    job = GenerationJob(
        "client", config, spec_path, out_dir, config.client_package, package_version, progress
    )
    if (existing := job.up_to_date()) is not None:
        return existing
    warnings: list[Problem] = []
    data = generator_input("client", spec, job.templates, RUNTIME_TEMPLATES, warnings)
    adapt_for_engine(data)
    warnings += client_rewrites(data)
    with job.staged() as staging:
        staging.operation_count = _render(
            config,
            data,
            str(spec_path),
            job.templates,
            staging.directory,
            staging.version,
            warnings,
            progress,
        )
        staging.warnings = [dataclasses.replace(w, file=w.file or str(spec_path)) for w in warnings]
    return job.result(staging)


def check_client(config: Config, data: dict[str, Any], source: str) -> list[Problem]:
    """Everything the client generator decides before it renders, on the normalised
    `data` adapted for the engine (`adapt_for_engine`; rewritten in place): raises the SpecbindError
    `generate_client` would, renders nothing, and returns the warnings generation would
    print (its rewrites and what its last resort degrades): `specbind validate`'s
    preflight."""
    warnings = client_rewrites(data)
    engine_config = _engine_config(config, source, config.output_dir / "client", "0")
    engine_data, wire_names = engine_document(data)
    parsed = _parse(engine_data, engine_config, source, warnings)
    restore_wire_names(parsed.endpoint_collections_by_tag, wire_names)
    models = {str(m.class_info.name): m for m in parsed.models}
    model_names = set(models) | {str(e.class_info.name) for e in parsed.enums}
    try:
        operations = operation_views(
            data, parsed.endpoint_collections_by_tag, config.client_package, model_names, models
        )
    except SpecbindError as exc:
        raise SpecbindError(f"{source} {exc.message}", exc.problems) from None
    _client_view(config, data, operations, config.api, "0", model_names)
    return warnings


def _engine_config(config: Config, source: str, staging: Path, version: str) -> EngineConfig:
    settings = ConfigFile(
        project_name_override=config.client_distribution,
        package_name_override=config.client_package,
        package_version_override=version,
        post_hooks=[],
        field_prefix="field_",
        literal_enums=False,
    )
    return EngineConfig.from_sources(
        settings, MetaType.UV, Path(source), "utf-8", overwrite=True, output_path=staging
    )


_ENGINE_ENDPOINT = re.compile(r"parsing (GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (/\S*)")
_ENGINE_SCHEMA = re.compile(r"(/components/schemas/[^\s:;]+)")


def _engine_pointer(text: str) -> str:
    """The JSON pointer an engine message is about (`parsing GET /a/{b}` -> /paths/~1a~1{b}/get)."""
    endpoint = _ENGINE_ENDPOINT.search(text)
    if endpoint:
        return join_pointer("paths", endpoint.group(2), endpoint.group(1).lower())
    schema = _ENGINE_SCHEMA.search(text)
    return schema.group(1) if schema else ""


def _engine_problems(errors: list[GeneratorError], source: str) -> list[Problem]:
    problems = []
    for error in errors:
        message = f"{error.header or 'openapi-python-client'}: {error.detail or ''}".strip()
        problems.append(
            Problem(
                message=message,
                file=source,
                pointer=_engine_pointer(message),
                severity=Severity.ERROR if error.level is ErrorLevel.ERROR else Severity.WARNING,
                rule="client-engine",
            )
        )
    return problems


def _engine_failures(parsed: GeneratorData) -> list[EngineFailure]:
    """Every schema and operation the engine would leave out, or leave partly out."""
    errors: list[GeneratorError] = [*parsed.errors]
    for collection in parsed.endpoint_collections_by_tag.values():
        errors.extend(collection.parse_errors)
    failures = []
    for error, problem in zip(errors, _engine_problems(errors, ""), strict=True):
        detail = (error.detail or "").strip() or "openapi-python-client leaves it out"
        failures.append(EngineFailure(problem.pointer, detail))
    return failures


def _parse(
    data: dict[str, Any], engine_config: EngineConfig, source: str, warnings: list[Problem]
) -> GeneratorData:
    """The engine's model of the whole document.

    What the engine leaves out is degraded in a copy of `data` (`specbind.client.degrade`,
    each with a warning) and the engine parses again, until nothing is left out.
    """
    degrader = Degrader(source)
    engine_data = data
    for _ in range(_MAX_ROUNDS):
        with cheap_endpoint_copies(), engine_messages_show_text():
            parsed = GeneratorData.from_dict(engine_data, config=engine_config)
        if isinstance(parsed, GeneratorError):
            failures = document_failures(engine_data)
            if not failures:
                raise SpecbindError(
                    f"{source}: openapi-python-client cannot read the document",
                    _engine_problems([parsed], source),
                )
        else:
            failures = _engine_failures(parsed)
        if not failures and not isinstance(parsed, GeneratorError):
            _refuse_silent_losses(engine_data, parsed, source)
            warnings.extend(degrader.warnings)
            return parsed
        if engine_data is data:
            engine_data = copy_json(data)
        degrader.degrade(engine_data, failures)
    raise SpecbindError(
        f"{source}: openapi-python-client still leaves parts of the document out after "
        f"{_MAX_ROUNDS} rounds of degrading them",
        _engine_problems([], source),
    )


_MAX_ROUNDS = 8
_TEMPLATED = re.compile(r"{[^{}]*}")


def _refuse_silent_losses(data: dict[str, Any], parsed: GeneratorData, source: str) -> None:
    """Every operation of the document is an endpoint; one the engine dropped without a
    word stops the run rather than going missing from the client."""
    # The engine spells path parameters by their Python names (`{itemId}` -> `{item_id}`).
    parsed_keys = {
        (endpoint.method.lower(), _TEMPLATED.sub("{}", plain(endpoint.path)))
        for collection in parsed.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    missing = [
        Problem("openapi-python-client left this operation out", pointer, source)
        for path, method, _, pointer in iter_operations(data)
        if (method, _TEMPLATED.sub("{}", path)) not in parsed_keys
    ]
    if missing:
        raise SpecbindError(
            f"{source}: openapi-python-client left {len(missing)} operation(s) out", missing
        )


def auth_kind(credential: Credential) -> str:
    """How the client sends its key: in a header (as is, or HTTP basic), the query, a
    cookie, or not at all."""
    if credential.basic:
        return "basic"
    return credential.location


def _base_error(api: str, model_names: set[str]) -> str:
    """`<Api>Error`, the root of the client's exceptions; a model of that name keeps it
    (the document's names win) and the exception becomes `<Api>ApiError`, `<Api>ApiError2`."""
    stem = pascal_case(api)
    if f"{stem}Error" not in model_names:
        return f"{stem}Error"
    return Namespace(model_names).claim(f"{stem}ApiError", "")


def _client_view(
    config: Config,
    data: dict[str, Any],
    operations: list[OperationView],
    title: str,
    version: str,
    model_names: set[str],
) -> ClientView:
    server = production_server(data)
    credential = document_credential(data, config.auth_prefix)
    schemas = (data.get("components") or {}).get("schemas") or {}
    components = {name: trim_schema(s) for name, s in schemas.items()}
    return ClientView(
        title=title,
        package=config.client_package,
        distribution=config.client_distribution,
        version=version,
        spec_version=config.spec_version,
        base_error=_base_error(config.api, model_names),
        default_base_url=server.url,
        base_path=server.path,
        base_url_reason=server.reason,
        auth_kind=auth_kind(credential),
        auth_scheme=credential.scheme,
        auth_name=credential.name,
        auth_header=credential.name if credential.location == "header" else "Authorization",
        auth_prefix=credential.prefix,
        api_key_env=config.api_key_env,
        base_url_env=config.base_url_env,
        timeout_env=f"{config.env_prefix}_TIMEOUT",
        max_retries_env=f"{config.env_prefix}_MAX_RETRIES",
        components=components,
        checked=[s for op in operations for s in op.checked_schemas],
        pages=any(op.page is not None for op in operations),
        metadata=package_metadata(config, data, CLIENT_CLASSIFIERS),
    )


def _render(
    config: Config,
    data: dict[str, Any],
    source: str,
    template_dir: Path,
    staging: Path,
    version: str,
    warnings: list[Problem],
    progress: Progress = NO_PROGRESS,
) -> int:
    """Run the engine and our runtime templates into `staging`; the operation count."""
    progress.stage(f"client: parsing {len(list(iter_operations(data))):,} operations")
    engine_config = _engine_config(config, source, staging, version)
    engine_data, wire_names = engine_document(data)
    parsed = _parse(engine_data, engine_config, source, warnings)
    restore_wire_names(parsed.endpoint_collections_by_tag, wire_names)
    _raw_enum_values(parsed)
    project = Project(openapi=parsed, config=engine_config, custom_template_path=template_dir)
    project.env.bytecode_cache = template_cache()
    # our templates may wrap the engine's own under `engine/...`
    engine_templates = PackageLoader("openapi_python_client")
    project.env.loader = ChoiceLoader(
        [project.env.loader or engine_templates, PrefixLoader({"engine": engine_templates})]
    )
    project.env.globals["union_passes_through"] = partial(union_passes_through, project.env)
    project.env.globals["plain"] = plain
    project.env.globals["lazy_models"] = lazy_models
    model_names = {str(m.class_info.name) for m in parsed.models} | {
        str(e.class_info.name) for e in parsed.enums
    }
    try:
        operations = operation_views(
            data,
            parsed.endpoint_collections_by_tag,
            config.client_package,
            model_names,
            {str(m.class_info.name): m for m in parsed.models},
        )
    except SpecbindError as exc:
        raise SpecbindError(f"{source} {exc.message}", exc.problems) from None
    by_endpoint = {id(op.endpoint): op for op in operations}
    title = plain(parsed.title) or config.api
    client = _client_view(config, data, operations, title, version, model_names)

    def operation_view(endpoint: Any) -> OperationView:
        progress.advance()  # the operation's module renders: one call per operation
        return by_endpoint[id(endpoint)]

    root = resource_tree(operations, model_names)
    project.env.globals.update(
        client=client,
        operations=operations,
        root=root,
        modes=MODES,
        operation_view=operation_view,
    )
    register_text_filters(project.env)
    _engine_filters_write_through_ours(project.env)
    package_dir = staging / config.client_package

    models, endpoints = model_modules(project), operation_modules(project)
    runtime = len(RUNTIME_TEMPLATES) + len(root.walk()) + len(client.components) // 8
    share = _share_here(len(endpoints), len(models), runtime)
    models_here, models_there = _shares(len(models), round(share * len(models)))
    endpoints_here, endpoints_there = _shares(len(endpoints), round(share * len(endpoints)))

    def untracked_view(endpoint: Any) -> OperationView:
        return by_endpoint[id(endpoint)]

    def runtime_and_share() -> None:
        # the other process's progress display is this one's copy: this share says nothing
        project.env.globals["operation_view"] = untracked_view
        with _template_errors(template_dir):
            for name in RUNTIME_TEMPLATES:
                if name == "api.md":  # beside README.md, from the resource tree below
                    continue
                text = project.env.get_template(f"{name}.jinja").render()
                (package_dir / name).write_text(text, encoding="utf-8")
            for name in RUNTIME_SOURCES:
                if name in OPTIONAL_RUNTIME and not OPTIONAL_RUNTIME[name](client):
                    continue
                shutil.copyfile(RUNTIME_SOURCE_DIR / name, package_dir / name)
            _write_resources(project.env, root, package_dir)
            model_modules_by_name = {
                str(m.class_info.name): str(m.class_info.module_name) for m in models
            }
            sections = reference_sections(root, config.client_package, model_modules_by_name)
            text = project.env.get_template("api.md.jinja").render(sections=sections)
            (staging / "api.md").write_text(text, encoding="utf-8")
            build_operations(project, endpoints_there)
            build_models(project, models_there, listing=False)

    def share_here() -> None:
        with _template_errors(template_dir):
            build_operations(project, endpoints_here)
            build_models(project, models_here)  # and models/__init__.py

    # Project.build() step by step (its post-hooks are off), so that the rendering is
    # shared by a second process: the two write disjoint files (`specbind.client.engine`
    # says why the engine allows it), and the operation and model modules, most of the
    # work, are shared so that the two take about the same time (`_share_here`).
    with _template_errors(template_dir), contextlib.redirect_stdout(io.StringIO()):
        start_project(project)
        start_operations(project)
    progress.stage("client: rendering", len(operations))
    beside(runtime_and_share, share_here)
    progress.advance(len(endpoints_there))
    errors = project_errors(project)
    if errors:
        raise SpecbindError(
            f"{source}: openapi-python-client failed", _engine_problems(errors, source)
        )
    return len(operations)


# What rendering costs, in model modules: an operation module takes about twice as
# long as a model's; a runtime module or resource about as long; the schema literal and
# fast checks about one per eight component schemas.
_OPERATION_COST = 2


def _share_here(operations: int, models: int, runtime: int) -> float:
    """The share of the operation and model modules this process renders, so that it
    and the process rendering the `runtime` pieces and the rest finish together."""
    modules = _OPERATION_COST * operations + models
    if modules == 0:
        return 1.0
    return min(max((modules + runtime) / (2 * modules), 0.0), 1.0)


def _shares(total: int, count: int) -> tuple[list[int], list[int]]:
    """`count` of `total` positions spread evenly (for this process), and the others:
    the engine lists models before enums, which render much faster, so a cut in one
    place gave one process most of the slow ones (and operations of one tag are alike)."""
    here = [i for i in range(total) if (i + 1) * count // total > i * count // total]
    chosen = set(here)
    return here, [i for i in range(total) if i not in chosen]


_MODEL_IMPORT = re.compile(r"^from \.(\w+) import (\w+)$")


def lazy_models(imports: list[str]) -> list[tuple[str, str]]:
    """(class name, module name) of each model, by name, from the engine's
    `from .<module> import <Name>` lines for `models/__init__.py`
    (`templates/client/models_init.py.jinja` makes them load on first use)."""
    found = []
    for line in imports:
        match = _MODEL_IMPORT.match(line.strip())
        if match is None:
            raise SpecbindError(f"openapi-python-client wrote an unexpected model import: {line}")
        found.append((match.group(2), match.group(1)))
    return sorted(found)


def _write_resources(env: jinja2.Environment, root: ResourceView, package_dir: Path) -> None:
    """One module per resource, `resources/<a>/<b>/__init__.py`; the root resource (the
    clients' base classes) is `resources/__init__.py`."""
    template = env.get_template("resource.py.jinja")
    for resource in root.walk():
        target = package_dir / resource.file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(template.render(resource=resource), encoding="utf-8")


def _engine_filters_write_through_ours(env: jinja2.Environment) -> None:
    """The engine's templates (models, enums, endpoint macros) write document text through
    their own filter names; in our environment those names are `specbind.render.text`'s
    filters, so one implementation escapes every value wherever it lands."""
    env.filters["safe_for_docstring"] = docstring
    env.filters["in_double_quote_literal"] = _inside_double_quotes
    env.filters["in_f_string_literal"] = _inside_double_quoted_f_string


def _inside_double_quotes(value: object) -> str:
    """The body of `python_literal(value)` (always double-quoted), for a `"..."` in a template."""
    return python_literal(value)[1:-1]


def _inside_double_quoted_f_string(value: object) -> str:
    return _inside_double_quotes(value).replace("{", "{{").replace("}", "}}")


def _raw_enum_values(parsed: GeneratorData) -> None:
    """The engine keeps each string enum value escaped for a `"..."` of its own; our
    `str_enum.py.jinja` writes `python_literal(value)`, so it gets the value back."""
    for enum in parsed.enums:
        if isinstance(enum, EnumProperty) and enum.value_type is str:
            enum.values = {
                key: json.loads(f'"{value}"') if isinstance(value, str) else value
                for key, value in enum.values.items()
            }


@contextlib.contextmanager
def _template_errors(template_dir: Path) -> Iterator[None]:
    """A broken template stops the run with its file and line, not a Jinja traceback."""
    try:
        yield
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or template_dir / (exc.name or '?')}:{exc.lineno}"
        raise SpecbindError(f"{where}: template syntax error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise SpecbindError(
            f"{template_dir}: a client template failed to render: {exc.message or exc!r}"
        ) from None
