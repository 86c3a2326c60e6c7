from __future__ import annotations

import pytest

from specbind.spec.naming import Namespace, constant_case, pascal_case, snake_case


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
