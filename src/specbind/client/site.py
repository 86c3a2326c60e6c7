"""`specbind docs`: the client reference as a static HTML site, built by MkDocs.

The site has two pages: the generated package's `api.md` (every operation) as its
home page, and a model reference read from the package itself with griffe (each model
class, its description and its fields with their types). MkDocs lays them out with its
own theme and its search plugin (every operation section, searchable by name or path);
nothing here writes HTML. The site is built into a staging directory that replaces the
output directory whole: a failed build leaves the previous site as it was.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import griffe
import yaml

from specbind.errors import SpecbindError
from specbind.fsutil import staged_directory
from specbind.progress import NO_PROGRESS, Progress
from specbind.render.text import markdown

HOME_PAGE = "index.md"
API_REFERENCE = "api.md"  # the client project's reference, as the generator writes it
MODELS_PAGE = "models.md"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# api.md links a model type to its module (`[`RbacGroup`](pkg/models/rbac_group.py)`);
# in the site the model has a section of the models page instead
_MODULE_LINK = re.compile(r"\[`([A-Za-z_][A-Za-z0-9_]*)`\]\([^()\s]*/models/[^()\s]*\.py\)")
# other links into the package's source (a resource's module) have no page in the site
_SOURCE_LINK = re.compile(r"\[(`[^`]+`)\]\([^()\s]+\.py\)")


def model_anchor(name: str) -> str:
    """The anchor of a model's section in the models page (its heading's slug)."""
    return name.lower()


def linked_type(annotation: str, model_names: Collection[str]) -> str:
    """A Python type as Markdown, each model name in it a link to the models page."""
    parts: list[str] = []
    position = 0
    for match in _IDENTIFIER.finditer(annotation):
        if match.group() not in model_names:
            continue
        parts.append(markdown(annotation[position : match.start()]))
        parts.append(f"[{match.group()}]({MODELS_PAGE}#{model_anchor(match.group())})")
        position = match.end()
    parts.append(markdown(annotation[position:]))
    return "".join(parts)


def site_links(api: str) -> str:
    """api.md as the site's home page: links to model modules go to the models page."""
    api = api.replace(f"]({API_REFERENCE}", f"]({HOME_PAGE}")
    api = _MODULE_LINK.sub(
        lambda m: f"[`{m.group(1)}`]({MODELS_PAGE}#{model_anchor(m.group(1))})", api
    )
    return _SOURCE_LINK.sub(lambda m: m.group(1), api)


@dataclass(frozen=True)
class ReferenceSite:
    """What a build produced: the site's directory, its HTML pages, MkDocs' warnings."""

    out_dir: Path
    pages: tuple[Path, ...]
    models: int
    warnings: tuple[str, ...]


def api_reference_path(project_dir: Path, package: str) -> Path:
    """The package's api.md: at the project's root (as openai-python has it) or in the
    package directory."""
    for candidate in (project_dir / API_REFERENCE, project_dir / package / API_REFERENCE):
        if candidate.is_file():
            return candidate
    raise SpecbindError(
        f"{project_dir}: no {API_REFERENCE} in the client project; regenerate it with "
        "`specbind generate client`"
    )


def models_reference(project_dir: Path, package: str) -> tuple[str, int]:
    """The model reference page (Markdown) read statically from `<package>.models`, and
    how many models it describes."""
    try:
        module = griffe.load(
            f"{package}.models", search_paths=[str(project_dir)], docstring_parser="google"
        )
    except (ImportError, griffe.GriffeError) as exc:
        raise SpecbindError(f"{project_dir}: cannot read {package}.models: {exc}") from None
    classes: list[griffe.Class] = []
    for name, member in sorted(module.members.items()):
        if name.startswith("_"):
            continue
        # `models/__init__.py` also imports `Any`, `TYPE_CHECKING`, ... for its lazy loading
        if isinstance(member, griffe.Alias) and not member.target_path.startswith(
            f"{package}.models."
        ):
            continue
        target = member.final_target if isinstance(member, griffe.Alias) else member
        if isinstance(target, griffe.Class):
            classes.append(target)
    names = {cls.name for cls in classes}
    lines = [
        "# Models",
        "",
        f"The request and response models of {markdown(package, code=True)}, "
        f"importable from {markdown(package + '.models', code=True)}.",
        "",
    ]
    for cls in classes:
        lines += _model_section(cls, names)
    return "\n".join(lines).rstrip("\n") + "\n", len(classes)


