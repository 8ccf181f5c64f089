"""Are we reaching our goals? Each goal's rating (1–5) at every check-in, as lines over time.

Drawn with QPainter: a few dozen points do not justify QtCharts' size. Colours
come from ``colours.series`` (Okabe–Ito, a shade for light and one for dark
palettes), and each goal also has its own line style; text and grid follow the palette, so the
chart reads in light and dark themes. ``point`` is public so tests can check
that the dots land where the ratings say.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.store import Evaluation

from .. import colours
from ..formats import format_date
from ..i18n import tr

STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP = 28, 12, 10
LEGEND_LINE = 18


@dataclass(frozen=True)
class Series:
    goal_id: int
    title: str
    colour: QColor
    style: Qt.PenStyle
    points: tuple[tuple[int, int], ...]  # (check-in index, rating)


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.dates: list[str] = []
        self._data: tuple[list[dict[str, Any]], list[Evaluation]] = ([], [])
        self.setAccessibleName(tr("Progress towards the goals"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_data(self, goals: list[dict[str, Any]], evaluations: list[Evaluation]) -> None:
        """``goals``: rows with id and title, in their order; dropped goals stay if they were rated."""
        self._data = (goals, evaluations)
        self.dates = [e.held_on for e in evaluations]
        self.series = []
        palette = colours.series(self.palette())
        for goal in goals:
            points = tuple((i, e.ratings[goal["id"]]) for i, e in enumerate(evaluations) if goal["id"] in e.ratings)
            if not points:
                continue
            n = len(self.series)
            self.series.append(Series(goal["id"], goal["title"], palette[n % len(palette)],
                                      STYLES[(n // len(palette) + n) % len(STYLES)], points))
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light ⇄ dark: pick the other shades
            self.set_data(*self._data)
        super().changeEvent(event)

    def clear(self) -> None:
        self.set_data([], [])

    def summary(self) -> str:
        """What the chart shows, in words (for screen readers and the tooltip)."""
        if not self.series:
            return tr("No check-in yet.")
        parts = [tr("{goal}: {ratings} of 5").format(goal=s.title, ratings=" → ".join(str(r) for _, r in s.points))
                 for s in self.series]
        return tr("{count} check-ins.").format(count=len(self.dates)) + " " + "; ".join(parts)

    # Geometry -----------------------------------------------------------------------------
    def legend_height(self) -> int:
        return len(self.series) * LEGEND_LINE + 4

    def plot_rect(self) -> QRectF:
        line = self.fontMetrics().height()
        bottom = line + 6 + self.legend_height()
        return QRectF(MARGIN_LEFT, MARGIN_TOP, max(10, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
                      max(10, self.height() - MARGIN_TOP - bottom))

    def point(self, index: int, rating: int, rect: QRectF | None = None) -> QPointF:
        """Where check-in ``index`` with ``rating`` is drawn (one check-in sits in the middle)."""
        rect = rect or self.plot_rect()
        count = len(self.dates)
        x = rect.center().x() if count <= 1 else rect.left() + rect.width() * index / (count - 1)
        y = rect.bottom() - rect.height() * (rating - 1) / 4
        return QPointF(x, y)

    # Painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(50)
        rect = self.plot_rect()
        if not self.series:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             tr("No check-in yet.\nAfter a few sessions, rate each goal from 1 to 5\n"
                                "and see your progress here."))
            return
        metrics = self.fontMetrics()
        for rating in range(1, 6):
            y = self.point(0, rating, rect).y()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(rating))
        self._draw_dates(painter, rect, metrics.height(), text)
        for series in self.series:
            pen = QPen(series.colour, 2.5, series.style)
            painter.setPen(pen)
            dots = [self.point(i, r, rect) for i, r in series.points]
            painter.drawPolyline(dots)
            painter.setPen(QPen(series.colour, 1))
            painter.setBrush(series.colour)
            for dot in dots:
                painter.drawEllipse(dot, 4.5, 4.5)
        self._draw_legend(painter, rect.bottom() + metrics.height() + 8, text)

    def _draw_dates(self, painter: QPainter, rect: QRectF, line: int, text: QColor) -> None:
        """Date labels under the x axis; when they would overlap, only some are written."""
        metrics = self.fontMetrics()
        labels = [format_date(d) for d in self.dates]
        widest = max(metrics.horizontalAdvance(label) for label in labels) + 12
        step = max(1, int(widest * len(labels) / max(1.0, rect.width())) + 1) if len(labels) > 1 else 1
        painter.setPen(text)
        for index in range(0, len(labels), step):
            x = self.point(index, 1, rect).x()
            left = min(max(MARGIN_LEFT - 6.0, x - widest / 2), self.width() - widest)  # clear of the 1–5 labels
            painter.drawText(QRectF(left, rect.bottom() + 4, widest, line), Qt.AlignmentFlag.AlignCenter,
                             labels[index])

    def _draw_legend(self, painter: QPainter, top: float, text: QColor) -> None:
        metrics = self.fontMetrics()
        for n, series in enumerate(self.series):
            y = top + n * LEGEND_LINE + LEGEND_LINE / 2
            painter.setPen(QPen(series.colour, 2.5, series.style))
            painter.drawLine(QPointF(MARGIN_LEFT, y), QPointF(MARGIN_LEFT + 22, y))
            painter.setPen(text)
            latest = series.points[-1][1]
            label = metrics.elidedText(tr("{goal} — now {rating} of 5").format(goal=series.title, rating=latest),
                                       Qt.TextElideMode.ElideRight,
                                       max(10, self.width() - MARGIN_LEFT - 30))
            painter.drawText(QPointF(MARGIN_LEFT + 28, y + metrics.ascent() / 2 - 1), label)
