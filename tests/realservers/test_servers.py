"""The real-server harness without a real server (in the default run: fast, offline).

When the package index cannot be reached, a server not yet cached skips its tests with
the reason; one already cached needs no index at all.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.realservers import PREFECT, ensure_installed, servers
from tests.realservers.servers import free_port


@pytest.fixture
def unreachable_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache and a package index on a closed 127.0.0.1 port."""
    monkeypatch.setattr(servers, "CACHE", tmp_path / "cache")
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)  # no configured index but this one
    monkeypatch.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{free_port()}/simple")
    monkeypatch.delenv("PIP_EXTRA_INDEX_URL", raising=False)
    monkeypatch.delenv("PIP_FIND_LINKS", raising=False)
    return tmp_path / "cache"


def test_uncached_server_skips_with_the_reason_when_the_index_is_unreachable(
    unreachable_index: Path,
) -> None:
    with pytest.raises(pytest.skip.Exception) as skipped:
        ensure_installed(PREFECT)
    reason = str(skipped.value)
    assert reason.startswith("prefect: the package index cannot be reached for prefect: "), reason
    assert not (unreachable_index / "prefect-3.9.1").exists()  # nothing half-made


def test_cached_server_needs_no_index(unreachable_index: Path) -> None:
    home = unreachable_index / "prefect-3.9.1"
    home.mkdir(parents=True)
    (home / servers.MARKER).write_text("prefect==3.9.1\n", encoding="utf-8")
    assert ensure_installed(PREFECT) == home / "venv" / "bin"
