"""Compiled templates kept between runs, as Python keeps `.pyc` files.

Compiling the engine's templates and ours is about a sixth of a small client's
generation. Jinja stores each compiled template with its source's checksum and the
Python version, and compiles again whenever either differs, so the cache never changes
what is rendered. It lives in `$SPECBIND_CACHE_DIR`, else `$XDG_CACHE_HOME/specbind`,
else `~/.cache/specbind`; a directory that cannot be made means no cache, not an error.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2


def cache_dir() -> Path:
    """Where specbind keeps what it can rebuild: `$SPECBIND_CACHE_DIR` or the user's cache."""
    explicit = os.environ.get("SPECBIND_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "specbind"


def template_cache() -> jinja2.BytecodeCache | None:
    """A bytecode cache for Jinja environments, or None where none can be kept."""
    directory = cache_dir() / f"jinja-{jinja2.__version__}"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(directory, os.W_OK):
        return None
    return jinja2.FileSystemBytecodeCache(str(directory))
