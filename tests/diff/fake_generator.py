"""A small, deterministic stand-in for the real generators, for tests of the steps around them.

It writes a package project the way the real ones do (pyproject.toml with the spec's
package version, `__version__` and `__spec_version__`, one function per operation with
its parameters, one class per component schema with its fields), atomically through
`staged_directory`, so upgrade and drift tests run in milliseconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from specbind.config import Config
from specbind.freshness import listed_files
from specbind.fsutil import staged_directory
from specbind.generation import Generation, Generator
from specbind.openapi.naming import snake_case
from specbind.openapi.specref import SpecRef
from specbind.openapi.validate import iter_operations
from specbind.progress import NO_PROGRESS, Progress
from specbind.versioning import stamp_release

_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _annotation(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "object"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    base = _TYPES.get(str(schema.get("type")), "object")
    return f"{base} | None" if schema.get("nullable") else base


def _module(data: dict[str, Any], version: str, spec_version: str) -> str:
    lines = [f'__version__ = "{version}"', f'__spec_version__ = "{spec_version}"', ""]
    schemas = (data.get("components") or {}).get("schemas") or {}
    for name, schema in sorted(schemas.items()):
        lines.append(f"class {name}:")
        required = set(schema.get("required", []))
        props = schema.get("properties") or {}
        if not props:
            lines.append("    pass")
        for prop, sub in props.items():
            default = "" if prop in required else " = None"
            lines.append(f"    {snake_case(prop)}: {_annotation(sub)}{default}")
        lines.append("")
    for _path, _method, operation, _pointer in iter_operations(data):
        params = []
        for param in operation.get("parameters", []):
            default = "" if param.get("required") else " = None"
            params.append(
                f"{snake_case(param['name'])}: {_annotation(param.get('schema'))}{default}"
            )
        required = [p for p in params if "=" not in p]
        optional = [p for p in params if "=" in p]
        signature = ", ".join(["*", *required, *optional]) if params else ""
        lines += [
            f"def {snake_case(operation['operationId'])}({signature}) -> None:",
            "    pass",
            "",
        ]
    return "\n".join(lines)


def fake_generate(
    config: Config,
    spec: SpecRef | Path,
    out_dir: Path,
    package: str = "",
    package_version: str | None = None,
) -> Generation:
    spec = spec if isinstance(spec, SpecRef) else SpecRef(spec)
    spec_path = spec.path
    data = spec.document.data
    name = package or config.client_package
    with staged_directory(out_dir) as staging:
        # the release state (stamp, CHANGELOG) is kept as the real generators keep it
        version = stamp_release(
            out_dir,
            staging,
            config.spec_version,
            spec_path,
            spec_path.parent,
            package_version,
            history=config.output_dir / out_dir.name,
            api=config.api,
        )
        (staging / name).mkdir()
        (staging / "pyproject.toml").write_text(
            f'[project]\nname = "{name.replace("_", "-")}"\nversion = "{version}"\n'
            '\n[tool.other]\nversion = "untouched"\n'
        )
        (staging / name / "__init__.py").write_text(_module(data, version, config.spec_version))
    operations = sum(1 for _ in iter_operations(data))
    return Generation(out_dir, name, operations, listed_files(out_dir))


def _fake(package: str) -> Generator:
    """The fake generator of the package `config.<package>` names."""

    def generate(
        config: Config,
        spec: SpecRef | Path,
        out_dir: Path,
        *,
        package_version: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> Generation:
        return fake_generate(config, spec, out_dir, getattr(config, package), package_version)

    return generate


def recording_client(seen: list[str]) -> Generator:
    """A fake client generator that records each package version it is asked for."""

    def generate(
        config: Config,
        spec: SpecRef | Path,
        out_dir: Path,
        *,
        package_version: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> Generation:
        seen.append(str(package_version))
        return fake_generate(config, spec, out_dir, config.client_package, package_version)

    return generate


fake_client = _fake("client_package")
fake_server = _fake("server_package")
FAKE_GENERATORS = {"client": fake_client, "server": fake_server}
