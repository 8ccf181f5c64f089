"""The progress chart (issue 13.11): goals rated alike stay visible, the legend is never cut, and each
date is written once on the axis, without overlaps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.store import Evaluation
from app.ui.demo import start_demo
from app.ui.widgets.progress_chart import ProgressChart

GOALS = [{"id": 1, "title": "Sicher auf LinkedIn auftreten"}, {"id": 2, "title": "KI-Werkzeuge verstehen"},
         {"id": 3, "title": "Understand how the young generation wants to work and what it expects of us"}]


def _evaluations(days: list[str], ratings: list[int]) -> list[Evaluation]:
    return [Evaluation(n, day, "", {1: r, 2: r, 3: r}, {}) for n, (day, r) in enumerate(zip(days, ratings))]


def _chart(qtbot: QtBot, width: int, height: int) -> ProgressChart:
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_goals_rated_alike_each_keep_their_own_visible_marker(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 445, 260)
    chart.set_data(GOALS, _evaluations(["2026-09-15", "2026-10-27", "2026-11-24"], [1, 2, 2]))
    image = chart.grab().toImage()
    for index in range(3):
        spots = set()
        for series in chart.series:
            rating = dict(series.points)[index]
            dot = chart.point(index, rating, goal=series.goal_id).toPoint()
            spots.add((dot.x(), dot.y()))
            assert QColor(image.pixel(dot.x(), dot.y())).name() == series.colour.name(), (series.title, index)
        assert len(spots) == 3  # three goals, three places
    assert len({s.style for s in chart.series}) == 3 and len({s.marker for s in chart.series}) == 3
    assert "Sicher auf LinkedIn auftreten: 1 → 2 → 2 of 5" in chart.accessibleDescription()


def test_each_date_once_and_no_labels_overlap(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 300, 260)
    days = ["2026-01-05", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-02-01",
            "2026-02-01"]
    chart.set_data(GOALS[:1], _evaluations(days, [1, 2, 3, 4, 5, 4, 3, 2]))
    chart.grab()
    texts = [text for _, text in chart.painted_dates]
    assert texts and len(texts) == len(set(texts))
    rects = [rect for rect, _ in chart.painted_dates]
    for left, right in zip(rects, rects[1:]):
        assert left.right() <= right.left()
    assert all(0 <= r.left() and r.right() <= chart.width() for r in rects)


def test_the_legend_fits_in_the_overview_at_1280x800_also_with_larger_text(qtbot: QtBot, tmp_path: Path,
                                                                            isolated_home: dict[str, Path]) -> None:
    for scale in (1.0, 1.5):
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        font = app.font()
        before = font.pointSizeF()
        font.setPointSizeF(before * scale)
        app.setFont(font)
        try:
            folder = tmp_path / str(scale)
            folder.mkdir()
            window = start_demo(folder)
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            qtbot.waitExposed(window)
            qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview, timeout=10_000)
            chart = window.overview.chart
            qtbot.waitUntil(lambda: len(chart.series) == 3)
            chart.grab()
            assert len(chart.painted_legend) == 3
            for rect, text in chart.painted_legend:
                assert 0 <= rect.top() and rect.bottom() <= chart.height(), (scale, text, rect, chart.height())
                assert rect.right() <= chart.width(), (scale, text)
                assert "…" not in text
            window.close()
        finally:
            font.setPointSizeF(before)
            app.setFont(font)
