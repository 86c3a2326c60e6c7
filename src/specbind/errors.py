"""Errors and findings shared by every stage.

A stage never prints: it raises `SpecbindError` when it cannot run, or returns
`Problem`s when it ran and found something wrong. The CLI turns both into output
and exit statuses (0 ok, 1 problems found, 2 could not run).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about a document, located as precisely as we can."""

    message: str
    pointer: str = ""
    file: str = ""
    line: int | None = None
    severity: Severity = Severity.ERROR
    rule: str = ""

    @property
    def location(self) -> str:
        where = self.file or "<document>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where} #{self.pointer}" if self.pointer else where

    def __str__(self) -> str:
        tag = f"[{self.rule}] " if self.rule else ""
        return f"{self.location}: {self.severity}: {tag}{self.message}"


class SpecbindError(Exception):
    """The toolchain could not do what was asked; the message says why and where."""

    exit_code = 2

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or []

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        return "\n".join([self.message, *(f"  {p}" for p in self.problems)])


class ConfigError(SpecbindError):
    """`[tool.specbind]` is missing or wrong."""


class DocumentError(SpecbindError):
    """A document could not be read, parsed or accepted."""


class FetchError(SpecbindError):
    """Downloading a document failed; nothing was stored."""
