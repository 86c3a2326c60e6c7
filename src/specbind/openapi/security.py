"""How a caller proves who it is, read from the document's security schemes.

Client and server agree on one credential: the scheme the document's requirements name
first (the top-level `security`, else the first operation's), else the first scheme it
declares. What the scheme says decides where the credential travels:

| scheme | sent as |
| --- | --- |
| `apiKey`, `in: header` | the header it names, the key alone (or after a configured prefix) |
| `apiKey`, `in: query` / `cookie` | the query parameter / cookie it names |
| `http`, `scheme: bearer`; `oauth2`; `openIdConnect` | `Authorization: Bearer <token>` |
| `http`, `scheme: basic` | `Authorization: Basic <base64 of user:password>` |
| none declared | nothing |

A scheme no client can send (`mutualTLS`, an apiKey `in` elsewhere) is read as none,
with the reason, so the caller can warn naming its JSON pointer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from specbind.openapi.pointer import join_pointer

Location = Literal["header", "query", "cookie", "none"]
_KEY_LOCATIONS: dict[str, Location] = {"header": "header", "query": "query", "cookie": "cookie"}
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TOKEN_TYPES = ("oauth2", "openIdConnect")


@dataclass(frozen=True)
class Credential:
    """Where the credential travels and how it is spelled there."""

    scheme: str  # its name under components/securitySchemes ('' when there is none)
    location: Location
    name: str  # the header, query parameter or cookie
    prefix: str  # written before the key in a header ('' for none)
    basic: bool = False  # HTTP basic: the key is `user:password`, sent base64-encoded
    description: str = ""
    unusable: str = ""  # why a declared scheme was read as none ('' when it was not)

    @property
    def pointer(self) -> str:
        return join_pointer("components", "securitySchemes", self.scheme) if self.scheme else ""


NO_CREDENTIAL = Credential(scheme="", location="none", name="", prefix="")


def _required_names(data: dict[str, Any]) -> list[str]:
    """Scheme names in the order the document requires them: top level, then operations."""
    requirements: list[Any] = list(data.get("security") or [])
    for item in (data.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                requirements.extend(operation.get("security") or [])
    return [name for req in requirements if isinstance(req, dict) for name in req]


def document_credential(data: dict[str, Any], api_key_prefix: str = "") -> Credential:
    """The document's credential; `api_key_prefix` goes before an apiKey in a header."""
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    usable = {name: s for name, s in schemes.items() if isinstance(s, dict)}
    if not usable:
        return NO_CREDENTIAL
    name = next((n for n in _required_names(data) if n in usable), next(iter(usable)))
    scheme = usable[name]
    kind = str(scheme.get("type", ""))
    description = str(scheme.get("description") or "")
    if kind == "apiKey":
        where = str(scheme.get("in", ""))
        key_name = str(scheme.get("name") or "")
        location = _KEY_LOCATIONS.get(where)
        if location is None or not key_name:
            return Credential(
                name, "none", "", "", unusable=f"an apiKey 'in: {where}' named {key_name!r}"
            )
        prefix = api_key_prefix if location == "header" else ""
        return Credential(name, location, key_name, prefix, description=description)
    if kind == "http":
        http = str(scheme.get("scheme", "")).lower()
        if http == "basic":
            return Credential(name, "header", "Authorization", "Basic", True, description)
        if http == "bearer":
            return Credential(name, "header", "Authorization", "Bearer", description=description)
        return Credential(name, "none", "", "", unusable=f"HTTP scheme {http!r}")
    if kind in _TOKEN_TYPES:
        return Credential(name, "header", "Authorization", "Bearer", description=description)
    return Credential(name, "none", "", "", unusable=f"a {kind or 'typeless'} scheme")
