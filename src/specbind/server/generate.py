"""`specbind generate server`: the FastAPI server package project for one spec version.

datamodel-code-generator writes the pydantic v2 models from the normalised document
(request views `<Name>Request` where readOnly/writeOnly differ); our templates in
`templates/server/` lay out the interfaces (one class per tag), one router per tag, the
security dependency and the app factory, from values computed in `routes.py` and here.
Everything is written into a staging directory, formatted with ruff, and swapped in
whole: a failed run leaves the output untouched.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from specbind.config import Config
from specbind.errors import Problem, SpecbindError
from specbind.generation import Generation, GenerationJob
from specbind.metadata import SERVER_CLASSIFIERS, PackageMetadata, package_metadata
from specbind.openapi.intake import generator_input
from specbind.openapi.security import document_credential
from specbind.openapi.specref import SpecRef
from specbind.processes import run
from specbind.progress import NO_PROGRESS, Progress
from specbind.render.bytecode import template_cache
from specbind.render.text import escape_source_controls
from specbind.render.text import register as register_text_filters
from specbind.server.patterns import server_patterns
from specbind.server.routes import (
    OperationRoute,
    TagRoutes,
    digit_paths,
    operation_routes,
    tag_routes,
)

TEMPLATES = (
    "app.py",
    "bodies.py",
    "interfaces.py",
    "package_init.py",
    "pyproject.toml",
    "README.md",
    "router.py",
    "routers_init.py",
    "security.py",
)
# The runtime that is the same for every API: modules of `specbind.server.runtime`,
# copied verbatim.
RUNTIME_SOURCE_DIR = Path(__file__).parent / "runtime"
RUNTIME_SOURCES = ("_routing.py",)
MODEL_OPTIONS = (
    "--input-file-type=openapi",
    "--openapi-scopes=schemas",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--target-pydantic-version=2.14",
    "--field-constraints",
    "--use-annotated",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-double-quotes",
    "--disable-timestamp",
    "--formatters=builtin",
    # A property that may be left out is not one that may be null: absent is MISSING,
    # and null is refused unless the schema is nullable.
    "--use-missing-sentinel",
    # JSON bodies are checked as the schema says: "5" is not an integer, 1 is not a string.
    "--strict-types",
    "str",
    "int",
    "float",
    "bool",
    # Format checks belong to the document (the mock checks them); no email-validator.
    "--type-mappings",
    "string+email=string",
    "string+idn-email=string",
)


ServerGeneration = Generation


@dataclass(frozen=True)
class SecurityView:
    scheme: str
    header: str
    prefix: str
    description: str
    env: str
    reader: str  # the fastapi.security class that reads the credential


@dataclass(frozen=True)
class AppView:
    title: str
    description: str
    package: str
    distribution: str
    version: str
    spec_version: str
    declares_validation_error: list[str]
    summarised: list[str]
    metadata: PackageMetadata
    digit_paths: dict[str, str]


def templates_dir(config: Config) -> Path:
    return config.templates_dir / "server"


def generate_server(
    config: Config,
    spec: SpecRef | Path,
    out_dir: Path,
    *,
    package_version: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> ServerGeneration:
    """Render the server package project for the document `spec` into `out_dir`
    (a plain path is a loose document).

    Unchanged inputs and an intact output (`specbind.generation`) return at once. Steps
    go to `progress`: models, rendering (one unit a file), formatting.
    """
    spec = spec if isinstance(spec, SpecRef) else SpecRef(spec)
    spec_path = spec.path
    job = GenerationJob(
        "server", config, spec_path, out_dir, config.server_package, package_version, progress
    )
    if (existing := job.up_to_date()) is not None:
        return existing
    data = generator_input("server", spec, job.templates, TEMPLATES)
    warnings = server_patterns(data)
    schemas = (data.get("components") or {}).get("schemas") or {}
    progress.stage(f"server: models of {len(schemas):,} schemas (datamodel-code-generator)")
    models_source = _models(data, config.server_package)
    models = _class_names(models_source)
    routes = _routes(data, models, str(spec_path))
    with job.staged() as staging:
        package_dir = staging.directory / config.server_package
        (package_dir / "routers").mkdir(parents=True)
        (package_dir / "models.py").write_text(models_source, encoding="utf-8")
        (package_dir / "py.typed").write_text("", encoding="utf-8")
        _render(
            config,
            data,
            routes,
            models,
            job.templates,
            staging.directory,
            staging.version,
            progress,
        )
        staging.operation_count = len(routes)
        staging.warnings = [dataclasses.replace(w, file=str(spec_path)) for w in warnings]
    return job.result(staging)


def check_server(config: Config, data: dict[str, Any], source: str) -> list[Problem]:
    """What the server generator decides before it renders, on the normalised `data`
    (its models taken to be the component schemas, one class each): raises the
    SpecbindError `generate_server` would and returns the warnings it would print (the
    preflight `specbind validate` runs)."""
    warnings = server_patterns(data)
    models = set((data.get("components") or {}).get("schemas") or {})
    _security(data, config, _routes(data, models, source))
    return warnings


def _routes(data: dict[str, Any], models: set[str], source: str) -> list[OperationRoute]:
    try:
        routes = operation_routes(data, models)
    except SpecbindError as exc:
        raise SpecbindError(f"{source}: {exc}") from None
    if not routes:
        raise SpecbindError(f"{source}: #/paths: the document has no operations to serve")
    return routes


def _models(data: dict[str, Any], package: str) -> str:
    """datamodel-code-generator's models module for the document's component schemas."""
    header = f'"""Request and response models of {package}: generated, do not edit."""'
    with tempfile.TemporaryDirectory(prefix="specbind-models-") as work:
        source = Path(work) / "openapi.json"
        target = Path(work) / "models.py"
        source.write_text(json.dumps(data), encoding="utf-8")
        if not (data.get("components") or {}).get("schemas"):
            return f"{header}\n"
        result = run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                f"--input={source}",
                f"--output={target}",
                f"--custom-file-header={header}",
                *MODEL_OPTIONS,
            ]
        )
        if result.returncode != 0 or not target.is_file():
            raise SpecbindError(
                "datamodel-code-generator failed on the normalised document: "
                f"{(result.stderr or result.stdout).strip()}"
            )
        return escape_source_controls(target.read_text(encoding="utf-8"))


def _class_names(source: str) -> set[str]:
    return {node.name for node in ast.parse(source).body if isinstance(node, ast.ClassDef)}


_KEY_CLASSES = {"header": "APIKeyHeader", "query": "APIKeyQuery", "cookie": "APIKeyCookie"}


def _security(data: dict[str, Any], config: Config, routes: list[OperationRoute]) -> SecurityView:
    """How the secured operations are checked: the document's credential
    (`specbind.openapi.security`), read where its scheme says (header, query or cookie;
    HTTP, OAuth2 and OpenID Connect from `Authorization`, `Bearer <token>` or
    `Basic <credentials>`), checked against the configured keys.
    """
    env = f"{config.server_package.upper()}_API_KEYS"
    credential = document_credential(data, config.auth_prefix)
    if not credential.scheme:
        if any(route.secured for route in routes):
            raise SpecbindError(
                "#/components/securitySchemes: operations require security, "
                "and the document declares no security scheme"
            )
        return SecurityView(
            "ApiKey", "Authorization", config.auth_prefix, "API key", env, "APIKeyHeader"
        )
    scheme = (data.get("components") or {}).get("securitySchemes", {})[credential.scheme]
    if credential.location == "none":
        if scheme.get("type") == "apiKey":
            raise SpecbindError(
                f"{credential.pointer}/in: an apiKey is read from a header, query or cookie "
                f"by its name; this one is {credential.unusable}"
            )
        # Not a credential a client can send: read `Authorization: Bearer <token>`.
        return SecurityView(
            credential.scheme,
            "Authorization",
            "Bearer",
            str(scheme.get("description", "")),
            env,
            "APIKeyHeader",
        )
    return SecurityView(
        credential.scheme,
        credential.name,
        credential.prefix,
        credential.description,
        env,
        _KEY_CLASSES[credential.location],
    )


def _handler_arguments(route: OperationRoute) -> tuple[list[str], list[str], str]:
    """(handler parameters, interface parameters, call arguments) of one operation."""
    handler: list[str] = []
    interface: list[str] = []
    calls: list[str] = []
    for param in route.parameters:
        default = "" if param.required else " = None"
        reader = f"BeforeValidator({param.reader}), " if param.reader else ""
        handler.append(
            f"{param.python_name}: Annotated[{param.annotation}, {reader}{param.marker}]{default}"
        )
        interface.append(f"{param.python_name}: {param.annotation}{default}")
        calls.append(f"{param.python_name}={param.python_name}")
    if route.body is not None and route.body.raw:
        handler.insert(0, "request: Request")
        interface.append(f"{route.body.python_name}: bytes")
        calls.append(f"{route.body.python_name}=await request.body()")
    elif route.body is not None:
        body = route.body
        annotation = body.annotation if body.required else f"{body.annotation} | None"
        default = "" if body.required else " = None"
        if body.refuses_null:
            handler.insert(0, "request: Request")
        handler.append(f"{body.python_name}: Annotated[{annotation}, Body()]{default}")
        interface.append(f"{body.python_name}: {annotation}{default}")
        calls.append(f"{body.python_name}={body.python_name}")
    return handler, interface, ", ".join(calls)


def _openapi_extra(route: OperationRoute) -> dict[str, Any] | None:
    """A body FastAPI does not parse (not JSON) is still described in openapi.json."""
    if route.body is None or not route.body.raw:
        return None
    binary = {"schema": {"type": "string", "format": "binary"}}
    content = {media_type: binary for media_type in route.body.raw_media_types}
    return {"requestBody": {"content": content, "required": route.body.required}}


def _method_doc(route: OperationRoute) -> str:
    """The interface method's docstring: method and path, then the document's first line."""
    first = (route.summary or route.description or "").strip().splitlines()
    heading = f"{route.method.upper()} {route.path}"
    return f"{heading}\n\n{first[0]}" if first else heading


def _environment(template_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        bytecode_cache=template_cache(),
    )
    register_text_filters(env)
    return env


def _render(
    config: Config,
    data: dict[str, Any],
    routes: list[OperationRoute],
    models: set[str],
    template_dir: Path,
    staging: Path,
    version: str,
    progress: Progress = NO_PROGRESS,
) -> None:
    tags: list[TagRoutes] = tag_routes(routes)
    info = data.get("info") or {}
    app = AppView(
        title=str(info.get("title") or config.api),
        description=str(info.get("description") or ""),
        package=config.server_package,
        distribution=config.server_distribution,
        version=version,
        spec_version=config.spec_version,
        declares_validation_error=sorted(
            r.published_id for r in routes if r.declares_validation_error
        ),
        summarised=sorted(r.published_id for r in routes if r.summary),
        metadata=package_metadata(config, data, SERVER_CLASSIFIERS),
        digit_paths=digit_paths(routes),
    )
    handler_arguments, method_arguments, call_arguments = {}, {}, {}
    for route in routes:
        handler, interface, calls = _handler_arguments(route)
        handler_arguments[route.operation_id] = handler
        method_arguments[route.operation_id] = interface
        call_arguments[route.operation_id] = calls
    env = _environment(template_dir)
    env.globals.update(
        app=app,
        tags=tags,
        routes=routes,
        security=_security(data, config, routes),
        interface_names=[tag.interface for tag in tags],
        handler_arguments=handler_arguments,
        method_arguments=method_arguments,
        call_arguments=call_arguments,
        method_docs={route.operation_id: _method_doc(route) for route in routes},
        openapi_extra={route.operation_id: _openapi_extra(route) for route in routes},
        api_key_env=config.api_key_env,
    )
    package_dir = staging / config.server_package
    outputs: list[tuple[str, Path, dict[str, Any]]] = [
        ("pyproject.toml", staging / "pyproject.toml", {}),
        ("README.md", staging / "README.md", {}),
        ("package_init.py", package_dir / "__init__.py", {}),
        ("app.py", package_dir / "app.py", {}),
        ("interfaces.py", package_dir / "interfaces.py", {}),
        ("security.py", package_dir / "security.py", {}),
        ("bodies.py", package_dir / "bodies.py", {}),
        ("routers_init.py", package_dir / "routers" / "__init__.py", {}),
    ]
    outputs += [("router.py", package_dir / "routers" / f"{t.module}.py", {"tag": t}) for t in tags]
    progress.stage(f"server: rendering {len(routes):,} operations into files", len(outputs))
    for name, target, extra in outputs:
        try:
            text = env.get_template(f"{name}.jinja").render(**extra)
        except jinja2.TemplateSyntaxError as exc:
            where = f"{exc.filename or template_dir / (exc.name or '?')}:{exc.lineno}"
            raise SpecbindError(f"{where}: template syntax error: {exc.message}") from None
        except jinja2.TemplateError as exc:
            raise SpecbindError(
                f"{template_dir / (name + '.jinja')}: a server template failed to render: "
                f"{exc.message or exc!r}"
            ) from None
        target.write_text(text, encoding="utf-8")
        progress.advance()
    for name in RUNTIME_SOURCES:
        shutil.copyfile(RUNTIME_SOURCE_DIR / name, package_dir / name)
