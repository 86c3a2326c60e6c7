"""The checks a distribution must pass before publishing, on hand-made wheels."""

from __future__ import annotations

from pathlib import Path

from specbind.publish.checks import (
    dependency_problems,
    metadata_problems,
    twine_check,
    wheel_content_problems,
)
from tests.publish.wheels import COMPLETE_METADATA, make_wheel


def messages(problems: list[object]) -> list[str]:
    return [getattr(p, "message", "") for p in problems]


def test_a_complete_wheel_has_no_problems(tmp_path: Path) -> None:
    wheel = make_wheel(tmp_path)
    assert wheel_content_problems(wheel, "demo_pkg", "1.0.0-ai-plus") == []
    assert metadata_problems(wheel, "1.0.0-ai-plus") == []


def test_wheel_contents_name_every_stray_file(tmp_path: Path) -> None:
    wheel = make_wheel(
        tmp_path,
        files={
            "demo_pkg/__init__.py": "",
            "demo_pkg/tests/test_client.py": "",
            "demo_pkg/conftest.py": "",
            "demo_pkg/__pycache__/x.cpython-311.pyc": "",
            "demo_pkg/.specbind-stamp.json": "{}",
            "tests/__init__.py": "",
            "setup.py": "",
        },
    )
    problems = wheel_content_problems(wheel, "demo_pkg", "1.0.0-ai-plus")
    assert {p.file for p in problems} == {str(wheel)}
    assert sorted(messages(problems)) == sorted(
        [
            "the wheel has no demo_pkg/py.typed",
            "stray top-level entry 'setup.py': only demo_pkg/ belongs here",
            "stray top-level entry 'tests': only demo_pkg/ belongs here",
            "tests do not belong in the wheel: demo_pkg/tests/test_client.py",
            "tests do not belong in the wheel: demo_pkg/conftest.py",
            "tests do not belong in the wheel: tests/__init__.py",
            "compiled bytecode does not belong in the wheel: "
            "demo_pkg/__pycache__/x.cpython-311.pyc",
            "hidden files do not belong in the wheel: demo_pkg/.specbind-stamp.json",
            'demo_pkg/__init__.py does not define __spec_version__ = "1.0.0-ai-plus": the '
            "original spec version must stay readable in the package",
        ]
    )


def test_a_wheel_without_the_package_says_so(tmp_path: Path) -> None:
    wheel = make_wheel(tmp_path, files={"other/__init__.py": ""})
    assert messages(wheel_content_problems(wheel, "demo_pkg")) == [
        "the wheel has no demo_pkg/__init__.py",
        "the wheel has no demo_pkg/py.typed",
        "stray top-level entry 'other': only demo_pkg/ belongs here",
    ]


def test_incomplete_metadata_names_each_missing_field(tmp_path: Path) -> None:
    metadata = (
        "Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0.0\n"
        "Requires-Dist: attrs\nRequires-Dist: httpx<1,>=0.27\n\nA demo.\n"
    )
    wheel = make_wheel(tmp_path, metadata=metadata)
    problems = metadata_problems(wheel, "1.0.0-ai-plus")
    assert {p.rule for p in problems} == {"metadata-incomplete", "metadata-dependency-range"}
    assert messages(problems) == [
        "METADATA has no Summary: the one line an index shows in listings (project.description)",
        "METADATA has no Requires-Python: installers need it to pick a compatible release",
        "METADATA has no Description-Content-Type: text/markdown: the README is Markdown "
        "(found nothing)",
        "METADATA has no license: project.license (an SPDX expression) says how it may be used",
        "METADATA has no Project-URL: project.urls: where the API and its documentation live",
        "METADATA has no classifier 'Typing :: Typed': the package ships py.typed (PEP 561)",
        "dependency 'attrs' has no lower bound: state the oldest version the tests exercise",
        "METADATA has no spec version '1.0.0-ai-plus': the original spec version must be in "
        "the metadata (e.g. the summary)",
    ]


def test_a_missing_long_description_is_named(tmp_path: Path) -> None:
    head, _, _ = COMPLETE_METADATA.partition("\n\n")
    wheel = make_wheel(tmp_path, metadata=head + "\n")
    assert messages(metadata_problems(wheel)) == [
        "METADATA has no long description: the README (project.readme) is the index page"
    ]


def test_twine_check_strict_fails_on_missing_description_with_its_reason(tmp_path: Path) -> None:
    good = make_wheel(tmp_path)
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = make_wheel(
        bad_dir,
        metadata="Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0.0\n\n",
        name="demo_pkg",
    )
    problems = twine_check([good, bad])
    assert len(problems) == 1
    assert problems[0].file == str(bad)
    assert problems[0].rule == "twine-check"
    assert "`long_description` missing" in problems[0].message
    assert twine_check([good]) == []


def test_dependency_ranges_are_compared_with_what_the_tests_run(tmp_path: Path) -> None:
    import httpx

    metadata = COMPLETE_METADATA.replace(
        "Requires-Dist: attrs<26,>=23.1\n",
        "Requires-Dist: httpx<0.1\nRequires-Dist: httpx>=0.27\n"
        "Requires-Dist: specbind-surely-absent>=1\n"
        'Requires-Dist: specbind-old-python>=1; python_version < "3"\n',
    )
    wheel = make_wheel(tmp_path, metadata=metadata)
    problems = dependency_problems(wheel)
    assert [(p.severity.value, p.rule, p.message) for p in problems] == [
        (
            "error",
            "dependency-outside-tested",
            f"the tests run with httpx {httpx.__version__}, outside the declared range <0.1",
        ),
        (
            "warning",
            "dependency-not-exercised",
            "dependency 'specbind-surely-absent' is not installed where the tests run, so no "
            "test exercises its range (is it used?)",
        ),
    ]


def test_modules_the_document_names_like_tests_are_not_tests(tmp_path: Path) -> None:
    """The real API has a model `TestSmtpResponse` and a resource `.../templates/test/`:
    generated modules, not tests (the 1,368-operation client failed its publishing check)."""
    wheel = make_wheel(
        tmp_path,
        files={
            "demo_pkg/models/test_smtp_response.py": "",
            "demo_pkg/models/notification_template_test.py": "",
            "demo_pkg/resources/templates/test/__init__.py": "",
            "demo_pkg/resources/conftest.py": "",
        },
    )
    assert [
        m
        for m in messages(wheel_content_problems(wheel, "demo_pkg", "1.0.0-ai-plus"))
        if "tests do not belong" in m
    ] == ["tests do not belong in the wheel: demo_pkg/resources/conftest.py"]
