"""The `specbind` command: parses arguments, calls a stage, prints what it returns.

Exit statuses are the same for every subcommand: 0 success, 1 problems found,
2 could not run (README's table). Stages never print; only this module does, and a
stage's `SpecbindError` becomes its one line and exit status in one place, `ErrorBoundary`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup

from specbind.config import Config, load_config
from specbind.errors import Problem, Severity, SpecbindError
from specbind.processes import leave
from specbind.progress import NO_PROGRESS, ConsoleProgress, Progress

if TYPE_CHECKING:
    from specbind.generation import Generation
    from specbind.openapi.specref import SpecRef

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


INTERRUPTED = 130  # Ctrl-C: the shells' 128 + SIGINT


class ErrorBoundary(TyperGroup):
    """The one place a stage's error becomes one line on stderr and an exit status.

    Stages raise `SpecbindError` (its `exit_code`: 2 could not run, 1 refused); commands
    never catch it. Ctrl-C ends the run with one line and 130, not click's "Aborted!".
    """

    def invoke(self, ctx: Any) -> Any:  # typer's click.Context (typer vendors click)
        try:
            return super().invoke(ctx)
        except SpecbindError as exc:
            fail(str(exc), exc.exit_code)
        except RecursionError:
            # Documents are refused past MAX_DEPTH when read; a stage that still recurses
            # too deep says so in one line rather than a thousand-frame traceback.
            fail("the document is nested too deeply to process (Python's recursion limit)")
        except KeyboardInterrupt:
            fail("interrupted", INTERRUPTED)


class Command(TyperCommand):
    """A subcommand whose usage line shows a required argument as its metavar (`URL`), not
    typer's `{URL}`."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        return [piece.removeprefix("{").removesuffix("}") for piece in pieces]


app = typer.Typer(
    name="specbind",
    help="Typed bindings kept true to an OpenAPI document: fetch, validate, generate, "
    "diff, contract-test and publish.",
    cls=ErrorBoundary,
    rich_markup_mode=None,  # help text is plain: `[tool.specbind]` is not Rich markup
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def options(
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="Print only errors: no progress, summaries, reports or warnings "
            "(the exit status still tells).",
        ),
    ] = False,
) -> None:
    """Options for every command."""
    out.quiet = quiet  # stdout carries results and summaries only; errors go to `err`


def echo(text: str, nl: bool = True) -> None:
    """A result line on stdout, unless --quiet (typer.echo, without rich markup)."""
    if not out.quiet:
        typer.echo(text, nl=nl)


@contextmanager
def progress_shown() -> Iterator[Progress]:
    """Steps with counts and times on stderr while a long command runs, on a terminal.

    Piped output (stdout or stderr not a terminal) or --quiet gets no progress at all:
    only the summary lines, so logs stay line-oriented and free of control characters.
    """
    if out.quiet or not (out.is_terminal and err.is_terminal):
        yield NO_PROGRESS
        return
    with ConsoleProgress(err) as shown:
        yield shown


ProjectOption = Annotated[
    Path | None,
    typer.Option(
        "--project",
        metavar="DIR",
        help="Project root (default: nearest pyproject.toml with [tool.specbind]).",
        show_default=False,
    ),
]
SpecOption = Annotated[
    str | None,
    typer.Option(
        "--spec",
        metavar="VERSION|PATH",
        help="A stored spec version or a path to a document "
        "(default: the configured current version).",
        show_default=False,
    ),
]


def out_option(help: str) -> Any:
    """`--out DIR`: where a command writes; `help` says what goes there and the default."""
    return typer.Option("--out", metavar="DIR", help=help, show_default=False)


NameOption = Annotated[
    str | None,
    typer.Option(
        "--name",
        metavar="NAME",
        help="The API's name for a document outside the configured API (default: from its "
        "info.title): packages <name>_client/_server, variables <NAME>_API_KEY, ...",
        show_default=False,
    ),
]
PackageOption = Annotated[
    str | None,
    typer.Option(
        "--package",
        metavar="PKG",
        help="The generated package's import name (default: <name>_client or _server).",
        show_default=False,
    ),
]


