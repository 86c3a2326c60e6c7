from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from packaging.version import Version

from specbind.errors import SpecbindError
from specbind.versioning import (
    CHANGELOG,
    STAMP_FILE,
    GeneratorStamp,
    edition,
    generation_stamp,
    generator_fingerprint,
    next_version,
    package_version,
    post_release,
    read_stamp,
    release_built,
    sha256_file,
    stamp_release,
    write_stamp,
)

REPO = Path(__file__).resolve().parents[1]
STORED = REPO / "spec" / "ibl-data-manager"


@pytest.mark.parametrize(
    ("spec_version", "expected"),
    [
        ("3.59.0-ai-plus", "3.59.0"),
        ("4.84.1-ai-plus", "4.84.1"),
        ("2.0.0-rc.1", "2.0.0rc1"),
        ("1.2-beta2", "1.2b2"),
        ("1.0-dev3", "1.0.dev3"),
        ("v1.2.3", "1.2.3"),
        ("1.0-post2", "1.0.post2"),
    ],
)
def test_spec_versions_map_to_public_pep440_versions(spec_version: str, expected: str) -> None:
    mapped = package_version(spec_version)
    assert mapped == expected
    assert Version(mapped).local is None


def test_post_release_for_a_rebuild_of_the_same_spec() -> None:
    assert package_version("3.59.0-ai-plus", post=1) == "3.59.0.post1"
    assert package_version("4.84.1-ai-plus", post=2) == "4.84.1.post2"
    assert package_version("1.0-post2", post=1) == "1.0.post3"
    assert Version(package_version("3.59.0-ai-plus", post=1)) > Version("3.59.0")


def test_edition_label_is_what_the_version_drops() -> None:
    assert edition("3.59.0-ai-plus") == "ai-plus"
    assert edition("2.0.0-rc.1") == ""
    assert edition("1.0.0") == ""


def test_non_numeric_spec_version_is_refused_with_its_value() -> None:
    with pytest.raises(SpecbindError, match="'latest' does not start with a numeric release"):
        package_version("latest")


# -- stamps, fingerprints and post-releases ------------------------------------------------


def _stamp(
    spec_version: str, fingerprint: str, version: str, released: bool = True
) -> GeneratorStamp:
    return GeneratorStamp(
        spec_version=spec_version,
        spec_sha256="0" * 64,
        fingerprint=fingerprint,
        package_version=version,
        released=released,
    )


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("4.84.1", "4.84.1.post1"),
        ("4.84.1.post1", "4.84.1.post2"),
        ("2.0.0rc1", "2.0.0rc1.post1"),
        ("5.0.0", "5.0.0.post1"),
    ],
)
def test_post_release_counts_up(version: str, expected: str) -> None:
    assert post_release(version) == expected
    assert Version(expected) > Version(version)


def test_next_version_first_generation_takes_the_spec_version() -> None:
    assert next_version(None, "3.59.0-ai-plus", "f1") == "3.59.0"
    assert next_version(None, "4.84.1-ai-plus", "f1") == "4.84.1"


def test_next_version_same_inputs_keep_the_version() -> None:
    previous = _stamp("4.84.1-ai-plus", "f1", "4.84.1.post1")
    assert next_version(previous, "4.84.1-ai-plus", "f1") == "4.84.1.post1"


def test_next_version_unreleased_rebuilds_keep_the_version() -> None:
    """Until `specbind build` fixes a version, rebuilds accumulate under it."""
    unreleased = _stamp("4.84.1-ai-plus", "f1", "4.84.1.post1", released=False)
    assert next_version(unreleased, "4.84.1-ai-plus", "f2") == "4.84.1.post1"
    assert next_version(unreleased, "4.84.1-ai-plus", "f3") == "4.84.1.post1"


def test_next_version_new_templates_or_toolchain_give_a_post_release() -> None:
    assert next_version(_stamp("4.84.1-ai-plus", "f1", "4.84.1"), "4.84.1-ai-plus", "f2") == (
        "4.84.1.post1"
    )
    assert next_version(_stamp("4.84.1-ai-plus", "f2", "4.84.1.post1"), "4.84.1-ai-plus", "f3") == (
        "4.84.1.post2"
    )
    # an upgrade's bumped version is carried on, not replaced by the spec's
    assert next_version(_stamp("4.85.0", "f1", "5.0.0"), "4.85.0", "f2") == "5.0.0.post1"


def test_next_version_new_spec_version_starts_over() -> None:
    previous = _stamp("3.59.0-ai-plus", "f1", "3.59.0.post4")
    assert next_version(previous, "4.84.1-ai-plus", "f9") == "4.84.1"


