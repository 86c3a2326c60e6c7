"""One router per tag."""

from . import core

__all__ = [
    "core",
]