def number_parser(option: str, kind: type[float] | type[int]) -> Callable[[object], float]:
    """Read an option's number, or end the run with one line naming the option."""

    def parse(value: object) -> float:
        if isinstance(value, kind) and not isinstance(value, bool):
            return value
        try:
            return kind(str(value))
        except ValueError:
            what = "a whole number" if kind is int else "a number"
            fail(f"{option} must be {what}, not {str(value)!r}")

    return parse


def number_option(option: str, kind: type[float] | type[int], metavar: str, help: str) -> Any:
    """A numeric option read by `number_parser`: a wrong value is one line naming it."""
    return typer.Option(parser=number_parser(option, kind), metavar=metavar, help=help)


TimeoutOption = Annotated[
    float,
    number_option(
        "--timeout",
        float,
        "SECONDS",
        "Seconds for one whole attempt (connect, headers, body); all attempts end "
        "within timeout x (retries + 1) plus the backoff waits.",
    ),
]
RetriesOption = Annotated[
    int, number_option("--retries", int, "N", "Retries on transient failures.")
]
MaxBytesOption = Annotated[
    int,
    number_option(
        "--max-bytes", int, "BYTES", "Refuse documents larger than this (after decompression)."
    ),
]


def print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        if out.quiet and problem.severity is not Severity.ERROR:
            continue
        colour = "red" if problem.severity is Severity.ERROR else "yellow"
        err.print(f"[{colour}]{escape(str(problem))}[/]")


# -- fetch / validate ------------------------------------------------------------------


@app.command(cls=Command)
def fetch(
    url: Annotated[
        str,
        typer.Argument(metavar="URL", help="URL of an OpenAPI 3.0/3.1 document (JSON or YAML)."),
    ],
    auth_env: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="Environment variable whose value is sent as the auth header.",
            show_default=False,
        ),
    ] = None,
    auth_header: Annotated[
        str, typer.Option(metavar="HEADER", help="Header that carries --auth-env.")
    ] = ("Authorization"),
    timeout: TimeoutOption = 30.0,
    retries: RetriesOption = 3,
    max_bytes: MaxBytesOption = 64 * 1024 * 1024,
    force: Annotated[bool, typer.Option(help="Replace a stored version whose content differs.")] = (
        False
    ),
    project: ProjectOption = None,
) -> None:
    """Download a document, validate it and store it under spec/<api>/<info.version>/."""
    from specbind.fetch import FetchOptions
    from specbind.fetch import fetch as fetch_document
    from specbind.openapi.store import SpecStore

    config = load_config(project)
    options = FetchOptions(
        timeout=timeout,
        retries=retries,
        max_bytes=max_bytes,
        auth_env=auth_env,
        auth_header=auth_header,
        force=force,
    )
    result = fetch_document(url, SpecStore(config), options)
    print_problems(result.warnings)
    out.print(
        f"stored {escape(config.api)} {escape(result.entry.version)} at "
        f"{escape(str(result.path.relative_to(config.root)))} "
        f"(sha256 {result.entry.sha256[:12]}, {len(result.download.body)} bytes)"
    )