def _model_section(cls: griffe.Class, model_names: set[str]) -> list[str]:
    lines = [f"## {cls.name}", ""]
    described: dict[str, str] = {}
    for section in cls.docstring.parsed if cls.docstring else []:
        if section.kind is griffe.DocstringSectionKind.text:
            lines += [markdown(str(section.value).strip()), ""]
        elif section.kind is griffe.DocstringSectionKind.attributes:
            for item in section.value:
                described[item.name] = str(item.description or "").strip()
    fields = [
        attribute
        for name, attribute in cls.attributes.items()
        if not name.startswith("_") and attribute.annotation is not None
    ]
    for attribute in fields:
        annotation = linked_type(str(attribute.annotation), model_names)
        entry = f"- {markdown(attribute.name, code=True)}: {annotation}"
        description = described.get(attribute.name, "")
        lines.append(f"{entry}: {markdown(description)}" if description else entry)
    if fields:
        lines.append("")
    return lines


def build_reference_site(
    project_dir: Path, package: str, out_dir: Path, progress: Progress = NO_PROGRESS
) -> ReferenceSite:
    """Build the HTML reference of the client project at `project_dir` into `out_dir`."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    progress.stage(f"docs: {API_REFERENCE}")
    api = api_reference_path(project_dir, package).read_text(encoding="utf-8")
    progress.stage(f"docs: model reference from {package}.models")
    models, count = models_reference(project_dir, package)
    with tempfile.TemporaryDirectory(prefix="specbind-docs-") as work:
        docs = Path(work) / "docs"
        docs.mkdir()
        (docs / HOME_PAGE).write_text(site_links(api), encoding="utf-8")
        (docs / MODELS_PAGE).write_text(models, encoding="utf-8")
        config_file = Path(work) / "mkdocs.yml"
        config_file.write_text(yaml.safe_dump(_mkdocs_settings(package)), encoding="utf-8")
        progress.stage("docs: mkdocs build")
        with staged_directory(out_dir) as staging, _mkdocs_warnings() as warnings:
            try:
                build(load_config(str(config_file), site_dir=str(staging)))
            except MkDocsException as exc:
                raise SpecbindError(f"mkdocs could not build the reference: {exc}") from None
    pages = tuple(sorted(out_dir.resolve().rglob("*.html")))
    return ReferenceSite(out_dir.resolve(), pages, count, tuple(warnings))


def _mkdocs_settings(package: str) -> dict[str, object]:
    return {
        "site_name": f"{package} reference",
        "docs_dir": "docs",
        # Material's search splits what is typed by the same separator as the text, so a
        # path typed whole ("/api/core/groups/{id}/") finds its operation (MkDocs' own
        # theme reads it as one word and finds nothing). No web fonts: the site needs
        # nothing from outside it.
        "theme": {"name": "material", "font": False, "features": ["navigation.tabs"]},
        "nav": [{"API": HOME_PAGE}, {"Models": MODELS_PAGE}],
        # page.html rather than page/: the site also reads from a plain file server
        "use_directory_urls": False,
        "plugins": [{"search": {"separator": r"[\s\-/{}_.,:()\[\]]+"}}],
        "markdown_extensions": ["toc", "tables"],
        "validation": {"links": {"anchors": "warn"}},
    }


@contextmanager
def _mkdocs_warnings() -> Iterator[list[str]]:
    """MkDocs' warnings, collected instead of logged."""
    found: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                found.append(record.getMessage())

    logger = logging.getLogger("mkdocs")
    handler = Collect()
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield found
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