def test_fingerprint_follows_spec_templates_and_toolchain(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "a.jinja").write_text("A", encoding="utf-8")
    old_spec = STORED / "3.59.0-ai-plus" / "openapi.yaml"
    new_spec = STORED / "4.84.1-ai-plus" / "openapi.yaml"
    base = generator_fingerprint(new_spec, templates, "0.1.0")
    assert base == generator_fingerprint(new_spec, templates, "0.1.0")
    assert len(base) == 64
    assert generator_fingerprint(old_spec, templates, "0.1.0") != base
    assert generator_fingerprint(new_spec, templates, "0.2.0") != base
    (templates / "a.jinja").write_text("B", encoding="utf-8")
    changed = generator_fingerprint(new_spec, templates, "0.1.0")
    assert changed != base
    (templates / "a.jinja").rename(templates / "b.jinja")
    assert generator_fingerprint(new_spec, templates, "0.1.0") not in {base, changed}


def test_stamp_round_trip_is_stable_json(tmp_path: Path) -> None:
    stamp = _stamp("4.84.1-ai-plus", "f1", "4.84.1")
    path = write_stamp(tmp_path, stamp)
    assert path == tmp_path / STAMP_FILE
    assert read_stamp(tmp_path) == stamp
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "fingerprint": "f1",
        "package_version": "4.84.1",
        "released": True,
        "spec_sha256": "0" * 64,
        "spec_version": "4.84.1-ai-plus",
    }
    assert path.read_bytes() == stamp.to_bytes()
    assert read_stamp(tmp_path / "nowhere") is None


def test_a_broken_stamp_names_its_file_and_key(tmp_path: Path) -> None:
    (tmp_path / STAMP_FILE).write_text('{"spec_version": "1.0"}', encoding="utf-8")
    with pytest.raises(SpecbindError, match=r"\.specbind-stamp\.json: .*'spec_sha256'"):
        read_stamp(tmp_path)
    (tmp_path / STAMP_FILE).write_text("{nope", encoding="utf-8")
    with pytest.raises(SpecbindError, match=r"\.specbind-stamp\.json: not a valid stamp \(JSON\)"):
        read_stamp(tmp_path)


def test_stamp_release_across_generations(tmp_path: Path) -> None:
    """The generator's view: regenerate, change a template, regenerate, bump the spec."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "model.py.jinja").write_text("v1", encoding="utf-8")
    spec = STORED / "4.84.1-ai-plus" / "openapi.yaml"
    current = tmp_path / "generated"
    day = date(2026, 11, 23)

    def generate(spec_version: str, spec_path: Path, requested: str | None = None) -> str:
        staging = tmp_path / "staging"
        staging.mkdir()
        version = stamp_release(
            current, staging, spec_version, spec_path, templates, requested, api="api"
        )
        shutil.rmtree(current, ignore_errors=True)
        staging.rename(current)
        return version

    assert generate("4.84.1-ai-plus", spec) == "4.84.1"
    assert generate("4.84.1-ai-plus", spec) == "4.84.1"
    first = (current / STAMP_FILE).read_bytes()
    assert generate("4.84.1-ai-plus", spec) == "4.84.1"
    assert (current / STAMP_FILE).read_bytes() == first
    assert not (current / CHANGELOG).exists()  # nothing was released twice yet
    # new templates before any build: the unbuilt version takes them, no entry
    (templates / "model.py.jinja").write_text("v1b", encoding="utf-8")
    assert generate("4.84.1-ai-plus", spec) == "4.84.1"
    assert not (current / CHANGELOG).exists()
    # once built, the version is fixed: new templates make one unreleased post-release
    assert release_built(current, day)
    assert not release_built(current, day)  # built already: nothing more to record
    (templates / "model.py.jinja").write_text("v2", encoding="utf-8")
    assert generate("4.84.1-ai-plus", spec) == "4.84.1.post1"
    assert read_stamp(current) == GeneratorStamp(
        spec_version="4.84.1-ai-plus",
        spec_sha256=json.loads(first)["spec_sha256"],
        fingerprint=generator_fingerprint(spec, templates),
        package_version="4.84.1.post1",
    )
    rebuilt = (
        "# Changelog\n\n## 4.84.1.post1 (unreleased)\n\nRebuilt from the same api "
        "4.84.1-ai-plus document with changed templates or another specbind version; the API "
        "did not change.\n"
    )
    assert (current / CHANGELOG).read_text(encoding="utf-8") == rebuilt
    # regenerating the same inputs keeps it as it is; so do more template changes
    assert generate("4.84.1-ai-plus", spec) == "4.84.1.post1"
    (templates / "model.py.jinja").write_text("v3", encoding="utf-8")
    assert generate("4.84.1-ai-plus", spec) == "4.84.1.post1"
    assert (current / CHANGELOG).read_text(encoding="utf-8") == rebuilt
    # building dates the entry
    assert release_built(current, day)
    rebuilt = rebuilt.replace("(unreleased)", "(2026-11-23)")
    assert (current / CHANGELOG).read_text(encoding="utf-8") == rebuilt
    # another spec version: the version is the spec's, the CHANGELOG is carried unchanged
    # (an upgrade writes that entry, from the diff)
    older = STORED / "3.59.0-ai-plus" / "openapi.yaml"
    assert generate("3.59.0-ai-plus", older) == "3.59.0"
    assert (current / CHANGELOG).read_text(encoding="utf-8") == rebuilt
    assert generate("3.59.0-ai-plus", older, requested="5.0.0") == "5.0.0"
    assert (current / CHANGELOG).read_text(encoding="utf-8") == rebuilt
    stamp = read_stamp(current)
    assert stamp is not None
    assert stamp.package_version == "5.0.0"


def test_a_scratch_generation_carries_the_projects_changelog(tmp_path: Path) -> None:
    """The drift check generates into scratch: the project's CHANGELOG is its history."""
    templates = tmp_path / "templates"
    templates.mkdir()
    spec = STORED / "4.84.1-ai-plus" / "openapi.yaml"
    project = tmp_path / "project"
    project.mkdir()
    stamp_release(tmp_path / "none", project, "4.84.1-ai-plus", spec, templates, api="api")
    (project / CHANGELOG).write_text("# Changelog\n\n## 4.84.1 (2026-01-01)\n", "utf-8")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    version = stamp_release(
        tmp_path / "empty",
        scratch,
        "4.84.1-ai-plus",
        spec,
        templates,
        "4.84.1",
        history=project,
        api="api",
    )
    assert version == "4.84.1"
    assert (scratch / CHANGELOG).read_bytes() == (project / CHANGELOG).read_bytes()
    # another document under the project's history is not its rebuild
    other = tmp_path / "other"
    other.mkdir()
    stamp_release(
        tmp_path / "empty",
        other,
        "4.84.1-ai-plus",
        STORED / "3.59.0-ai-plus" / "openapi.yaml",
        templates,
        history=project,
        api="api",
    )
    assert not (other / CHANGELOG).exists()