@app.command(cls=Command)
def validate(
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="PATH|VERSION",
            help="A document path or stored version (default: every stored "
            "version, and the manifest's hashes).",
            show_default=False,
        ),
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Validate OpenAPI documents and the manifest; exit 1 on errors, 0 with warnings."""
    from specbind.openapi.document import load_document
    from specbind.openapi.store import SpecStore
    from specbind.openapi.validate import validate_document
    from specbind.preflight import generation_problems

    problems: list[Problem] = []
    checked: list[Path] = []
    if path is not None and Path(path).is_file():
        targets = [Path(path)]
    else:
        config = load_config(project)
        store = SpecStore(config)
        if path is None:
            versions = store.versions()
            if not versions:
                fail(f"no documents stored under {config.api_spec_dir}")
            targets = [store.path_for(v) for v in versions]
            problems += store.hash_problems()
        else:
            targets = [store.resolve(path).path]
    for target in targets:
        document = load_document(target)
        found = validate_document(document)
        if not any(p.severity is Severity.ERROR for p in found):
            # what generate would refuse (errors) or degrade (warnings): its preflight
            found += generation_problems(document)
        problems += found
        checked.append(target)
    print_problems(problems)
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = len(problems) - errors
    summary = f"{len(checked)} document(s) checked: {errors} error(s), {warnings} warning(s)"
    if errors:
        err.print(f"[bold red]{summary}[/]")
        raise typer.Exit(1)
    out.print(f"[green]{summary}[/]")


# -- diff / upgrade / check ------------------------------------------------------------


def _document(value: str, project: Path | None) -> SpecRef:
    """A file path as given (a loose document), else a stored version of the project's API."""
    from specbind.openapi.specref import SpecRef
    from specbind.openapi.store import SpecStore

    if Path(value).is_file():
        return SpecRef(Path(value))
    return SpecStore(load_config(project)).resolve(value)


@app.command(cls=Command)
def diff(
    old: Annotated[
        str, typer.Argument(metavar="OLD", help="Old document: a stored version or a path.")
    ],
    new: Annotated[
        str, typer.Argument(metavar="NEW", help="New document: a stored version or a path.")
    ],
    format: Annotated[
        str,
        typer.Option(
            "--format", metavar="FORMAT", help="text, markdown (for a pull request) or json."
        ),
    ] = "text",
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="LEVEL",
            help="Exit 1 when a change is at this level or worse (breaking or "
            "non-breaking), or when the client's Python API breaks.",
            show_default=False,
        ),
    ] = None,
    python: Annotated[
        bool,
        typer.Option(
            "--python/--no-python",
            help="Generate both clients and list what breaks in their Python API.",
        ),
    ] = True,
    project: ProjectOption = None,
) -> None:
    """What changed between two documents, rule by rule, and what it breaks."""
    from specbind.diff import Level, diff_documents
    from specbind.diff.python_api import compare_generated_clients
    from specbind.diff.render import FORMATS, render

    if format not in FORMATS:
        fail(f"specbind diff: --format must be one of {', '.join(FORMATS)}, not {format!r}")
    levels = {"breaking": Level.BREAKING, "non-breaking": Level.NON_BREAKING}
    if fail_on is not None and fail_on not in levels:
        fail(f"specbind diff: --fail-on must be breaking or non-breaking, not {fail_on!r}")
    old_spec, new_spec = _document(old, project), _document(new, project)
    old_doc, new_doc = old_spec.document, new_spec.document
    report = diff_documents(old_doc.data, new_doc.data)
    breaks = None
    if python:
        config = load_config(project)
        breaks = compare_generated_clients(config, old_spec, new_spec)
    echo(render(report, format, breaks), nl=False)
    if fail_on is not None and (report.level.rank >= levels[fail_on].rank or breaks):
        raise typer.Exit(1)  # a Python API break fails either threshold


UPGRADE_AVAILABLE = 10  # `upgrade --check`: a newer spec version is available


