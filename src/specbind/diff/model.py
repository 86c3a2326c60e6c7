"""What a comparison of two documents returns: located, levelled changes and their sum."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from specbind.release import SemverBump


class Level(StrEnum):
    """How a change affects code written against the old document.

    breaking: a client that worked may now fail (a request is refused, a response
    cannot be handled). non-breaking: new capability, nothing that worked stops
    working. info: worth knowing, no effect on clients.
    """

    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"breaking": 2, "non-breaking": 1, "info": 0}[self.value]


@dataclass(frozen=True)
class Change:
    """One difference, named by its rule, its operation and its place in the document.

    `pointer` is a JSON pointer into the new document, or into the old one for
    something that no longer exists; with `$ref`s followed, it names where the
    changed value is written (often under /components).
    """

    rule: str
    level: Level
    operation: str  # 'PATCH /api/core/rbac/groups/{id}/ (core_rbac_groups_partial_update)'
    pointer: str
    message: str
    old: Any = None
    new: Any = None

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": self.level.value,
            "operation": self.operation,
            "pointer": self.pointer,
            "message": self.message,
            "old": self.old,
            "new": self.new,
        }


@dataclass
class DiffReport:
    """Every change between two documents, in operation order."""

    old_version: str
    new_version: str
    changes: list[Change] = field(default_factory=list)

    @property
    def level(self) -> Level:
        """The worst level of any change; `info` when nothing affects clients."""
        return max((c.level for c in self.changes), key=lambda lv: lv.rank, default=Level.INFO)

    @property
    def semver_bump(self) -> SemverBump:
        """major when anything breaks, minor for additions, patch otherwise."""
        bumps: dict[Level, SemverBump] = {
            Level.BREAKING: "major",
            Level.NON_BREAKING: "minor",
            Level.INFO: "patch",
        }
        return bumps[self.level]

    def by_level(self, level: Level) -> list[Change]:
        return [c for c in self.changes if c.level is level]

    @property
    def breaking(self) -> list[Change]:
        return self.by_level(Level.BREAKING)
