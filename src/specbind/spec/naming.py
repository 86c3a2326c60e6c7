"""Python identifiers from untrusted names: never a keyword, never empty, never a clash.

Operation ids, schema names, property names and enum values come from the document
and can be anything: non-ASCII, digit-led, empty, Python keywords or builtins, or
distinct strings that sanitise to the same identifier. Every name a generator writes
into code goes through here, and `Namespace` keeps them unique in their scope.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")
# Operators in names such as Twilio's range filters (`StartTime<`), as words.
_OPERATOR_WORDS = {"<=": "lte", ">=": "gte", "!=": "ne", "<": "lt", ">": "gt", "=": "eq"}
_OPERATOR_WORDS |= {"!": "not"}
_OPERATORS = re.compile("|".join(re.escape(symbol) for symbol in _OPERATOR_WORDS))
_KEYWORDS = frozenset(keyword.kwlist)
_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))


def _words(text: str) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(ascii_text)


def spell_operators(text: str) -> str:
    """`StartTime<` -> `StartTime lt`: names that differ only in an operator stay apart."""
    return _OPERATORS.sub(lambda match: f" {_OPERATOR_WORDS[match.group(0)]} ", text).strip()


def has_words(text: str) -> bool:
    """Does `text` hold anything an identifier can be made of?"""
    return bool(_words(text))


def snake_case(text: str, fallback: str = "value", *, attribute: bool = False) -> str:
    """`credentials_orgs_usersIssuers-Create` -> `credentials_orgs_users_issuers_create`.

    `attribute=True` is for names only ever written after a dot (`client.core.list`): a
    builtin's name is fine there, a keyword is not."""
    words = [w.lower() for w in _words(text)]
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if name in (_KEYWORDS if attribute else _RESERVED):
        name += "_"
    return name


def snake_words(text: str) -> str:
    """The words of `text`, lower case, joined by nothing: `1p3`, `lti-keys` -> `ltikeys`."""
    return "".join(w.lower() for w in _words(text))


def pascal_case(text: str, fallback: str = "Model") -> str:
    """`rbac.group-item` -> `RbacGroupItem`; keeps inner capitals (`RbacUser`)."""
    words = _words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words) or fallback
    if name[0].isdigit():
        name = f"{fallback}{name}"
    if name in _RESERVED:
        name += "_"
    return name


def constant_case(text: str, fallback: str = "VALUE") -> str:
    """Enum member names: `in-progress` -> `IN_PROGRESS`, `1` -> `VALUE_1`, `` -> `EMPTY`."""
    if text == "":
        return "EMPTY"
    words = [w.upper() for w in _words(text)]
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return name


class Namespace:
    """One scope of names: a clash gets `_2`, `_3`, ... in the order names arrive."""

    def __init__(self, reserved: set[str] | frozenset[str] = frozenset()) -> None:
        self._taken: set[str] = set(reserved)

    def claim(self, name: str, separator: str = "_") -> str:
        candidate, counter = name, 2
        while candidate in self._taken:
            candidate, counter = f"{name}{separator}{counter}", counter + 1
        self._taken.add(candidate)
        return candidate

    def __contains__(self, name: object) -> bool:
        return name in self._taken


# Names the generated client's modules import or define beside the model classes they
# import by name (`types.File` in an endpoint module, `Client` in `_client.py`, `UUID`
# in a model): a component schema may not become a class of the same name.
GENERATED_MODULE_NAMES = frozenset(
    {
        # typing, collections.abc and other standard-library names
        "Any",
        "AsyncIterator",
        "BinaryIO",
        "BytesIO",
        "Generator",
        "Iterator",
        "Mapping",
        "Self",
        "TextIO",
        "TracebackType",
        "TypeVar",
        "TYPE_CHECKING",
        "UUID",
        "Unpack",
        # the client's `types` module
        "File",
        "FileTypes",
        "UNSET",
        "Unset",
        # the client's runtime modules
        "AsyncClient",
        "AsyncClientWithRawResponse",
        "Client",
        "ClientWithRawResponse",
        "Operation",
        "PageShape",
        "RequestOptions",
        "RequestSpec",
        "RetryPolicy",
        "APIConnectionError",
        "APITimeoutError",
        "RequestValidationError",
        "ResponseValidationError",
    }
)