@app.command(cls=Command)
def upgrade(
    source: Annotated[
        str, typer.Argument(metavar="URL|PATH", help="URL or path of the new document.")
    ],
    force: Annotated[
        bool, typer.Option(help="Replace a stored version of that number whose content differs.")
    ] = False,
    allow_downgrade: Annotated[
        bool, typer.Option(help="Accept a document older than the current spec version.")
    ] = False,
    check_only: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Change nothing: exit 0 when up to date, 10 when a newer version is available.",
        ),
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE", help="Also write the Markdown report (e.g. a pull request's body)."
        ),
    ] = None,
    timeout: TimeoutOption = 30.0,
    retries: RetriesOption = 3,
    max_bytes: MaxBytesOption = 64 * 1024 * 1024,
    project: ProjectOption = None,
) -> None:
    """Move to a new spec version: diff, regenerate, version, CHANGELOG; all or nothing."""
    from specbind.diff.render import render_markdown, render_text
    from specbind.fetch import FetchOptions
    from specbind.upgrade import check_for_upgrade
    from specbind.upgrade import upgrade as run_upgrade

    config = load_config(project)
    options = FetchOptions(timeout=timeout, retries=retries, max_bytes=max_bytes, force=force)
    if check_only:
        found = check_for_upgrade(config, source, options)
        echo(found.note)
        raise typer.Exit(UPGRADE_AVAILABLE if found.available else 0)
    with progress_shown() as progress:
        result = run_upgrade(
            config,
            source,
            force=force,
            allow_downgrade=allow_downgrade,
            fetch_options=options,
            progress=progress,
        )
    echo(render_text(result.report, result.python_breaks), nl=False)
    summary = (
        f"upgraded {config.api} {result.old_spec_version} -> {result.new_spec_version}; "
        f"packages {result.old_package_version or 'new'} -> {result.new_package_version} "
        f"({result.release_kind})"
    )
    if report is not None:
        body = render_markdown(result.report, result.python_breaks)
        report.write_text(f"{summary}.\n\n{body}", encoding="utf-8")
    out.print(f"[green]{escape(summary)}; CHANGELOG.md updated[/]")


@app.command(cls=Command)
def check(project: ProjectOption = None) -> None:
    """Fail (exit 1) when generated/ differs from what spec/ and templates/ produce."""
    from specbind.generation import check_drift
    from specbind.generators import default_generators

    config = load_config(project)
    report = check_drift(config, default_generators())
    where = config.output_dir.relative_to(config.root).as_posix()
    for label, names in (
        ("differs", report.differing),
        ("missing", report.missing),
        ("extra", report.extra),
    ):
        for name in names:
            err.print(f"[red]{label}: {escape(where)}/{escape(name)}[/]")
            if name in report.details:
                err.print(escape(report.details[name]), highlight=False)
    if not report.clean:
        count = len(report.differing) + len(report.missing) + len(report.extra)
        err.print(
            f"[bold red]{where}/ has drifted from spec/ and templates/: {count} file(s); "
            "run `specbind generate` (or `specbind upgrade`) instead of editing it[/]"
        )
        raise typer.Exit(1)
    out.print(f"[green]{where}/ matches what spec/ and templates/ produce[/]")


# -- generate ---------------------------------------------------------------------------

GENERATE_TARGETS = ("client", "server")
TargetArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="client|server", help="client or server (default: both).", show_default=False
    ),
]


def _targets(command: str, target: str | None) -> list[str] | None:
    """`[target]`, or None for both; anything else ends the run naming the command."""
    if target is not None and target not in GENERATE_TARGETS:
        fail(f"specbind {command} takes client or server (or nothing, for both), not {target!r}")
    return [target] if target is not None else None


def _chosen_spec(
    project: Path | None,
    spec: str | None,
    name: str | None = None,
    package: str | None = None,
    target: str | None = None,
) -> tuple[Config, SpecRef, Config]:
    """The project's config, the document `--spec` chooses, and the names generating from
    it uses (`_config_for_spec`)."""
    from specbind.openapi.store import SpecStore

    config = load_config(project)
    document = SpecStore(config).resolve(spec)
    return config, document, _config_for_spec(config, document, name, package, target)


def _config_for_spec(
    config: Config,
    spec: SpecRef,
    name: str | None = None,
    package: str | None = None,
    target: str | None = None,
) -> Config:
    """The names a generation from `spec` uses.

    A stored document of the configured API keeps the configured names, with its
    directory as the spec version; any other document gets its own names
    (`specbind.config.document_config`). `--name` and `--package` override either.
    """
    import dataclasses

    from specbind.config import document_config

    if package is not None and target is None:
        fail("--package names one package: give the target (generate client --package NAME)")
    client = package if target == "client" else None
    server = package if target == "server" else None
    if spec.version is not None:
        chosen = dataclasses.replace(
            config,
            api=name or config.api,
            spec_version=spec.version,
            client_package=client or config.client_package,
            server_package=server or config.server_package,
        )
        return _checked(chosen)
    return document_config(
        config,
        spec.document.data,
        spec.path,
        name=name,
        client_package=client,
        server_package=server,
    )


