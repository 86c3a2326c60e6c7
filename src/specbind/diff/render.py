"""A DiffReport as text for a terminal, Markdown for a pull request, or JSON for machines."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal

from specbind.diff.model import Change, DiffReport, Level
from specbind.diff.python_api import ApiBreak

Format = Literal["text", "markdown", "json"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "json")
_ORDER = (Level.BREAKING, Level.NON_BREAKING, Level.INFO)
_HEADINGS = {
    Level.BREAKING: "Breaking changes",
    Level.NON_BREAKING: "Non-breaking changes",
    Level.INFO: "Other changes",
}


def _summary(report: DiffReport) -> str:
    counts = ", ".join(f"{len(report.by_level(level))} {level.value}" for level in _ORDER)
    return (
        f"{report.old_version} -> {report.new_version}: {len(report.changes)} change(s) "
        f"({counts}); semver bump: {report.semver_bump}"
    )


def render_text(report: DiffReport, python: Sequence[ApiBreak] | None = None) -> str:
    lines = [_summary(report)]
    for level in _ORDER:
        changes = report.by_level(level)
        if not changes:
            continue
        lines += ["", f"{_HEADINGS[level]}:"]
        for change in changes:
            lines.append(f"  [{change.rule}] {change.message}")
            lines.append(f"      at #{change.pointer}")
    if python is not None:
        lines += ["", f"Python API breaks in the generated client: {len(python)}"]
        lines += [f"  [{b.kind}] {b.path}: {b.message}" for b in python]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown_rows(changes: list[Change]) -> list[str]:
    rows = ["| rule | operation | change | where |", "| --- | --- | --- | --- |"]
    for change in changes:
        detail = change.message.removeprefix(f"{change.operation}: ")
        rows.append(
            f"| `{change.rule}` | {_cell(change.operation) or '(document)'} | {_cell(detail)} "
            f"| `#{_cell(change.pointer)}` |"
        )
    return rows


def _segments(change: Change) -> list[str]:
    """The static segments of the changed operation's path (none for the document)."""
    parts = change.operation.split(" ")
    if len(parts) < 2:
        return []
    return [seg for seg in parts[1].split("/") if seg and not seg.startswith("{")]


def resources(changes: Sequence[Change]) -> dict[str, list[Change]]:
    """`changes` grouped by resource: the first path segment after the prefix every
    changed path shares (`/api/`), in order of first appearance."""
    paths = [_segments(c) for c in changes if _segments(c)]
    common = 0
    if len(paths) > 1:
        while all(len(p) > common + 1 and p[common] == paths[0][common] for p in paths):
            common += 1
    grouped: dict[str, list[Change]] = {}
    for change in changes:
        segments = _segments(change)
        name = segments[common] if len(segments) > common else "(document)"
        grouped.setdefault(name, []).append(change)
    return grouped


def markdown_sections(
    report: DiffReport,
    python: Sequence[ApiBreak] | None = None,
    heading: str = "###",
    package: str = "client",
) -> list[str]:
    """The report's body, headed at `heading` level, for a PR or a CHANGELOG entry;
    `python` are the breaks of the generated `package` (client, or server stubs)."""
    lines: list[str] = []
    for level in _ORDER:
        changes = report.by_level(level)
        if changes:
            lines += [f"{heading} {_HEADINGS[level]} ({len(changes)})", ""]
            groups = resources(changes)
            if len(groups) == 1:
                lines += [*_markdown_rows(changes), ""]
                continue
            for name, group in groups.items():
                lines += [f"{heading}# {name} ({len(group)})", "", *_markdown_rows(group), ""]
    if python is not None:
        lines += [f"{heading} Python API breaks in the generated {package} ({len(python)})", ""]
        if python:
            lines += [f"- `{b.path}` ({b.kind}): {_cell(b.message)}" for b in python]
        else:
            lines.append(f"None: code written against the previous {package} keeps working.")
        lines.append("")
    return lines


def render_markdown(report: DiffReport, python: Sequence[ApiBreak] | None = None) -> str:
    lines = [
        f"## API changes {report.old_version} → {report.new_version}",
        "",
        f"**{len(report.breaking)} breaking** of {len(report.changes)} change(s); "
        f"semver bump: **{report.semver_bump}**.",
        "",
        *markdown_sections(report, python),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def render_json(report: DiffReport, python: Sequence[ApiBreak] | None = None) -> str:
    payload: dict[str, object] = {
        "old_version": report.old_version,
        "new_version": report.new_version,
        "level": report.level.value,
        "semver_bump": report.semver_bump,
        "changes": [c.to_json() for c in report.changes],
    }
    if python is not None:
        payload["python_api_breaks"] = [b.to_json() for b in python]
    return json.dumps(payload, indent=2, default=str) + "\n"


def render(
    report: DiffReport, fmt: Format = "text", python: Sequence[ApiBreak] | None = None
) -> str:
    renderers = {"text": render_text, "markdown": render_markdown, "json": render_json}
    return renderers[fmt](report, python)
