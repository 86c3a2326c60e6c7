"""Are the committed generated packages fit to publish as they are?"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from specbind.config import load_config
from specbind.publish import build_packages
from tests.conftest import REPO, RecordedProgress, tree_snapshot


@pytest.mark.parametrize("target", ["client", "server"])
def test_the_generated_package_passes_every_publishing_check(target: str, tmp_path: Path) -> None:
    # a build records itself in the project (stamp, CHANGELOG): build a copy
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(REPO / "pyproject.toml", project / "pyproject.toml")
    shutil.copytree(REPO / "spec", project / "spec")
    shutil.copytree(REPO / "generated" / target, project / "generated" / target)
    before = tree_snapshot(REPO / "generated")
    progress = RecordedProgress()
    config = load_config(project)
    report = build_packages(config, tmp_path / "dist", [target], isolation=False, progress=progress)
    assert [str(problem) for problem in report.errors] == []
    assert tree_snapshot(REPO / "generated") == before
    (package,) = report.packages
    built = f"build: {package.project.distribution} {package.project.version}"
    assert progress.steps == [
        (f"{built}: sdist and wheel", None),
        (f"{built}: checks (twine, wheel contents, metadata)", None),
    ]


def test_metadata_comes_from_the_config_else_from_the_document(tmp_path: Path) -> None:
    import dataclasses

    from specbind.metadata import CLIENT_CLASSIFIERS, package_metadata

    config = load_config(REPO)
    document = {
        "info": {
            "license": {"name": "Apache 2.0", "identifier": "apache-2.0"},
            "contact": {"url": "https://example.com/support"},
            "termsOfService": "not a url",
        },
        "externalDocs": {"url": "https://example.com/docs"},
    }
    ours = package_metadata(config, document, CLIENT_CLASSIFIERS)
    assert ours.license == "MIT"
    assert ours.urls == (("Homepage", "https://ibl.ai"), ("Documentation", "https://docs.ibl.ai/"))
    assert "Typing :: Typed" in ours.classifiers
    bare = dataclasses.replace(config, license=None, project_urls=())
    theirs = package_metadata(bare, document, CLIENT_CLASSIFIERS)
    assert theirs.license == "Apache-2.0"
    assert theirs.urls == (
        ("Documentation", "https://example.com/docs"),
        ("Homepage", "https://example.com/support"),
    )
    nothing = package_metadata(bare, {"info": {"license": {"name": "Custom"}}}, ())
    assert (nothing.license, nothing.urls, nothing.classifiers) == (None, (), ())
