"""The API's real history (the vendor's SDK versions, reconstructed under spec/) as a test.

3.54.3 -> 3.66.0 was read by hand against both documents (e.g. `tenant` on
/api/search/catalog/ went from an array to a string with minLength 1; AIGeneratedImage's
`user` and `platform` stopped being required and became nullable); its summary, counts
per rule, is kept here. Every consecutive pair is diffed: no change is listed twice,
and the Markdown report's counts are the lines it lists. The Python-API half (generating
both clients for every pair) and the upgrade through the chain are `make history`.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from specbind.diff import Level, diff_documents
from specbind.diff.render import render_markdown
from specbind.openapi.document import load_document
from tests.conftest import REPO

HISTORY = ("3.54.3-ai-plus", "3.66.0-ai-plus", "4.89.4-ai-plus", "4.202.2-ai-plus")
REVIEWED = {
    "api-version-changed": 1,
    "path-added": 20,
    "path-removed": 1,
    "request-min-length-increased": 2,
    "request-parameter-added-optional": 3,
    "request-property-added": 23,
    "request-property-became-optional": 2,
    "request-property-no-longer-read-only": 1,
    "request-property-removed": 1,
    "request-type-changed": 2,
    "response-nullable-added": 4,
    "response-property-added": 54,
    "response-property-became-optional": 14,
    "response-success-status-added": 1,
}


def _document(version: str) -> dict[str, Any]:
    data: dict[str, Any] = load_document(
        REPO / "spec" / "ibl-data-manager" / version / "openapi.json"
    ).data
    return data


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, Any]]:
    return {version: _document(version) for version in HISTORY}


def test_the_reviewed_pair_keeps_its_summary(documents: dict[str, dict[str, Any]]) -> None:
    report = diff_documents(documents[HISTORY[0]], documents[HISTORY[1]])
    assert dict(Counter(change.rule for change in report.changes)) == REVIEWED
    assert (len(report.breaking), report.semver_bump) == (24, "major")
    tenant = [
        c.message
        for c in report.changes
        if c.rule == "request-type-changed" and "/search/catalog/" in c.operation
    ]
    assert tenant == [
        "GET /api/search/catalog/ (search_catalog_retrieve): query parameter 'tenant' type "
        "changed from array to string"
    ]


@pytest.mark.parametrize(("old", "new"), list(pairwise(HISTORY)))
def test_every_pair_lists_each_change_once_and_counts_what_it_lists(
    documents: dict[str, dict[str, Any]], old: str, new: str
) -> None:
    report = diff_documents(documents[old], documents[new])
    keys = [(c.rule, c.operation, c.pointer, c.message) for c in report.changes]
    assert len(keys) == len(set(keys))
    assert report.changes
    text = render_markdown(report)
    assert text.index("### Breaking changes") < text.index("### Non-breaking changes")
    for level, heading in ((Level.BREAKING, "Breaking"), (Level.NON_BREAKING, "Non-breaking")):
        count = len(report.by_level(level))
        assert f"### {heading} changes ({count})" in text
        section = text.split(f"### {heading} changes ({count})", 1)[1].split("\n### ", 1)[0]
        rows = [line for line in section.splitlines() if re.match(r"\| `[a-z-]+` \|", line)]
        assert len(rows) == count
        groups = sum(int(n) for n in re.findall(r"^#### .+ \((\d+)\)$", section, flags=re.M))
        assert groups in (0, count)  # one resource: no sub-headings; else they add up


def test_the_history_is_stored_with_its_provenance() -> None:
    manifest = (REPO / "spec" / "manifest.json").read_text(encoding="utf-8")
    for version in HISTORY:
        assert f'"version": "{version}"' in manifest
        assert Path(REPO / "spec" / "ibl-data-manager" / version / "NOTES.md").is_file()