def _checked(config: Config) -> Config:
    """`config` after --name/--package, refused the way [tool.specbind] would refuse it."""
    from specbind.config import check_names

    check_names(config)
    return config


@app.command(cls=Command)
def generate(
    target: TargetArgument = None,
    spec: SpecOption = None,
    out_dir: Annotated[
        Path | None,
        out_option("Write DIR/client and DIR/server instead of the configured output-dir."),
    ] = None,
    name: NameOption = None,
    package: PackageOption = None,
    project: ProjectOption = None,
) -> None:
    """Render the client package and the server stubs from a spec version, atomically.

    A document outside the configured API (`--spec other.json`) is generated under its
    own names: from its info.title, or --name and --package.
    """
    from specbind.freshness import unchanged_generation
    from specbind.fsutil import recover_directory, staged_output
    from specbind.generators import generator

    targets = _targets("generate", target) or list(GENERATE_TARGETS)
    config, document, chosen = _chosen_spec(project, spec, name, package, target)
    root = out_dir.resolve() if out_dir is not None else config.output_dir
    # What a killed run left (staging directories of dead runs, a half-done swap) goes
    # first, even when nothing needs generating.
    for directory in (config.spec_dir, root):
        recover_directory(directory)
    stale: list[str] = []
    for kind in targets:
        # Unchanged inputs, intact output: skip the generator and its engine's start-up.
        unchanged = unchanged_generation(kind, chosen, document.path, root / kind)
        if unchanged is None:
            stale.append(kind)
            continue
        out.print(
            f"[green]{kind} for {escape(chosen.api)} {escape(chosen.spec_version)} is up to "
            f"date: {unchanged.operations} operation(s) in {escape(_shown(config, root / kind))}, "
            "nothing rewritten[/]"
        )
    if not stale:
        return
    generators = {kind: generator(kind) for kind in stale}
    results: dict[str, Generation] = {}
    with progress_shown() as progress:
        if len(stale) == 1:
            (kind,) = stale
            results[kind] = generators[kind](chosen, document, root / kind, progress=progress)
        else:
            # Client and server change together or not at all: both are generated into a
            # staged copy of the output directory, which then replaces it in one swap.
            with staged_output(root) as staging:
                for kind in stale:
                    results[kind] = generators[kind](
                        chosen, document, staging / kind, progress=progress
                    )
    for kind, result in results.items():
        print_problems(list(result.warnings))
        out.print(
            f"[green]generated {kind} for {escape(chosen.api)} {escape(chosen.spec_version)}: "
            f"{result.operation_count} operation(s), {len(result.files)} file(s) in "
            f"{escape(_shown(config, root / kind))}[/]"
        )


def _shown(config: Config, path: Path) -> str:
    """`path` as the user thinks of it: relative to the project when inside it."""
    return str(path.relative_to(config.root) if path.is_relative_to(config.root) else path)


# -- docs -------------------------------------------------------------------------------


