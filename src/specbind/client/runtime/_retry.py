"""When a failed request is tried again, and how long to wait first.

Retried: 408, 429 and 5xx answers, connection errors and timeouts; for idempotent
methods (GET, HEAD, PUT, DELETE, OPTIONS) only, unless the caller opts in for POST
and PATCH with `retry_non_idempotent=True`. The wait doubles from `backoff` up to
`max_backoff` with up to 25% jitter, unless the server says how long in `Retry-After`
(seconds or an HTTP date) or `retry-after-ms`.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({408, 429})
# A Retry-After longer than this is not honoured: the backoff applies instead.
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how patiently to retry one call."""

    max_retries: int
    backoff: float
    max_backoff: float
    retry_non_idempotent: bool

    def allows(self, method: str, attempt: int) -> bool:
        """May the call be retried after failed attempt number `attempt` (0-based)?"""
        if attempt >= self.max_retries:
            return False
        return method.upper() in IDEMPOTENT_METHODS or self.retry_non_idempotent

    @staticmethod
    def retryable_status(status: int) -> bool:
        return status in RETRYABLE_STATUSES or status >= 500

    def delay(self, attempt: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry number `attempt + 1`."""
        retry_after = parse_retry_after(headers) if headers is not None else None
        if retry_after is not None and 0 <= retry_after <= MAX_RETRY_AFTER:
            return retry_after
        base = min(self.backoff * (2.0**attempt), self.max_backoff)
        return base * (1.0 - 0.25 * random.random())


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """The server's requested wait in seconds, from `retry-after-ms` or `Retry-After`."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, parsed.timestamp() - time.time())
