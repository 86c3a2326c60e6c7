"""Python identifiers from untrusted names: never a keyword, never empty, never a clash.

Operation ids, schema names, property names and enum values come from the document
and can be anything: non-ASCII, digit-led, empty, Python keywords or builtins, or
distinct strings that sanitise to the same identifier. Every name a generator writes
into code goes through here, and `Namespace` keeps them unique in their scope.
"""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
import unicodedata

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")
# Operators in names such as Twilio's range filters (`StartTime<`), as words.
_OPERATOR_WORDS = {"<=": "lte", ">=": "gte", "!=": "ne", "<": "lt", ">": "gt", "=": "eq"}
_OPERATOR_WORDS |= {"!": "not"}
_OPERATORS = re.compile("|".join(re.escape(symbol) for symbol in _OPERATOR_WORDS))
# Names become file and directory names too (a module per tag, operation and model), and
# a file name has at most 255 bytes: longer names keep their start and a digest of the
# whole, so they stay distinct and the same on every run.
MAX_NAME = 100
_KEYWORDS = frozenset(keyword.kwlist)
_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))


def _words(text: str) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(ascii_text)


def bounded(name: str, separator: str = "_") -> str:
    """`name` if it has at most MAX_NAME characters, else its start and a digest of it."""
    if len(name) <= MAX_NAME:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{name[: MAX_NAME - 8 - len(separator)]}{separator}{digest}"


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
    return bounded(name)


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
    return bounded(name, "")


def constant_case(text: str, fallback: str = "VALUE") -> str:
    """Enum member names: `in-progress` -> `IN_PROGRESS`, `1` -> `VALUE_1`, `` -> `EMPTY`."""
    if text == "":
        return "EMPTY"
    words = [w.upper() for w in _words(text)]
    name = "_".join(words) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return bounded(name)


def folded(name: str) -> str:
    """The identifier Python reads for `name`: NFKC-normalised, as the parser does, so
    `ﬁle` (a ligature) and `file` are one name, and so are fullwidth letters and ASCII."""
    return unicodedata.normalize("NFKC", name)


class Namespace:
    """One scope of names: a clash gets `_2`, `_3`, ... in the order names arrive.

    Names are compared as Python reads them (`folded`): two spellings of one identifier
    clash."""

    def __init__(self, reserved: set[str] | frozenset[str] = frozenset()) -> None:
        self._taken: set[str] = {folded(name) for name in reserved}

    def claim(self, name: str, separator: str = "_") -> str:
        candidate, counter = name, 2
        while folded(candidate) in self._taken:
            candidate, counter = f"{name}{separator}{counter}", counter + 1
        self._taken.add(folded(candidate))
        return candidate

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and folded(name) in self._taken


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
        # what the server's models module may import (datamodel-code-generator renames a
        # model that clashes: `Field` became `FieldModel` and routes lost it)
        *[
            "AliasChoices",
            "AnyUrl",
            "Annotated",
            "AwareDatetime",
            "Base64Bytes",
            "Base64Str",
            "BaseModel",
            "ClassVar",
            "ConfigDict",
            "Decimal",
            "EmailStr",
            "Enum",
            "Field",
            "FutureDate",
            "FutureDatetime",
            "IPv4Address",
            "IPv4Network",
            "IPv6Address",
            "IPv6Network",
            "IntEnum",
            "Literal",
            "NaiveDatetime",
            "NegativeFloat",
            "NegativeInt",
            "NonNegativeFloat",
            "NonNegativeInt",
            "NonPositiveFloat",
            "NonPositiveInt",
            "Optional",
            "PastDate",
            "PastDatetime",
            "Path",
            "PositiveFloat",
            "PositiveInt",
            "RootModel",
            "SecretStr",
            "SerializeAsAny",
            "StrEnum",
            "StrictBool",
            "StrictBytes",
            "StrictFloat",
            "StrictInt",
            "StrictStr",
            "StringConstraints",
            "TypeAdapter",
            "Union",
        ],
    }
)