@app.command(cls=Command)
def docs(
    spec: SpecOption = None,
    out_dir: Annotated[
        Path | None, out_option("Where the site goes, replaced whole (default: site/).")
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Build the client reference (api.md and the models) as a static site with MkDocs."""
    import tempfile

    from specbind.client import generate_client
    from specbind.client.site import build_reference_site
    from specbind.freshness import unchanged_generation

    config, document, chosen = _chosen_spec(project, spec)
    target = out_dir.resolve() if out_dir is not None else config.root / "site"
    with progress_shown() as progress, tempfile.TemporaryDirectory(prefix="specbind-docs-") as work:
        # the committed client when it is this document's; else one generated aside
        client_dir = config.client_output
        if unchanged_generation("client", chosen, document.path, client_dir) is None:
            client_dir = Path(work) / "client"
            generate_client(chosen, document, client_dir, progress=progress)
        site = build_reference_site(client_dir, config.client_package, target, progress)
    for warning in site.warnings:
        if not out.quiet:
            err.print(f"[yellow]mkdocs: {escape(warning)}[/]")
    out.print(
        f"[green]built the client reference of {escape(config.api)} "
        f"{escape(chosen.spec_version)}: {len(site.pages)} page(s), {site.models} model(s) in "
        f"{escape(_shown(config, target))}; open {escape(_shown(config, target / 'index.html'))}[/]"
    )


# -- build / publish --------------------------------------------------------------------

DistOption = Annotated[Path | None, out_option("Where the sdists and wheels go (default: dist/).")]
IsolationOption = Annotated[
    bool,
    typer.Option(
        "--isolation/--no-isolation",
        help="Build in a fresh environment (default), or with the installed setuptools.",
    ),
]


def _print_built(report: object) -> None:
    from specbind.publish import BuildReport

    assert isinstance(report, BuildReport)
    for package in report.packages:
        project = package.project
        spec = f" (spec {project.spec_version})" if project.spec_version else ""
        out.print(f"{escape(project.distribution)} {escape(project.version)}{escape(spec)}:")
        for path, digest in (
            (package.sdist, package.sdist_sha256),
            (package.wheel, package.wheel_sha256),
        ):
            out.print(f"  {escape(str(path))}  sha256 {digest}")


@app.command(cls=Command)
def build(
    target: TargetArgument = None,
    out_dir: DistOption = None,
    isolation: IsolationOption = True,
    project: ProjectOption = None,
) -> None:
    """Build sdist and wheel of the generated packages, reproducibly, and check them."""
    from specbind.publish import build_packages

    config = load_config(project)
    targets = _targets("build", target)
    with progress_shown() as progress:
        report = build_packages(
            config,
            out_dir and out_dir.resolve(),
            targets,
            isolation=isolation,
            progress=progress,
        )
    _print_built(report)
    print_problems(report.problems)
    if report.errors:
        err.print(
            f"[bold red]{len(report.errors)} problem(s): not fit to publish "
            "(fix the package templates and regenerate)[/]"
        )
        raise typer.Exit(1)
    out.print("[green]built and checked: twine check --strict, wheel contents, metadata[/]")


@app.command(cls=Command)
def publish(
    repository_url: Annotated[
        str,
        typer.Option(
            "--repository-url", metavar="URL", help="The index's upload URL.", show_default=False
        ),
    ],
    index_url: Annotated[
        str | None,
        typer.Option(
            "--index-url",
            metavar="URL",
            help="The index's simple API, asked which versions it has "
            "(default: derived from --repository-url).",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be uploaded; upload nothing.")
    ] = False,
    skip_build: Annotated[
        bool, typer.Option("--skip-build", help="Upload what `specbind build` left in --out.")
    ] = False,
    target: TargetArgument = None,
    out_dir: DistOption = None,
    isolation: IsolationOption = True,
    project: ProjectOption = None,
) -> None:
    """Upload the generated packages with twine; credentials from the environment only.

    SPECBIND_INDEX_USERNAME/SPECBIND_INDEX_PASSWORD, else TWINE_USERNAME/TWINE_PASSWORD.
    Exit 1 when the index already has a version (nothing is uploaded), 2 when the
    upload cannot run (no or wrong credentials, unreachable index).
    """
    from specbind.publish import publish_packages

    config = load_config(project)
    targets = _targets("publish", target)
    with progress_shown() as progress:
        report, result = publish_packages(
            config,
            repository_url,
            index_url=index_url,
            out_dir=out_dir and out_dir.resolve(),
            targets=targets,
            dry_run=dry_run,
            skip_build=skip_build,
            isolation=isolation,
            progress=progress,
        )
    if report is not None:
        _print_built(report)
        print_problems(report.problems)
    verb = "uploaded" if result.uploaded else "would upload (dry run)"
    out.print(f"{verb} to {escape(result.repository_url)}:")
    for file in result.files:
        out.print(f"  {escape(file.name)} {escape(file.version)}  {escape(str(file.path))}")
    credentials = result.credentials_source or "none set"
    out.print(
        f"index {escape(result.index_url)} has none of these versions; "
        f"credentials from {escape(credentials)}"
    )
    if result.uploaded:
        out.print(f"[green]published {len(result.files)} file(s)[/]")


# -- mock -------------------------------------------------------------------------------


@app.command(cls=Command)
def mock(
    spec: SpecOption = None,
    port: Annotated[int, typer.Option("--port", metavar="PORT", help="Port to listen on.")] = 4010,
    host: Annotated[
        str, typer.Option("--host", metavar="HOST", help="Address to listen on.")
    ] = "127.0.0.1",
    api_key: Annotated[
        list[str] | None,
        typer.Option(
            "--api-key",
            metavar="KEY",
            help="Accept only this key (repeatable); default: any non-empty key.",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[int, typer.Option(metavar="N", help="Seed for synthesised values.")] = 0,
    stateful: Annotated[
        bool, typer.Option(help="Keep PUT/PATCH results in memory for the next GET.")
    ] = False,
    name: NameOption = None,
    package: PackageOption = None,
    project: ProjectOption = None,
) -> None:
    """Serve the generated FastAPI app with schema-valid mock answers (uvicorn).

    A document outside the configured API is served under its own names (--name, --package).
    """
    import tempfile

    from specbind.server.mock import accepted_keys, build_mock, listen, mock_work_dir, serve

    _, document, chosen = _chosen_spec(project, spec, name, package, "server")
    cached = mock_work_dir(chosen, document)
    # the port first: a busy one is one line and exit 2 before anything says it serves
    with (
        listen(host, port) as listener,
        tempfile.TemporaryDirectory(prefix="specbind-mock-") as scratch,
    ):
        work = cached or Path(scratch)
        server = build_mock(chosen, document, work, seed=seed, stateful=stateful, api_keys=api_key)
        print_problems(server.warnings)
        out.print(
            f"[green]mock of {escape(chosen.api)} ({escape(str(document.path))}): "
            f"{len(server.answers.routes)} operation(s) on http://{escape(host)}:{port}, "
            f"accepting {escape(accepted_keys(api_key))}{', stateful' if stateful else ''}[/]"
        )
        if not api_key:
            out.print(
                "[yellow]any key is accepted, so a contract run against this mock fails its "
                "ignored_auth check: start it with --api-key KEY to accept only KEY[/]"
            )
        serve(server, listener)


# -- contract ---------------------------------------------------------------------------


@app.command(cls=Command)
def contract(
    url: Annotated[
        str, typer.Option("--url", metavar="URL", help="Base URL of the deployed server.")
    ],
    spec: SpecOption = None,
    api_key_env: Annotated[
        str | None,
        typer.Option(
            "--api-key-env",
            metavar="NAME",
            help="Environment variable holding the API key (default: <API>_API_KEY).",
            show_default=False,
        ),
    ] = None,
    auth_prefix: Annotated[
        str | None,
        typer.Option(
            metavar="PREFIX",
            help="Prefix of the key in the security scheme's header, with its space "
            "(default: [tool.specbind] auth-prefix and a space).",
            show_default=False,
        ),
    ] = None,
    allow_writes: Annotated[
        bool, typer.Option(help="Also test POST/PUT/PATCH/DELETE (default: reads only).")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(help="An undocumented 4xx to an invalid or keyless request fails too."),
    ] = False,
    max_examples: Annotated[
        int, typer.Option(metavar="N", help="Generated examples per operation.")
    ] = 25,
    time_budget: Annotated[
        int | None,
        typer.Option(
            metavar="SECONDS", help="Stop generating after this many seconds.", show_default=False
        ),
    ] = None,
    rate_limit: Annotated[
        str | None,
        typer.Option(metavar="RATE", help="Request rate, e.g. 10/s or 100/m.", show_default=False),
    ] = None,
    workers: Annotated[int, typer.Option(metavar="N", help="Concurrent workers.")] = 1,
    seed: Annotated[int, typer.Option(metavar="N", help="Seed, for a repeatable run.")] = 0,
    all_encodings: Annotated[
        bool,
        typer.Option(help="Also send form and multipart bodies (default: JSON where offered)."),
    ] = False,
    timeout: Annotated[float, typer.Option(metavar="SECONDS", help="Seconds per request.")] = 10.0,
    report_dir: Annotated[
        Path,
        typer.Option(
            metavar="DIR", help="Where junit.xml and requests.har are written (replaced)."
        ),
    ] = Path("contract-report"),
    project: ProjectOption = None,
) -> None:
    """Test a deployed server against its document; exit 1 when it breaks the contract."""
    import os

    from specbind.conformance import ContractOptions, Redactor, run_contract, write_artifacts
    from specbind.conformance.summary import summary_lines
    from specbind.openapi.store import SpecStore

    config = load_config(project)
    spec_ref = SpecStore(config).resolve(spec)
    document = spec_ref.document
    key_source = api_key_env or config.api_key_env
    if auth_prefix is None:
        auth_prefix = f"{config.auth_prefix} " if config.auth_prefix else ""
    api_key = os.environ.get(key_source) or None
    redactor = Redactor([api_key, f"{auth_prefix}{api_key}" if api_key else None])
    options = ContractOptions(
        base_url=url,
        api_key=api_key,
        key_source=key_source,
        auth_prefix=auth_prefix,
        allow_writes=allow_writes,
        strict=strict,
        max_examples=max_examples,
        time_budget=time_budget,
        rate_limit=rate_limit,
        workers=workers,
        seed=seed,
        request_timeout=timeout,
        all_encodings=all_encodings,
    )
    for problem in options.problems():
        fail(f"usage: {problem}", 2)
    try:
        label = spec_ref.version or str(spec_ref.path)
        with progress_shown() as progress:
            report = run_contract(document.data, label, options, progress)
    except SpecbindError as exc:
        fail(f"could not run: {redactor.text(str(exc))}", exc.exit_code)
    written = write_artifacts(report, report_dir, redactor)
    for line in summary_lines(report):
        echo(redactor.text(line))
    for path in written:
        echo(f"report: {redactor.text(str(path))}")
    if not report.passed:
        raise typer.Exit(1)


ci_app = typer.Typer(help="Continuous integration for spec version bumps.", no_args_is_help=True)
app.add_typer(ci_app, name="ci")


@ci_app.command("init", cls=Command)
def ci_init(
    url: Annotated[
        str, typer.Option("--url", metavar="URL", help="URL the API document is published at.")
    ],
    github: Annotated[bool, typer.Option("--github", help="A GitHub Actions workflow.")] = False,
    gitlab: Annotated[bool, typer.Option("--gitlab", help="A GitLab CI job.")] = False,
    schedule: Annotated[
        str, typer.Option(metavar="CRON", help="When to look (cron, UTC).")
    ] = "17 6 * * 1",
    base: Annotated[
        str, typer.Option(metavar="BRANCH", help="The branch pull requests target.")
    ] = "main",
    force: Annotated[bool, typer.Option(help="Replace an existing job file.")] = False,
    project: ProjectOption = None,
) -> None:
    """Write a scheduled job: `upgrade --check`, then upgrade, test and open a pull request."""
    from specbind.ci import init_workflow

    if github == gitlab:
        fail("specbind ci init: choose one of --github and --gitlab")
    config = load_config(project)
    system: Literal["github", "gitlab"] = "github" if github else "gitlab"
    written = init_workflow(config.root, system, url, schedule, base, force)
    out.print(f"wrote {escape(written.path.relative_to(config.root).as_posix())}")


def main() -> None:
    """The `specbind` command (tests call `app`): it ends with `processes.leave`."""
    try:
        app()
    except SystemExit as done:
        leave(done.code)
    leave(0)


if __name__ == "__main__":
    main()
