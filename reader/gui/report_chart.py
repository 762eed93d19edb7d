"""The report's chart, drawn by Qt Charts: bars per group (stacked by the column values, e.g. by
tag), or a line per column value over years and months.

Qt Charts rather than pyqtgraph: it ships in the PySide6 add-ons wheel the bundle already draws from
(its library is ~3 MB, no numpy), draws text with Qt's shaping (Persian labels join and run right to
left), and paints into any QPainter, so the
same chart goes to PNG and SVG. Right to left, time and the category axis run from the right and the
value axis stands on the right.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPen

from reader.core.report import TIME_DIMENSIONS, Table, Value

MAX_TIME_LABELS = 12
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac")


def build_chart(table: Table, measure: str, label: Callable[[str, Value], str], number: Callable[[int], str],
                total_name: str, colours: dict[str, str], right_to_left: bool) -> QChart:
    """A new chart of `table`'s cells (or its row totals when it has no columns); `colours` by
    column value (the tags' own colours)."""
    chart = QChart()
    chart.setObjectName("reportChart")
    # Labels of a right-hand axis are drawn a little past the room Qt Charts keeps for them.
    chart.setMargins(QMargins(4, 4, 14, 4) if right_to_left else QMargins(4, 4, 4, 4))
    # Qt Charts lays its axes out left to right only (mirrored, the value axis's labels fall off the
    # edge); right to left is had by reversing the category axis and putting the values on the right.
    # Text direction is the text's own: Persian labels still run right to left.
    chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    font = QFont(chart.font())
    chart.legend().setFont(font)
    rows = list(table.row_values)
    series_values: list[Value] = list(table.column_values) if table.columns_by else [None]

    def value(row: Value, column: Value) -> int:
        if table.columns_by is None:
            return table.row_totals.get(row, table.cell(row)).measure(measure)
        return table.cell(row, column).measure(measure)

    def name(column: Value) -> str:
        return total_name if table.columns_by is None else label(table.columns_by, column)

    def colour(index: int, column: Value) -> QColor:
        given = colours.get(column) if isinstance(column, str) and table.columns_by == "tag" else None
        return QColor(given) if given and QColor(given).isValid() else QColor(PALETTE[index % len(PALETTE)])

    highest = 0
    if table.rows_by in TIME_DIMENSIONS:
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        # Each labelled period is the end of a category; half a step of room keeps the first and
        # the last label inside the chart.
        step = max(1, math.ceil(len(rows) / MAX_TIME_LABELS))
        axis_x.setStartValue(-1)
        for i in range(0, len(rows), step):
            axis_x.append(label(table.rows_by, rows[i]), i)
        axis_x.setRange(-0.5, max(1, len(rows)) - 0.5)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        attached = []
        for index, column in enumerate(series_values):
            line = QLineSeries()
            line.setName(name(column))
            line.setPen(QPen(colour(index, column), 2))
            line.setPointsVisible(True)  # a month alone is a point, not an empty chart
            for i, row in enumerate(rows):
                count = value(row, column)
                highest = max(highest, count)
                line.append(i, count)
            chart.addSeries(line)
            line.attachAxis(axis_x)
            attached.append(line)
    else:
        # A bar chart's category axis does not reverse (Qt 6.12): right to left, the categories go
        # in from the last, so that the first stands on the right.
        if right_to_left:
            rows.reverse()
        axis_x = QBarCategoryAxis()
        axis_x.append([label(table.rows_by, row) for row in rows])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars = QStackedBarSeries() if table.columns_by else QBarSeries()
        for index, column in enumerate(series_values):
            bar_set = QBarSet(name(column))
            bar_set.setColor(colour(index, column))
            bar_set.setBorderColor(colour(index, column).darker(120))
            bar_set.append([float(value(row, column)) for row in rows])
            bars.append(bar_set)
        for row in rows:
            highest = max(highest, sum(value(row, c) for c in series_values))
        chart.addSeries(bars)
        bars.attachAxis(axis_x)
        attached = [bars]
        if not table.columns_by:
            chart.legend().setVisible(False)
    if table.rows_by in TIME_DIMENSIONS:
        axis_x.setReverse(right_to_left)
    # The counts' axis is labelled by us, in the table's digits: Qt's own localized labels are
    # placed as if left to right, and Persian digits on a right-hand axis fell off the edge.
    axis_y = QCategoryAxis()
    axis_y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    intervals = min(5, max(1, highest))
    top = _nice_top(max(1, highest), intervals)
    axis_y.setStartValue(-1)
    for tick in range(intervals + 1):
        value = top * tick // intervals
        axis_y.append(number(value), value)
    axis_y.setRange(0, top)
    axis_y.setTruncateLabels(False)  # counts are short; Qt under-measures Persian digits in some fonts
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
    for series in attached:
        series.attachAxis(axis_y)
    return chart


def _nice_top(highest: int, intervals: int) -> int:
    """The least multiple of `intervals` × a round step that is at least `highest` (whole-number ticks)."""
    if intervals <= 0:
        return max(1, highest)
    raw = highest / intervals
    magnitude = 10 ** max(0, math.floor(math.log10(raw))) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        step = math.ceil(factor * magnitude)
        if step * intervals >= highest:
            return step * intervals
    return highest
