"""The Reports window: annotations counted by rows and columns (tag, collection, outlet, author, year,
month) with filters, a chart beside the table, the coded passages behind a cell (a click opens the
article at the passage), tag co-occurrence, and exports (CSV, XLSX, PNG, SVG, HTML).

Counting is `library.reports` (one service for the window, the command line and the exports); the
window recounts when annotations, tags or articles change (`ops.changed`), once it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.changes import Changes
from reader.core.date_format import format_period
from reader.core.digits import to_persian_digits
from reader.core.errors import HashiyaError
from reader.core.render.passages import CodedPassage
from reader.core.report import (
    DIMENSIONS,
    NO_COUNTS,
    TIME_DIMENSIONS,
    article_day,
    Table,
    Value,
    grid,
    period,
    period_days,
    periods_between,
    report_calendar,
)
from reader.gui import file_dialogs
from reader.gui.article_export import page_labels
from reader.gui.date_text import date_style
from reader.gui.errors import show_error
from reader.gui.operations import Background, Operations
from reader.gui.report_chart import build_chart
from reader.services.library import Library
from reader.services.reports import Passage, Passages, ReportQuery, TagMatrix

ANY = "\x00any"  # a filter's "all" entry (no tag, collection … is named so)
PASSAGE_LIMIT = 500
CONTEXT_CHARACTERS = 40
ROLE_CELL = Qt.ItemDataRole.UserRole
ROLE_PASSAGE = Qt.ItemDataRole.UserRole + 1


class ReportsWindow(QWidget):
    def __init__(self, library: Library, ops: Operations, open_passage: Callable[[int, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reportsWindow")
        self.setWindowTitle(self.tr("Reports"))
        self.library = library
        self.ops = ops
        self.open_passage = open_passage
        self.table: Table | None = None
        self.query = ReportQuery()
        self.cell: dict[str, Value] | None = None
        self.passages: Passages | None = None
        self.matrix: TagMatrix | None = None
        self._stale = True
        self._matrix_stale = True
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self.refresh)
        self._filling = False
        self._build()
        ops.changed.connect(self._apply_changes)
        date_style().changed.connect(self._calendar_changed)
        self.resize(1180, 760)

    def release(self) -> None:
        """Stop listening before the library closes (the date style outlives the window)."""
        self._refresh_timer.stop()
        date_style().changed.disconnect(self._calendar_changed)
        self.ops.changed.disconnect(self._apply_changes)
        self.close()

    # Building ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        names = self.dimension_names()
        self.rows_box = self._combo("reportRows", [(names[d], d) for d in DIMENSIONS])
        self.columns_box = self._combo("reportColumns", [(self.tr("(none)"), None), *((names[d], d) for d in DIMENSIONS)])
        self.measure_box = self._combo("reportMeasure", [(self.tr("Annotations"), "annotations"),
                                                        (self.tr("Articles"), "articles")])
        self.tag_box = self._combo("reportTagFilter", [])
        self.collection_box = self._combo("reportCollectionFilter", [])
        self.outlet_box = self._combo("reportOutletFilter", [])
        self.author_box = self._combo("reportAuthorFilter", [])
        self.from_box = self._combo("reportFrom", [])
        self.to_box = self._combo("reportTo", [])
        self.columns_box.setCurrentIndex(self.columns_box.findData("tag"))
        self.rows_box.setCurrentIndex(self.rows_box.findData("month"))
        controls = QGridLayout()
        pairs = [(self.tr("Rows:"), self.rows_box), (self.tr("Columns:"), self.columns_box),
                 (self.tr("Count:"), self.measure_box), (self.tr("Tag:"), self.tag_box),
                 (self.tr("Collection:"), self.collection_box), (self.tr("Outlet:"), self.outlet_box),
                 (self.tr("Coder:"), self.author_box), (self.tr("From:"), self.from_box), (self.tr("To:"), self.to_box)]
        for i, (text, box) in enumerate(pairs):
            caption = QLabel(text, self)
            caption.setBuddy(box)
            controls.addWidget(caption, i // 5, (i % 5) * 2)
            controls.addWidget(box, i // 5, (i % 5) * 2 + 1)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("reportExport")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions = {
            "csv": menu.addAction(self.tr("Table as CSV…"), lambda: self.export_table("csv")),
            "xlsx": menu.addAction(self.tr("Table as Excel workbook (XLSX)…"), lambda: self.export_table("xlsx")),
            "png": menu.addAction(self.tr("Chart as PNG image…"), lambda: self.export_chart("png")),
            "svg": menu.addAction(self.tr("Chart as SVG drawing…"), lambda: self.export_chart("svg")),
            "html": menu.addAction(self.tr("Coded passages as a web page (HTML)…"), self.export_passages),
        }
        self.export_button.setMenu(menu)
        controls.addWidget(self.export_button, 1, 8, 1, 2)

        self.grid_view = QTableWidget(self)
        self.grid_view.setObjectName("reportTable")
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.currentCellChanged.connect(lambda row, column, *_: self._cell_chosen(row, column))
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("reportChartView")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(QSize(360, 280))
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.grid_view)
        top.addWidget(self.chart_view)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([460, 700])

        self.passages_label = QLabel(self)
        self.passages_label.setObjectName("reportPassagesLabel")
        self.passages_label.setWordWrap(True)
        self.passage_list = QTreeWidget(self)
        self.passage_list.setObjectName("reportPassages")
        self.passage_list.setRootIsDecorated(False)
        self.passage_list.setWordWrap(True)
        self.passage_list.setHeaderLabels([self.tr("Passage"), self.tr("Article"), self.tr("Date"), self.tr("Outlet"),
                                           self.tr("Tags"), self.tr("Note"), self.tr("Coder")])
        self.passage_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.passage_list.header().setStretchLastSection(False)
        self.passage_list.itemActivated.connect(self._passage_activated)
        self.passage_list.itemClicked.connect(self._passage_activated)
        passages_page = QWidget(self)
        passages_layout = QVBoxLayout(passages_page)
        passages_layout.setContentsMargins(0, 4, 0, 0)
        passages_layout.addWidget(self.passages_label)
        passages_layout.addWidget(self.passage_list)

        self.matrix_view = QTableWidget(self)
        self.matrix_view.setObjectName("reportCooccurrence")
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_label = QLabel(self.tr("How often two tags are applied to the same or overlapping passages; "
                                           "the diagonal: passages carrying the tag."), self)
        self.matrix_label.setWordWrap(True)
        self.matrix_button = QPushButton(self.tr("Count co-occurrence"), self)
        self.matrix_button.setObjectName("reportCountCooccurrence")
        self.matrix_button.clicked.connect(self.count_cooccurrence)
        matrix_page = QWidget(self)
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(0, 4, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.matrix_label, 1)
        heading.addWidget(self.matrix_button)
        matrix_layout.addLayout(heading)
        matrix_layout.addWidget(self.matrix_view)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(passages_page, self.tr("Coded passages"))
        self.tabs.addTab(matrix_page, self.tr("Co-occurrence"))

        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(body, 1)
        for box in (self.rows_box, self.columns_box, self.measure_box, self.tag_box, self.collection_box,
                    self.outlet_box, self.author_box, self.from_box, self.to_box):
            box.currentIndexChanged.connect(self._choices_changed)

    def _combo(self, name: str, entries: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, data in entries:
            box.addItem(text, data)
        return box

    def dimension_names(self) -> dict[str, str]:
        return {"tag": self.tr("Tag"), "collection": self.tr("Collection"), "outlet": self.tr("Outlet"),
                "author": self.tr("Coder"), "year": self.tr("Year"), "month": self.tr("Month")}

    # Words and numbers -----------------------------------------------------------------------------------
    @property
    def persian(self) -> bool:
        return date_style().language != "en"

    def number(self, value: int) -> str:
        return to_persian_digits(f"{value:,}".replace(",", "٬")) if self.persian else f"{value:,}"

    def label(self, dimension: str, value: Value) -> str:
        if value is None:
            return self.tr("(no date)") if dimension in TIME_DIMENSIONS else self.tr("(no outlet)")
        if dimension in TIME_DIMENSIONS:
            return format_period(value, date_style().calendar, date_style().language)
        if dimension == "author" and value == "":
            return self.tr("(no coder)")
        return value

    # Counting ------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _apply_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.annotations or changes.tags or changes.article_list or changes.collections or changes.articles_updated:
            self._stale = self._matrix_stale = True
            if self.isVisible():
                self._refresh_timer.start()

    def _calendar_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _choices_changed(self) -> None:
        if not self._filling:
            self._matrix_stale = True
            self.refresh()

    def refresh(self) -> None:
        """Fill the filters from the library, then count and draw the table and the chart."""
        self._stale = False
        self._fill_filters()
        self.query = self._query()
        rows_by = self.rows_box.currentData()
        columns_by = self.columns_box.currentData()
        if columns_by == rows_by:
            columns_by = None
        try:
            self.table = self.library.reports.table(self.query, rows_by, columns_by)
        except HashiyaError as error:
            show_error(self, self.tr("Reports"), error)
            return
        self._show_table()
        self._show_chart()
        self._show_passages(self.cell if self._cell_still_there() else None)
        if self.matrix is not None and self._matrix_stale:  # never old numbers beside new ones
            self.matrix_view.clear()
            self.matrix_view.setRowCount(0)
            self.matrix_view.setColumnCount(0)
            self.matrix = None

    def _fill_filters(self) -> None:
        options = self.library.reports.options()
        calendar = report_calendar(date_style().calendar)
        self._filling = True
        try:
            self._refill(self.tag_box, self.tr("All tags"), [(t.name, t.name) for t in options.tags])
            self._refill(self.collection_box, self.tr("All collections"), [(c, c) for c in options.collections])
            self._refill(self.outlet_box, self.tr("All outlets"), [(self.label("outlet", o), o) for o in options.outlets])
            self._refill(self.author_box, self.tr("All coders"), [(self.label("author", a), a) for a in options.authors])
            months: list[str] = []
            if options.first_day and options.last_day:
                first = period(article_day(options.first_day), "month", calendar)
                last = period(article_day(options.last_day), "month", calendar)
                months = periods_between(first, last) if first and last else []
            entries = [(self.label("month", m), m) for m in months]
            self._refill(self.from_box, self.tr("The first"), entries)
            self._refill(self.to_box, self.tr("The last"), entries)
        finally:
            self._filling = False

    def _refill(self, box: QComboBox, everything: str, entries: list[tuple[str, Value]]) -> None:
        chosen = box.currentData() if box.count() else ANY  # None is a value here: no outlet
        box.clear()
        box.addItem(everything, ANY)
        for text, data in entries:
            box.addItem(text, data)
        index = box.findData(chosen)
        box.setCurrentIndex(index if index >= 0 else 0)

    def _query(self) -> ReportQuery:
        calendar = report_calendar(date_style().calendar)

        def chosen(box: QComboBox) -> tuple:
            data = box.currentData()
            return () if data == ANY or box.currentIndex() < 0 else (data,)

        first = chosen(self.from_box)
        last = chosen(self.to_box)
        return ReportQuery(tags=chosen(self.tag_box), collections=chosen(self.collection_box),
                           outlets=chosen(self.outlet_box), authors=chosen(self.author_box),
                           first_day=period_days(first[0], calendar)[0].isoformat() if first else None,
                           last_day=period_days(last[0], calendar)[1].isoformat() if last else None,
                           calendar=calendar)

    @property
    def measure(self) -> str:
        return self.measure_box.currentData()

    # The table ------------------------------------------------------------------------------------------------
    def _show_table(self) -> None:
        table = self.table
        assert table is not None
        view = self.grid_view
        view.clear()
        columns: list[Value] = list(table.column_values) if table.columns_by else []
        view.setColumnCount(len(columns) + 1)
        view.setRowCount(len(table.row_values) + 1)
        total_name = self.tr("Total")
        headers = [self.label(table.columns_by, c) for c in columns] if table.columns_by else []
        view.setHorizontalHeaderLabels([*headers, total_name])
        view.setVerticalHeaderLabels([*(self.label(table.rows_by, r) for r in table.row_values), total_name])
        bold = QFont(view.font())
        bold.setBold(True)
        for r, row in enumerate((*table.row_values, ANY)):
            for c, column in enumerate((*columns, ANY)):
                if row == ANY and column == ANY:
                    counts = table.total
                elif row == ANY:
                    counts = table.column_totals.get(column, NO_COUNTS)
                elif column == ANY:
                    counts = table.row_totals.get(row, NO_COUNTS)
                else:
                    counts = table.cell(row, column)
                item = QTableWidgetItem(self.number(counts.measure(self.measure)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell: dict[str, Value] = {}
                if row != ANY:
                    cell[table.rows_by] = row
                if column != ANY and table.columns_by:
                    cell[table.columns_by] = column
                item.setData(ROLE_CELL, cell)
                if row == ANY or column == ANY:
                    item.setFont(bold)
                    item.setBackground(QBrush(view.palette().alternateBase()))
                view.setItem(r, c, item)
        view.resizeColumnsToContents()

    def _cell_chosen(self, row: int, column: int) -> None:
        item = self.grid_view.item(row, column)
        if item is not None:
            self._show_passages(item.data(ROLE_CELL))

    def select_cell(self, cell: dict[str, Value]) -> None:
        """Select the table cell of these values (a test's and a user's way in: the passages follow)."""
        for r in range(self.grid_view.rowCount()):
            for c in range(self.grid_view.columnCount()):
                item = self.grid_view.item(r, c)
                if item is not None and item.data(ROLE_CELL) == cell:
                    self.grid_view.setCurrentCell(r, c)
                    return
        raise KeyError(cell)

    def _cell_still_there(self) -> bool:
        if self.cell is None or self.table is None:
            return False
        table = self.table
        allowed = {table.rows_by, table.columns_by}
        return set(self.cell) <= allowed

    # The chart ---------------------------------------------------------------------------------------------
    def _show_chart(self) -> None:
        table = self.table
        assert table is not None
        colours = {tag.name: tag.color for tag in self.library.annotations.tags()}
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        chart = build_chart(table, self.measure, self.label, self.number, self.tr("Total"), colours, rtl)
        names = self.dimension_names()
        title = (self.tr("%1 by %2").replace("%1", self.measure_box.currentText()).replace("%2", names[table.rows_by]))
        chart.setTitle(title)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    # Coded passages ------------------------------------------------------------------------------------------
    def _show_passages(self, cell: dict[str, Value] | None) -> None:
        self.cell = cell
        self.passage_list.clear()
        if cell is None:
            self.passages = None
            self.passages_label.setText(self.tr("Choose a cell of the table to list the passages behind it."))
            return
        try:
            self.passages = self.library.reports.passages(self.query, cell, limit=PASSAGE_LIMIT)
        except HashiyaError as error:
            show_error(self, self.tr("Reports"), error)
            return
        shown = len(self.passages.items)
        text = self.tr("%1: %Ln passage(s)", "", self.passages.total).replace("%1", self.describe_cell(cell))
        if shown < self.passages.total:
            text += " " + self.tr("(the first %1 listed; the HTML export has them all)").replace("%1", self.number(shown))
        self.passages_label.setText(text)
        for passage in self.passages.items:
            self.passage_list.addTopLevelItem(self._passage_item(passage))

    def describe_cell(self, cell: dict[str, Value]) -> str:
        if not cell:
            return self.tr("All")
        names = self.dimension_names()
        return "، ".join(f"{names[d]} «{self.label(d, v)}»" for d, v in cell.items()) if self.persian else \
            ", ".join(f"{names[d]} “{self.label(d, v)}”" for d, v in cell.items())

    def _passage_item(self, passage: Passage) -> QTreeWidgetItem:
        before, after = self._context(passage)
        item = QTreeWidgetItem([f"…{before}«{passage.quote}»{after}…", passage.title, date_style().day(passage.date),
                                passage.outlet or "", "، ".join(t.name for t in passage.tags) if self.persian
                                else ", ".join(t.name for t in passage.tags), passage.note, passage.author])
        item.setData(0, ROLE_PASSAGE, (passage.article_id, passage.uuid))
        item.setToolTip(0, f"…{passage.prefix[-CONTEXT_CHARACTERS * 3:]}«{passage.quote}»{passage.suffix[:CONTEXT_CHARACTERS * 3]}…")
        if passage.tags:
            item.setForeground(4, QBrush(QColor(passage.tags[0].color).darker(130)))
        return item

    @staticmethod
    def _context(passage: Passage) -> tuple[str, str]:
        before = passage.prefix[-CONTEXT_CHARACTERS:].replace("\n", " ")
        after = passage.suffix[:CONTEXT_CHARACTERS].replace("\n", " ")
        return before, after

    def _passage_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        article_id, uuid = item.data(0, ROLE_PASSAGE)
        self.open_passage(article_id, uuid)

    # Co-occurrence ----------------------------------------------------------------------------------------
    def count_cooccurrence(self) -> None:
        """Counted off the window's thread: every live annotation's span is compared with its neighbours'."""
        query = replace(self.query)
        self.matrix_button.setEnabled(False)

        def done(matrix: TagMatrix) -> None:
            self.matrix_button.setEnabled(True)
            self.show_matrix(matrix)

        self.ops.start(Background(self.tr("Counting tags that meet on the same passages…"),
                                  lambda library, _report, cancelled: library.reports.cooccurrence(query, cancelled),
                                  on_done=done, object_name="cooccurrenceProgress", title=self.tr("Reports"),
                                  cancelled_message=self.tr("Co-occurrence not counted."),
                                  on_error=lambda _error: self.matrix_button.setEnabled(True)))

    def show_matrix(self, matrix: TagMatrix) -> None:
        self.matrix = matrix
        self._matrix_stale = False
        view = self.matrix_view
        view.clear()
        names = [t.name for t in matrix.tags]
        view.setRowCount(len(names))
        view.setColumnCount(len(names))
        view.setHorizontalHeaderLabels(names)
        view.setVerticalHeaderLabels(names)
        highest = max((c for i, row in enumerate(matrix.counts) for j, c in enumerate(row) if i != j), default=0)
        for i, row in enumerate(matrix.counts):
            for j, count in enumerate(row):
                item = QTableWidgetItem(self.number(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if i == j:
                    font = QFont(view.font())
                    font.setItalic(True)
                    item.setFont(font)
                elif highest and count:
                    shade = QColor(matrix.tags[i].color)
                    shade.setAlphaF(0.15 + 0.5 * count / highest)
                    item.setBackground(QBrush(shade))
                view.setItem(i, j, item)
        view.resizeColumnsToContents()

    # Exports --------------------------------------------------------------------------------------------------
    def table_grid(self) -> list[list[str | int]]:
        assert self.table is not None
        names = self.dimension_names()
        corner = names[self.table.rows_by]
        if self.table.columns_by:
            corner = f"{corner} / {names[self.table.columns_by]}"
        return grid(self.table, self.measure, self.label, corner, self.tr("Total"))

    def export_table(self, kind: str, path: str | None = None) -> Path | None:
        from reader.services.report_export import write_csv, write_xlsx

        if self.table is None:
            return None
        if path is None:
            filters = self.tr("CSV table") + " (*.csv)" if kind == "csv" else self.tr("Excel workbook") + " (*.xlsx)"
            path = file_dialogs.save_file(self, self.tr("Export the report"), f"report.{kind}", filters)
            if not path:
                return None
        try:
            if kind == "csv":
                return write_csv(path, self.table_grid())
            rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            return write_xlsx(path, self.table_grid(), self.tr("Report"), right_to_left=rtl)
        except OSError as error:
            show_error(self, self.tr("Export the report"), error)
            return None

    def export_chart(self, kind: str, path: str | None = None) -> Path | None:
        if self.table is None:
            return None
        if path is None:
            filters = self.tr("PNG image") + " (*.png)" if kind == "png" else self.tr("SVG drawing") + " (*.svg)"
            path = file_dialogs.save_file(self, self.tr("Export the chart"), f"chart.{kind}", filters)
            if not path:
                return None
        out = Path(path)
        if kind == "png":
            image = self.chart_view.grab()
            if not image.save(str(out), "PNG"):
                show_error(self, self.tr("Export the chart"), OSError(str(out)))
                return None
            return out
        from PySide6.QtSvg import QSvgGenerator

        size = self.chart_view.size()
        generator = QSvgGenerator()
        generator.setFileName(str(out))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.chart_view.chart().title())
        painter = QPainter(generator)
        try:
            self.chart_view.render(painter)
        finally:
            painter.end()
        return out

    def export_passages(self, path: str | None = None) -> Path | None:
        from reader.services.report_export import write_passages_html

        if self.cell is None:
            self.passages_label.setText(self.tr("Choose a cell of the table first: its passages are exported."))
            return None
        if path is None:
            filters = self.tr("Web page") + " (*.html)"
            path = file_dialogs.save_file(self, self.tr("Export coded passages"), "passages.html", filters)
            if not path:
                return None
        try:
            found = self.library.reports.passages(self.query, self.cell, limit=None)
            items = [self._coded(p) for p in found.items]
            rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            title = self.tr("Coded passages")
            scope = self.tr("%1: %Ln passage(s)", "", found.total).replace("%1", self.describe_cell(self.cell))
            return write_passages_html(path, title, scope, items, page_labels(), "rtl" if rtl else "ltr",
                                       "fa" if self.persian else "en")
        except (OSError, HashiyaError) as error:
            show_error(self, self.tr("Export coded passages"), error)
            return None

    def _coded(self, passage: Passage) -> CodedPassage:
        before = passage.prefix[-CONTEXT_CHARACTERS * 2:]
        after = passage.suffix[:CONTEXT_CHARACTERS * 2]
        source = (date_style().day(passage.date) if passage.date else "", passage.outlet or "", passage.collection)
        return CodedPassage(passage.quote, before, after, passage.title, source,
                            tuple((t.name, t.color) for t in passage.tags), passage.note, passage.author)
