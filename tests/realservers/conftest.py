"""The real servers as fixtures: one fresh server per test module that asks for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.realservers import CHROMA, PREFECT, RunningServer, running


@pytest.fixture(scope="module")
def prefect() -> Iterator[RunningServer]:
    with running(PREFECT) as server:
        yield server


@pytest.fixture(scope="module")
def chroma() -> Iterator[RunningServer]:
    with running(CHROMA) as server:
        yield server
