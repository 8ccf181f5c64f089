"""Are we reaching our goals? Each goal's rating (1–5) at every check-in, as lines over time.

Drawn with QPainter: a few dozen points do not justify QtCharts' size. Colours
come from ``colours.series`` (Okabe–Ito, a shade for light and one for dark
palettes), and each goal also has its own line style and marker shape; text and grid follow the
palette, so the chart reads in light and dark themes. Goals rated alike at a check-in are drawn a
few pixels apart, so no line or marker hides another. The legend wraps at the widget's width and
the chart asks for the height it needs; the axis writes each date once, skipping labels that
would overlap. ``point``, ``painted_dates`` and ``painted_legend`` are public so tests can check
what was drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.store import Evaluation

from .. import colours
from ..formats import format_date
from ..i18n import tr

STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
MARKERS = ("circle", "square", "triangle", "diamond", "down")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP = 28, 12, 10
SAMPLE = 28  # the legend's line sample, before its text
SPREAD = 7.0  # how far apart goals rated alike are drawn (pixels)
RADIUS = 4.5


@dataclass(frozen=True)
class Series:
    goal_id: int
    title: str
    colour: QColor
    style: Qt.PenStyle
    marker: str
    points: tuple[tuple[int, int], ...]  # (check-in index, rating)


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.dates: list[str] = []
        self._data: tuple[list[dict[str, Any]], list[Evaluation]] = ([], [])
        self.setAccessibleName(tr("Progress towards the goals"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a stop of its own: a screen reader reads its summary
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.painted_dates: list[tuple[QRectF, str]] = []  # what the last paint wrote, for tests
        self.painted_legend: list[tuple[QRectF, str]] = []
        self._shift: dict[tuple[int, int, int], float] = {}  # (goal, index, rating) -> vertical offset
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(360, max(220, self.needed_height(360)))

    def needed_height(self, width: int) -> int:
        """The height that shows the 1–5 scale, the dates and the whole legend at ``width``."""
        line = self.fontMetrics().height()
        return self._top() + max(56, 3 * line + 6) + self._axis_height() + self.legend_height(width)

    def _left(self) -> int:
        """Room for the 1–5 labels left of the plot (wider with larger text)."""
        return max(MARGIN_LEFT, self.fontMetrics().horizontalAdvance("5") + 12)

    def _top(self) -> int:
        """Room above the plot for the upper half of the label 5."""
        return max(MARGIN_TOP, self.fontMetrics().height() // 2 + 2)

    def _fit_height(self) -> None:
        self.setMinimumHeight(max(150, self.needed_height(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._fit_height()
        super().resizeEvent(event)

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
                                      STYLES[(n // len(palette) + n) % len(STYLES)], MARKERS[n % len(MARKERS)],
                                      points))
        sharing: dict[tuple[int, int], list[int]] = {}
        for series in self.series:
            for index, rating in series.points:
                sharing.setdefault((index, rating), []).append(series.goal_id)
        self._shift = {(goal, index, rating): (n - (len(goals) - 1) / 2) * SPREAD
                       for (index, rating), goals in sharing.items() for n, goal in enumerate(goals)}
        self._fit_height()
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light ⇄ dark: pick the other shades
            self.set_data(*self._data)
        elif event.type() == QEvent.Type.FontChange:  # larger text: a taller legend
            self._fit_height()
            self.updateGeometry()
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
    def _label(self, series: Series) -> str:
        return tr("{goal} — now {rating} of 5").format(goal=series.title, rating=series.points[-1][1])

    def _legend_rects(self, width: int) -> list[QRectF]:
        """Each goal's legend entry, wrapped to ``width``, top at 0."""
        metrics = self.fontMetrics()
        text_width = max(40, width - MARGIN_LEFT - SAMPLE - MARGIN_RIGHT)
        rects, top = [], 0.0
        for series in self.series:
            bound = metrics.boundingRect(QRect(0, 0, text_width, 10_000), int(Qt.TextFlag.TextWordWrap),
                                         self._label(series))
            height = max(bound.height(), metrics.height()) + 2
            rects.append(QRectF(MARGIN_LEFT + SAMPLE, top, text_width, height))
            top += height
        return rects

    def legend_height(self, width: int | None = None) -> int:
        rects = self._legend_rects(self.width() if width is None else width)
        return int(rects[-1].bottom()) + 6 if rects else 0

    def _axis_height(self) -> int:
        return self.fontMetrics().height() + 8 + int(SPREAD)

    def plot_rect(self) -> QRectF:
        bottom = self._axis_height() + self.legend_height()
        left, top = self._left(), self._top()
        return QRectF(left, top, max(10, self.width() - left - MARGIN_RIGHT), max(10, self.height() - top - bottom))

    def point(self, index: int, rating: int, rect: QRectF | None = None, goal: int | None = None) -> QPointF:
        """Where check-in ``index`` with ``rating`` is drawn (one check-in sits in the middle);
        with ``goal``, where that goal's marker is: goals rated alike are drawn a little apart."""
        rect = rect or self.plot_rect()
        count = len(self.dates)
        x = rect.center().x() if count <= 1 else rect.left() + rect.width() * index / (count - 1)
        y = rect.bottom() - rect.height() * (rating - 1) / 4
        if goal is not None:
            y += self._shift.get((goal, index, rating), 0.0)
        return QPointF(x, y)

    # Painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(50)
        if self.hasFocus():  # reached by Tab: framed as other controls are
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        rect = self.plot_rect()
        if not self.series:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             tr("No check-in yet.\nAfter a few sessions, rate each goal from 1 to 5 "
                                "and see your progress here."))  # wrapped where the width ends, not mid-phrase
            return
        metrics = self.fontMetrics()
        for rating in range(1, 6):
            y = self.point(0, rating, rect).y()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, rect.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(rating))
        self._draw_dates(painter, rect, metrics.height(), text)
        for series in self.series:
            pen = QPen(series.colour, 2.5, series.style)
            painter.setPen(pen)
            dots = [self.point(i, r, rect, series.goal_id) for i, r in series.points]
            painter.drawPolyline(dots)
            painter.setPen(QPen(series.colour, 1))
            painter.setBrush(series.colour)
            for dot in dots:
                _marker(painter, series.marker, dot)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._draw_legend(painter, rect.bottom() + self._axis_height(), text)

    def _draw_dates(self, painter: QPainter, rect: QRectF, line: int, text: QColor) -> None:
        """Date labels under the x axis: each date once; a label that would overlap one already placed is
        skipped. The first and the latest check-in are placed first, then the rest from the left."""
        metrics = self.fontMetrics()
        placed: list[tuple[QRectF, str]] = []
        last = len(self.dates) - 1
        for index in sorted(range(len(self.dates)), key=lambda i: (i not in (0, last), i)):
            label = format_date(self.dates[index])
            width = metrics.horizontalAdvance(label) + 8
            x = self.point(index, 1, rect).x()
            left = min(max(rect.left() - 6.0, x - width / 2), self.width() - width)  # clear of the 1–5 labels
            box = QRectF(left, rect.bottom() + 4 + SPREAD, width, line)
            if all(label != seen and (box.right() + 6 <= other.left() or other.right() + 6 <= box.left())
                   for other, seen in placed):
                placed.append((box, label))
        placed.sort(key=lambda item: item[0].left())
        painter.setPen(text)
        for box, label in placed:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        self.painted_dates = placed

    def _draw_legend(self, painter: QPainter, top: float, text: QColor) -> None:
        metrics = self.fontMetrics()
        self.painted_legend = []
        for series, box in zip(self.series, self._legend_rects(self.width())):
            box = box.translated(0, top)
            y = box.top() + metrics.height() / 2 + 1
            painter.setPen(QPen(series.colour, 2.5, series.style))
            painter.drawLine(QPointF(MARGIN_LEFT, y), QPointF(MARGIN_LEFT + 22, y))
            painter.setPen(QPen(series.colour, 1))
            painter.setBrush(series.colour)
            _marker(painter, series.marker, QPointF(MARGIN_LEFT + 11, y))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text)
            label = self._label(series)
            painter.drawText(box, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), label)
            self.painted_legend.append((box, label))


def _marker(painter: QPainter, shape: str, at: QPointF, r: float = RADIUS) -> None:
    """A filled marker of ``shape`` centred on ``at``: each goal has its own, so colour is not the only cue."""
    x, y = at.x(), at.y()
    if shape == "circle":
        painter.drawEllipse(at, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(x - r + 0.5, y - r + 0.5, 2 * r - 1, 2 * r - 1))
    else:
        corners = {"triangle": ((0, -r - 1), (r + 0.5, r - 0.5), (-r - 0.5, r - 0.5)),
                   "down": ((0, r + 1), (r + 0.5, -r + 0.5), (-r - 0.5, -r + 0.5)),
                   "diamond": ((0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0))}[shape]
        painter.drawPolygon(QPolygonF([QPointF(x + dx, y + dy) for dx, dy in corners]))
