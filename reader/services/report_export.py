"""A report's table as CSV and XLSX, and the coded passages behind a cell as HTML, written atomically.

XLSX is written by XlsxWriter (write-only, pure Python, no dependencies of its own): counts stay
numbers a spreadsheet can add up, and a right-to-left report gets a right-to-left sheet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.render.html import FontFace
from reader.core.untrusted import neutralise_bidi
from reader.core.render.labels import ENGLISH, Labels
from reader.core.render.passages import CodedPassage, passages_html
from reader.services.article_pages import font_files
from reader.services.files import write_file

type Grid = Sequence[Sequence[str | int]]


def write_csv(out: str | Path, grid: Grid) -> Path:
    """UTF-8 with a byte-order mark, so that spreadsheet programs read Persian right."""
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows(_shown(grid))
    data = ("\ufeff" + text.getvalue()).encode("utf-8")
    return write_file(out, lambda stream: stream.write(data))


def write_xlsx(out: str | Path, grid: Grid, sheet: str = "Report", right_to_left: bool = False) -> Path:
    """One sheet: the heading row and the totals in bold, the first column as wide as its longest text."""
    import xlsxwriter

    def write(stream) -> None:
        book = xlsxwriter.Workbook(stream, {"in_memory": True})
        page = book.add_worksheet(_sheet_name(sheet))
        if right_to_left:
            page.right_to_left()
        bold = book.add_format({"bold": True})
        for r, line in enumerate(_shown(grid)):
            edge = r == 0 or r == len(grid) - 1
            for c, value in enumerate(line):
                style = bold if edge or c == 0 else None
                if isinstance(value, str):  # never `write`: it makes "=…" a formula, a tag name a program
                    page.write_string(r, c, value, style)
                else:
                    page.write_number(r, c, value, style)
        if grid:
            page.set_column(0, 0, min(60, max(len(str(line[0])) for line in grid) + 2))
            page.set_column(1, len(grid[0]) - 1, max(10, *(len(str(v)) + 2 for v in grid[0][1:])))
            page.freeze_panes(1, 1)
        book.close()

    return write_file(out, write)


def write_passages_html(out: str | Path, title: str, scope: str, passages: Sequence[CodedPassage],
                        labels: Labels = ENGLISH, direction: str = "rtl", language: str = "fa",
                        cancelled: Callable[[], bool] | None = None) -> Path:
    """One self-contained HTML file (the article export's font embedded)."""
    fonts = [FontFace(path.read_bytes(), weight) for weight, path in font_files().items()]
    document = passages_html(title, scope, passages, labels, fonts, direction, language)
    return write_file(out, lambda stream: stream.write(document.encode("utf-8")), cancelled)


def _shown(grid: Grid) -> list[list[str | int]]:
    """The cells as a spreadsheet shows them: a tag or an outlet's bidi overrides visible, not obeyed."""
    return [[neutralise_bidi(v) if isinstance(v, str) else v for v in line] for line in grid]


def _sheet_name(name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in name).strip("'")[:31]
    return cleaned or "Report"
