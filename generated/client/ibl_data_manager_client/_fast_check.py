"""A yes/no answer to "does this value conform?", as straight-line Python per schema.

`find_violation` (in `_validation.py`) asks this first and walks its closures, which
name the failing field, only when the answer is no. So a fast check only has to be
sound: when it says yes, the closures would have found nothing. When unsure (`allOf`,
`anyOf`, a float where an integer is expected, ...) it says no.

Each object or array schema the operations use is one small function (fields and items
read in a row, their plain types compared with `is`), written when the package was
generated; `fast_check` finds a schema's function by `schema_key`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any

FastCheck = Callable[[Any], bool]


class _Missing:
    """A property that is not in the object."""


_MISSING = _Missing()


def _unsure(value: Any) -> bool:
    """The answer for a schema without a function of its own: ask the closures."""
    return False


def _check1(v: Any) -> bool:
    if type(v) is not int:
        return False
    return True


def _check2(v: Any) -> bool:
    if type(v) is not str:
        return False
    if len(v) < 1:
        return False
    return True


def _check9(v: Any) -> bool:
    if type(v) is not list:
        return False
    for _i10 in v:
        if type(_i10) is not int:
            return False
    return True


def _check12(v: Any) -> bool:
    if type(v) is not list:
        return False
    for _i13 in v:
        if type(_i13) is not int:
            return False
    return True


def _check3(v: Any) -> bool:
    if type(v) is not dict:
        return False
    _v4 = v.get("unique_id", _MISSING)
    if _v4 is not _MISSING:
        if type(_v4) is not str:
            return False
        if len(_v4) > 255:
            return False
    _v5 = v.get("platform_key", _MISSING)
    if _v5 is not _MISSING:
        if type(_v5) is not str:
            return False
    _v6 = v.get("name", _MISSING)
    if _v6 is not _MISSING:
        if type(_v6) is not str:
            return False
        if len(_v6) > 255:
            return False
    _v7 = v.get("description", _MISSING)
    if _v7 is not _MISSING:
        if type(_v7) is not str:
            return False
    _v8 = v.get("users_to_add", _MISSING)
    if _v8 is not _MISSING:
        if not _check9(_v8):
            return False
    _v11 = v.get("users_to_remove", _MISSING)
    if _v11 is not _MISSING:
        if not _check12(_v11):
            return False
    return True


def _check24(v: Any) -> bool:
    if type(v) is not dict:
        return False
    if "id" not in v:
        return False
    _v25 = v.get("id", _MISSING)
    if _v25 is not _MISSING:
        if type(_v25) is not int:
            return False
    _v26 = v.get("username", _MISSING)
    if _v26 is not _MISSING:
        if type(_v26) is str:
            if len(_v26) > 100:
                return False
        elif _v26 is None:
            pass
        else:
            return False
    _v27 = v.get("email", _MISSING)
    if _v27 is not _MISSING:
        if type(_v27) is str:
            if len(_v27) > 254:
                return False
        elif _v27 is None:
            pass
        else:
            return False
    return True


def _check22(v: Any) -> bool:
    if type(v) is not list:
        return False
    for _i23 in v:
        if not _check24(_i23):
            return False
    return True


def _check14(v: Any) -> bool:
    if type(v) is not dict:
        return False
    if (
        "id" not in v
        or "is_internal" not in v
        or "owner" not in v
        or "platform" not in v
        or "unique_id" not in v
        or "users" not in v
    ):
        return False
    _v15 = v.get("id", _MISSING)
    if _v15 is not _MISSING:
        if type(_v15) is not int:
            return False
    _v16 = v.get("unique_id", _MISSING)
    if _v16 is not _MISSING:
        if type(_v16) is not str:
            return False
        if len(_v16) > 255:
            return False
    _v17 = v.get("platform", _MISSING)
    if _v17 is not _MISSING:
        return False
    _v18 = v.get("name", _MISSING)
    if _v18 is not _MISSING:
        if type(_v18) is not str:
            return False
        if len(_v18) > 255:
            return False
    _v19 = v.get("description", _MISSING)
    if _v19 is not _MISSING:
        if type(_v19) is not str:
            return False
    _v20 = v.get("owner", _MISSING)
    if _v20 is not _MISSING:
        return False
    _v21 = v.get("users", _MISSING)
    if _v21 is not _MISSING:
        if not _check22(_v21):
            return False
    _v28 = v.get("is_internal", _MISSING)
    if _v28 is not _MISSING:
        if type(_v28) is not bool:
            return False
    return True


def _check29(v: Any) -> bool:
    if type(v) is not str:
        return False
    return True


def _check38(v: Any) -> bool:
    if type(v) is not list:
        return False
    for _i39 in v:
        if not _check24(_i39):
            return False
    return True


def _check43(v: Any) -> bool:
    if type(v) is not dict:
        return False
    if "id" not in v or "unique_id" not in v:
        return False
    _v44 = v.get("id", _MISSING)
    if _v44 is not _MISSING:
        if type(_v44) is not int:
            return False
    _v45 = v.get("name", _MISSING)
    if _v45 is not _MISSING:
        if type(_v45) is not str:
            return False
        if len(_v45) > 255:
            return False
    _v46 = v.get("unique_id", _MISSING)
    if _v46 is not _MISSING:
        if type(_v46) is not str:
            return False
        if len(_v46) > 255:
            return False
    _v47 = v.get("description", _MISSING)
    if _v47 is not _MISSING:
        if type(_v47) is not str:
            return False
    return True


def _check41(v: Any) -> bool:
    if type(v) is not list:
        return False
    for _i42 in v:
        if not _check43(_i42):
            return False
    return True


def _check32(v: Any) -> bool:
    if type(v) is not dict:
        return False
    if (
        "groups" not in v
        or "id" not in v
        or "name" not in v
        or "resources" not in v
        or "role" not in v
        or "users" not in v
    ):
        return False
    _v33 = v.get("id", _MISSING)
    if _v33 is not _MISSING:
        if type(_v33) is not int:
            return False
    _v34 = v.get("name", _MISSING)
    if _v34 is not _MISSING:
        if type(_v34) is not str:
            return False
    _v35 = v.get("role", _MISSING)
    if _v35 is not _MISSING:
        if type(_v35) is not str:
            return False
    _v37 = v.get("users", _MISSING)
    if _v37 is not _MISSING:
        if not _check38(_v37):
            return False
    _v40 = v.get("groups", _MISSING)
    if _v40 is not _MISSING:
        if not _check41(_v40):
            return False
    return True


def _check30(v: Any) -> bool:
    if type(v) is not list:
        return False
    for _i31 in v:
        if not _check32(_i31):
            return False
    return True


# The fast check of each schema the operations name, by `schema_key`.
CHECKS: dict[str, FastCheck] = {
    "00404e686415370f1711c4d7acfa2905444d3cf23cef2e10c47d445ebe690f96": _check29,
    "02dc741df0291bcef3e15c1b94ce9c5c11c1773bc5e6f5d6fd2762f35e956080": _check30,
    "75c226beaa41652780654943e1a41a430c6b80c8166734e08509cfb8575fc903": _check3,
    "8c05a9033264b954fdad0bb9a23ab4b578e2c2c0e5947af9a1219e9d5c8bf4ea": _check14,
    "9ac136edb99a2063b3091602181c8d2022fdccb5b514991319d58544c2e57e95": _check2,
    "f0765dbf409c74f001806c446f2cf171d8c46b5b15779d54423dde921a4b0670": _check1,
}


def schema_key(schema: Mapping[str, Any]) -> str:
    """A digest of `schema`'s JSON, keys sorted: how `CHECKS` names its schemas."""
    text = json.dumps(schema, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def fast_check(schema: Mapping[str, Any]) -> FastCheck:
    """`schema`'s fast check (`_unsure` for a schema the package was not generated with)."""
    try:
        key = schema_key(schema)
    except (TypeError, ValueError, RecursionError):
        return _unsure
    return CHECKS.get(key, _unsure)
