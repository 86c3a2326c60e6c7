from __future__ import annotations

from collections.abc import Callable

import pytest

from specbind.openapi.naming import (
    MAX_NAME,
    Namespace,
    bounded,
    constant_case,
    folded,
    pascal_case,
    snake_case,
)
from specbind.server.routes import python_identifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("credentials_orgs_users_issuers_create", "credentials_orgs_users_issuers_create"),
        ("getHTTPResponseCode", "get_http_response_code"),
        ("repos/get-content", "repos_get_content"),
        ("class", "class_"),
        ("list", "list_"),
        ("match", "match_"),
        ("3d-secure", "value_3d_secure"),
        ("", "value"),
        ("日本", "value"),
        ("café", "cafe"),
        ("a'''b\"\"\"c\\N{x}", "a_b_c_n_x"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected
    assert snake_case(text).isidentifier()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RbacUser", "RbacUser"),
        ("rbac.group-item", "RbacGroupItem"),
        ("PatchedRbacGroup", "PatchedRbacGroup"),
        ("2fa_setting", "Model2faSetting"),
        ("None", "None_"),
        ("", "Model"),
    ],
)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("in-progress", "IN_PROGRESS"), ("1", "VALUE_1"), ("", "EMPTY"), ("+1", "VALUE_1")],
)
def test_constant_case(text: str, expected: str) -> None:
    assert constant_case(text) == expected


def test_namespace_makes_clashing_names_unique_in_arrival_order() -> None:
    names = Namespace(reserved={"client"})
    assert [names.claim(n) for n in ("a", "a", "client", "a")] == ["a", "a_2", "client_2", "a_3"]
    assert "a_2" in names


def test_namespace_compares_names_as_python_reads_them() -> None:
    names = Namespace({"self"})
    assert names.claim("\ufb01le") == "\ufb01le"  # the ligature: Python reads `file`
    assert names.claim("file") == "file_2"
    assert names.claim("\uff53\uff45\uff4c\uff46") == "\uff53\uff45\uff4c\uff46_2"  # fullwidth
    assert "file" in names and "\ufb01le_2" in names
    assert folded("\ufb01le") == "file"


def test_server_parameter_names_are_spelled_as_python_reads_them() -> None:
    assert python_identifier("\ufb01le") == "file"
    assert python_identifier("\uff43\uff4c\uff41\uff53\uff53") == "class_"
    assert python_identifier("page-size") == "page_size"


@pytest.mark.parametrize("convert", [snake_case, pascal_case, constant_case])
def test_long_names_are_shortened_deterministically(convert: Callable[[str], str]) -> None:
    long_a, long_b = "a" * 299 + "x", "a" * 299 + "y"
    first, second = convert(long_a), convert(long_b)
    assert len(first) == len(second) == MAX_NAME
    assert first != second and first == convert(long_a)
    assert first.isidentifier()
    assert convert("a" * MAX_NAME) == convert("a" * MAX_NAME)[:MAX_NAME]
    assert len(convert("a" * MAX_NAME)) == MAX_NAME


def test_bounded_keeps_short_names() -> None:
    assert bounded("short") == "short"
    assert bounded("b" * 150) == "b" * 91 + "_" + bounded("b" * 150)[-8:]
