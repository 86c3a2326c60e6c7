"""The bench's arithmetic and table on made-up numbers (no timing)."""

from __future__ import annotations

import json

import pytest
from bench_stats import (
    Figure,
    Sample,
    Target,
    format_quantity,
    render_markdown,
    results_json,
    sample_summary,
)


def test_median_and_spread() -> None:
    sample = Sample((3.0, 1.0, 2.0, 10.0), "s")
    assert sample.median == 2.5
    # half the range (10 - 1) over the median
    assert sample.spread == pytest.approx(4.5 / 2.5)
    assert Sample((4.0,), "s").spread == 0.0


def test_ratio_is_ours_over_peer_and_target_direction() -> None:
    faster = Figure(
        "client generation",
        "doc",
        Sample((8.0, 9.0, 10.0), "s"),
        Sample((10.0, 10.0, 12.0), "s"),
        "peer",
        Target("at_most", 1.0),
    )
    assert faster.ratio == pytest.approx(0.9)
    assert faster.met is True
    slower = Figure(
        "server throughput",
        "doc",
        Sample((800.0,), "req/s"),
        Sample((1000.0,), "req/s"),
        "peer",
        Target("at_least", 0.9),
    )
    assert slower.ratio == pytest.approx(0.8)
    assert slower.met is False


def test_absolute_target_uses_our_median() -> None:
    figure = Figure(
        "regeneration",
        "doc",
        Sample((0.4, 0.5, 2.0), "s"),
        None,
        "",
        Target("at_most", 1.0, absolute=True),
    )
    assert figure.ratio is None
    assert figure.met is True
    assert Target("at_most", 1.0, absolute=True).describe() == "<= 1 s"
    assert Target("at_least", 0.9).describe() == ">= 0.9x"


def test_a_failure_has_no_ratio_and_misses_its_target() -> None:
    ours_failed = Figure(
        "client generation",
        "github",
        None,
        Sample((20.0,), "s"),
        "peer",
        Target("at_most", 1.0),
        failure="exit 2: dropped endpoints",
    )
    assert ours_failed.ratio is None
    assert ours_failed.met is False
    peer_failed = Figure(
        "server-stub generation",
        "github",
        Sample((5.0,), "s"),
        None,
        "peer",
        Target("at_most", 1.0),
        peer_failure="exit 1: ParseError",
    )
    assert peer_failed.ratio is None
    assert peer_failed.met is None


def test_quantities_are_formatted_with_unit_and_spread() -> None:
    assert format_quantity(Sample((0.0015, 0.0017, 0.0016), "s")) == "1600 us +-6% (n=3)"
    assert format_quantity(Sample((12.345,), "s")) == "12.35 s"
    assert format_quantity(Sample((2615.2,), "req/s")) == "2,615 req/s"
    assert format_quantity(Sample((280.4,), "MB")) == "280 MB"
    assert format_quantity(None, "exit 2: boom") == "failed: exit 2: boom"


def test_table_and_json() -> None:
    figures = [
        Figure(
            "client generation",
            "trello",
            Sample((3.0,), "s"),
            Sample((2.0,), "s"),
            "openapi-python-client",
            Target("at_most", 1.0),
            note="324 | 324",
        ),
    ]
    table = render_markdown(figures)
    lines = table.splitlines()
    assert lines[0] == "| figure | document | specbind | peer | ratio | target | verdict | note |"
    assert lines[2] == (
        "| client generation | trello | 3.00 s | openapi-python-client: 2.00 s | 1.50x "
        "| <= 1x | NOT met | 324 \\| 324 |"
    )
    data = json.loads(results_json(figures, {"commit": "abc"}))
    assert data["environment"] == {"commit": "abc"}
    (row,) = data["figures"]
    assert row["ratio"] == 1.5
    assert row["met"] is False
    assert row["ours"]["runs"] == [3.0]
    assert row["target"] == {"direction": "at_most", "bound": 1.0, "absolute": False, "unit": "s"}


def test_sample_summary_is_the_median_and_worst_ratio_of_measured_documents() -> None:
    def figure(document: str, ours: float, peer: float, failure: str = "") -> Figure:
        return Figure(
            "sample client generation",
            document,
            Sample((ours,), "s"),
            Sample((peer,), "s"),
            "peer",
            Target("at_most", 1.0),
            failure=failure,
        )

    figures = [
        figure("a", 1.0, 2.0),  # 0.5x
        figure("b", 3.0, 2.0),  # 1.5x
        figure("c", 2.0, 2.5),  # 0.8x
        figure("d", 9.0, 1.0, failure="exit 2"),  # left out
    ]
    median, worst = sample_summary(figures, "sample (4)", minimum=3)
    assert median.ours is not None and median.ours.median == pytest.approx(0.8)
    assert median.met is True
    assert median.note == "3 of 4 documents measured; left out (a side failed): d"
    assert worst.ours is not None and worst.ours.median == pytest.approx(1.5)
    assert worst.met is True and worst.note == "worst: b"
    assert worst.target is not None and worst.target.describe() == "<= 1.5x"
    assert "| 1.50x |" in render_markdown([worst]).replace(" +-0%", "")
    assert sample_summary([figures[3]], "x") == []
    # fewer measured documents than the minimum (10 by default): not the figure
    small, _ = sample_summary(figures, "sample (4)")
    assert small.met is False
    assert small.failure == "only 3 documents measured, the target needs at least 10"