def test_generation_stamp_decides_without_writing(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    spec = STORED / "3.59.0-ai-plus" / "openapi.yaml"
    previous = tmp_path / "generated"
    previous.mkdir()
    write_stamp(previous, _stamp("3.59.0-ai-plus", "an older fingerprint", "3.59.0"))
    stamp = generation_stamp(previous, "3.59.0-ai-plus", spec, templates)
    assert stamp.package_version == "3.59.0.post1"
    assert stamp.fingerprint == generator_fingerprint(spec, templates)
    assert read_stamp(previous) == _stamp("3.59.0-ai-plus", "an older fingerprint", "3.59.0")
    requested = generation_stamp(previous, "3.59.0-ai-plus", spec, templates, "4.0.0")
    assert requested.package_version == "4.0.0"


def test_a_scratch_generation_takes_the_version_history_of_the_package_project(
    tmp_path: Path,
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    spec = STORED / "4.84.1-ai-plus" / "openapi.yaml"
    project = tmp_path / "generated" / "client"
    project.mkdir(parents=True)
    fingerprint = generator_fingerprint(spec, templates)
    recorded = GeneratorStamp(
        "4.84.1-ai-plus", sha256_file(spec), fingerprint, "4.84.1.post2", released=True
    )
    write_stamp(project, recorded)
    scratch = tmp_path / "scratch"
    # the same inputs as the project: the project's version, as the drift check expects
    assert generation_stamp(scratch, "4.84.1-ai-plus", spec, templates, history=project) == (
        recorded
    )
    # a template changed since: what regenerating the project would give
    (templates / "new.jinja").write_text("x", encoding="utf-8")
    changed = generation_stamp(scratch, "4.84.1-ai-plus", spec, templates, history=project)
    assert changed.package_version == "4.84.1.post3"
    # another spec version starts over; without a history a scratch run starts over too
    older = STORED / "3.59.0-ai-plus" / "openapi.yaml"
    assert (
        generation_stamp(scratch, "3.59.0-ai-plus", older, templates, history=project)
    ).package_version == "3.59.0"
    assert generation_stamp(scratch, "4.84.1-ai-plus", spec, templates).package_version == (
        "4.84.1"
    )
    # a stamp in the output directory itself wins over the history
    write_stamp(scratch, _stamp("4.84.1-ai-plus", "other", "4.84.1.post7"))
    own = generation_stamp(scratch, "4.84.1-ai-plus", spec, templates, history=project)
    assert own.package_version == "4.84.1.post8"


def test_the_history_applies_only_to_the_same_document(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    spec = STORED / "4.84.1-ai-plus" / "openapi.yaml"
    project = tmp_path / "project"
    project.mkdir()
    write_stamp(project, _stamp("4.84.1-ai-plus", "f", "4.84.1.post2"))  # other sha256
    fixture = generation_stamp(tmp_path / "x", "4.84.1-ai-plus", spec, templates, history=project)
    assert fixture.package_version == "4.84.1"
