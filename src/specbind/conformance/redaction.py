"""Secrets never leave a run: the key, in any form, and every credential header become
[REDACTED].

Applied to every artifact we write and every line the CLI prints, so a report can be
attached to a ticket or a CI log without leaking the key it was run with. A server may
echo the key back changed, so each secret is also found

- percent-encoded (`%2F`, either case; `+` for a space), JSON-escaped (`\\/`, `\\u002f`,
  escaped again when JSON holds JSON) and XML-escaped (`&amp;`, `&#47;`), in any mix,
  character by character;
- inside base64 (standard or URL-safe, at any offset, so `base64("user:" + key)` of HTTP
  Basic is found too; also of its JSON- or percent-encoded spelling): the whole base64
  run holding it goes;
- for a `Basic` credential, in its decoded `user:password` form and the password alone.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import string
from collections.abc import Iterable, Mapping
from urllib.parse import quote

REDACTED = "[REDACTED]"
SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"}
)
# Query parameters that commonly carry credentials in URLs.
_SENSITIVE_QUERY = re.compile(
    r"(?i)([?&](?:api[_-]?key|token|access_token|key|password|secret)=)[^&#\s]*"
)
_BASIC = re.compile(r"(?i)^basic\s+([A-Za-z0-9+/=_-]+)$")
_JSON_SHORT = {'"': '\\"', "\\": "\\\\", "/": "\\/", "\b": "\\b", "\f": "\\f", "\n": "\\n",
               "\r": "\\r", "\t": "\\t"}  # fmt: skip
_XML_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
_ALPHABETS = (
    (frozenset(string.ascii_letters + string.digits + "+/"), base64.b64encode),
    (frozenset(string.ascii_letters + string.digits + "-_"), base64.urlsafe_b64encode),
)
MIN_BASE64_CORE = 8  # shorter secrets are matched as text only: their base64 is too common


def _any_case(hex_digits: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in hex_digits)


def _char_forms(char: str) -> str:
    """A regex for one character of a secret as it may come back: itself, percent-encoded,
    JSON-escaped or XML-escaped."""
    # JSON inside JSON escapes again: `"` may come back as `\"`, `\\\"`...
    escapes = r"\\+"
    forms = [re.escape(char)]
    forms.append("".join("%" + _any_case(f"{b:02x}") for b in char.encode("utf-8")))
    if char == " ":
        forms.append(re.escape("+"))
    if char in _JSON_SHORT:
        forms.append(escapes + re.escape(_JSON_SHORT[char][1:]))
    units = char.encode("utf-16-be")
    forms.append(
        "".join(
            escapes + "u" + _any_case(f"{int.from_bytes(units[i : i + 2], 'big'):04x}")
            for i in range(0, len(units), 2)
        )
    )
    if char in _XML_NAMED:
        forms.append(re.escape(_XML_NAMED[char]))
    forms.append(f"&#(?:0*{ord(char)}|[xX]0*{_any_case(f'{ord(char):x}')});")
    return "(?:" + "|".join(forms) + ")"


def _base64_cores(secret: str) -> list[tuple[str, frozenset[str]]]:
    """The base64 characters that depend on `secret` alone, for each alignment and alphabet.

    Whatever precedes the secret in the encoded bytes (`user:` of Basic, say), one of the
    three alignments' cores appears verbatim in the encoding.
    """
    raw = secret.encode("utf-8")
    cores = []
    for alphabet, encode in _ALPHABETS:
        for offset in range(3):
            encoded = encode(b"\0" * offset + raw + b"\0\0").decode("ascii")
            first = -(-8 * offset // 6)  # the first character made of the secret's bits only
            last = (8 * (offset + len(raw)) - 6) // 6
            core = encoded[first : last + 1]
            if len(core) >= MIN_BASE64_CORE:
                cores.append((core, alphabet))
    return cores


def _spellings(secret: str) -> set[str]:
    """`secret` and its JSON- and percent-encoded spellings (what base64 might wrap)."""
    return {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        quote(secret, safe=""),
    }


def _basic_parts(secret: str) -> set[str]:
    """For `Basic <base64>`: `user:password` and the password, as they may be echoed."""
    match = _BASIC.match(secret.strip())
    if not match:
        return set()
    token = match[1]
    try:
        decoded = base64.b64decode(token + "=" * (-len(token) % 4), altchars=b"-_")
        text = decoded.decode("utf-8")
    except (binascii.Error, ValueError):
        return set()
    _user, colon, password = text.partition(":")
    parts = {text} if len(text) >= 4 else set()
    if colon and len(password) >= 4:
        parts.add(password)
    return parts


class Redactor:
    """Replaces the run's secrets wherever they appear, and credential headers outright."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        values = {s for s in secrets if s}
        for secret in list(values):
            values |= _basic_parts(secret)
        # Longest first, so "Api-Token KEY" is replaced whole before "KEY" alone.
        self.secrets = sorted(values, key=len, reverse=True)
        self._forms = [
            re.compile("".join(_char_forms(c) for c in secret)) for secret in self.secrets
        ]
        self._cores = [
            core
            for secret in self.secrets
            for variant in _spellings(secret)
            for core in _base64_cores(variant)
        ]

    def text(self, value: str) -> str:
        for form in self._forms:
            value = form.sub(REDACTED, value)
        for core, alphabet in self._cores:
            value = _cut_runs(value, core, alphabet)
        return value

    def url(self, value: str) -> str:
        return _SENSITIVE_QUERY.sub(lambda m: m.group(1) + REDACTED, self.text(value))

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        return {
            name: REDACTED if name.lower() in SENSITIVE_HEADERS else self.text(value)
            for name, value in headers.items()
        }

    def header_pairs(self, headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return [
            (name, REDACTED if name.lower() in SENSITIVE_HEADERS else self.text(value))
            for name, value in headers
        ]


def _cut_runs(text: str, core: str, alphabet: frozenset[str]) -> str:
    """`text` with every base64 run that holds `core` replaced whole (in linear time)."""
    pieces: list[str] = []
    position = 0
    while (found := text.find(core, position)) != -1:
        start = found
        while start > position and text[start - 1] in alphabet:
            start -= 1
        end = found + len(core)
        while end < len(text) and text[end] in alphabet:
            end += 1
        while end < len(text) and text[end] == "=":
            end += 1
        pieces += [text[position:start], REDACTED]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
