"""View → Reports: the table and chart, the passages behind a cell opening the article at the
passage, recounting on every change, co-occurrence, and the exports (issue 16)."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from PySide6.QtCharts import QLineSeries, QStackedBarSeries


def reporting_window(make_window, app_paths, language: str = "fa"):
    app_paths["settings"].write_text(f"[preferences]\nauthor=Parwana\nlanguage={language}\n", encoding="utf-8")
    window = make_window()
    claim, denial = window.controller.tags()[:2]
    ids = window.library.article_ids()[:3]
    for n, article_id in enumerate(ids):
        text = window.library.article(article_id).text
        start = text.index(text.split("\n\n")[1]) + 2
        window.controller.annotate(article_id, start, start + 25, [claim.id], "Parwana", f"ادعای شماره {n}")
        window.controller.annotate(article_id, start + 10, start + 40, [denial.id] + ([claim.id] if n == 0 else []),
                                   "Farid", "")
    window.show_reports()
    return window, window.reports, (claim, denial), ids


def cell_text(reports, row: int, column: int) -> str:
    return reports.grid_view.item(row, column).text()


def test_table_chart_and_passages_opening_the_article(qtbot, make_window, app_paths) -> None:
    window, reports, (claim, denial), ids = reporting_window(make_window, app_paths, language="en")
    qtbot.waitExposed(reports)
    table = reports.table
    assert (table.rows_by, table.columns_by) == ("month", "tag")
    assert [reports.grid_view.horizontalHeaderItem(c).text() for c in range(3)] == [claim.name, denial.name, "Total"]
    last = reports.grid_view.rowCount() - 1
    assert [cell_text(reports, last, c) for c in range(3)] == ["4", "3", "7"]
    series = reports.chart_view.chart().series()
    assert len(series) == 2 and all(isinstance(s, QLineSeries) for s in series)
    reports.rows_box.setCurrentIndex(reports.rows_box.findData("author"))
    assert reports.table.rows_by == "author"
    (bars,) = reports.chart_view.chart().series()
    assert isinstance(bars, QStackedBarSeries) and [s.label() for s in bars.barSets()] == [claim.name, denial.name]
    assert [reports.grid_view.verticalHeaderItem(r).text() for r in range(3)] == ["Farid", "Parwana", "Total"]
    assert [cell_text(reports, 0, c) for c in range(3)] == ["1", "3", "4"]  # Farid: one with both tags

    reports.select_cell({"author": "Farid", "tag": claim.name})
    assert reports.passage_list.topLevelItemCount() == 1
    item = reports.passage_list.topLevelItem(0)
    assert item.text(6) == "Farid" and item.text(4) == f"{claim.name}, {denial.name}"
    reports.passage_list.itemClicked.emit(item, 0)
    assert window.reader.article.id == ids[0]
    record = window.library.annotations.for_article(ids[0])[1]
    assert window.reader.selection_offsets() == (record.start, record.end)

    reports.measure_box.setCurrentIndex(reports.measure_box.findData("articles"))
    assert cell_text(reports, 1, 0) == "3"  # Parwana's claims are in three articles


def test_recounts_when_annotations_change(qtbot, make_window, app_paths) -> None:
    window, reports, (claim, _), ids = reporting_window(make_window, app_paths, language="en")
    reports.rows_box.setCurrentIndex(reports.rows_box.findData("tag"))
    reports.columns_box.setCurrentIndex(reports.columns_box.findData(None))
    assert cell_text(reports, 0, 0) == "4"
    reports.select_cell({"tag": claim.name})
    assert reports.passage_list.topLevelItemCount() == 4
    uuid = window.library.annotations.for_article(ids[1])[0].uuid
    window.controller.delete(uuid)
    qtbot.waitUntil(lambda: cell_text(reports, 0, 0) == "3", timeout=5000)
    assert reports.passage_list.topLevelItemCount() == 3  # the chosen cell's passages follow too


def test_cooccurrence_matrix(qtbot, make_window, app_paths) -> None:
    _, reports, (claim, denial), _ = reporting_window(make_window, app_paths, language="en")
    reports.tabs.setCurrentIndex(1)
    reports.matrix_button.click()
    qtbot.waitUntil(lambda: reports.matrix is not None, timeout=20000)
    view = reports.matrix_view
    assert [view.horizontalHeaderItem(c).text() for c in range(2)] == [claim.name, denial.name]
    # three overlapping claim/denial pairs, and one annotation with both
    assert [[view.item(r, c).text() for c in range(2)] for r in range(2)] == [["4", "4"], ["4", "3"]]


def test_exports_in_persian(qtbot, make_window, app_paths, tmp_path: Path) -> None:
    window, reports, (claim, denial), _ = reporting_window(make_window, app_paths, language="fa")
    qtbot.waitExposed(reports)
    assert reports.grid_view.item(reports.grid_view.rowCount() - 1, 2).text() == "۷"
    assert reports.grid_view.horizontalHeaderItem(2).text() == "مجموع"
    month = reports.grid_view.verticalHeaderItem(0).text()
    assert any(name in month for name in ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس",
                                          "جدی", "دلو", "حوت"))
    rows = list(csv.reader(reports.export_table("csv", str(tmp_path / "r.csv")).read_text(encoding="utf-8-sig")
                           .splitlines()))
    assert rows[0] == ["ماه / برچسب", claim.name, denial.name, "مجموع"] and rows[-1] == ["مجموع", "4", "3", "7"]
    book = reports.export_table("xlsx", str(tmp_path / "r.xlsx"))
    with zipfile.ZipFile(book) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert claim.name in strings and 'rightToLeft="1"' in sheet and "<v>7</v>" in sheet
    png = reports.export_chart("png", str(tmp_path / "chart.png"))
    assert png.read_bytes().startswith(b"\x89PNG")
    svg = reports.export_chart("svg", str(tmp_path / "chart.svg")).read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg
    reports.select_cell({"tag": denial.name})  # the column's total
    html = reports.export_passages(str(tmp_path / "p.html")).read_text(encoding="utf-8")
    assert html.count("<mark ") == reports.passages.total == 3 and 'dir="rtl"' in html and "Farid" in html
    reports.resize(1180, 760)
    reports.grab().save(str(tmp_path.parent / "reports-fa.png"))


def test_months_follow_the_calendar_setting(qtbot, make_window, app_paths) -> None:
    from reader.gui.date_text import date_style

    _, reports, _, _ = reporting_window(make_window, app_paths, language="en")
    date_style().configure("afghan", "en")
    qtbot.waitUntil(lambda: reports.table.calendar == "solar", timeout=5000)
    assert all(v is None or v.startswith("14") for v in reports.table.row_values)
    assert reports.grid_view.verticalHeaderItem(0).text().split()[0] in ("Saratan", "Asad", "Sunbula", "Mizan")
    date_style().configure("gregorian", "en")
    qtbot.waitUntil(lambda: reports.table.calendar == "gregorian", timeout=5000)
    assert all(v is None or v.startswith("20") for v in reports.table.row_values)
