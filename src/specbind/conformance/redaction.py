"""Secrets never leave a run: the key and every credential header become [REDACTED].

Applied to every artifact we write and every line the CLI prints, so a report can be
attached to a ticket or a CI log without leaking the key it was run with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

REDACTED = "[REDACTED]"
SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"}
)
# Query parameters that commonly carry credentials in URLs.
_SENSITIVE_QUERY = re.compile(
    r"(?i)([?&](?:api[_-]?key|token|access_token|key|password|secret)=)[^&#\s]*"
)


class Redactor:
    """Replaces the run's secrets wherever they appear, and credential headers outright."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        # Longest first, so "Api-Token KEY" is replaced whole before "KEY" alone.
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def text(self, value: str) -> str:
        for secret in self.secrets:
            value = value.replace(secret, REDACTED)
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
