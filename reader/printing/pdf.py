"""The annotated page on paper: a Qt text document typeset from the page's rich text, printed to an
A4 PDF (or to a printer the window chose).

The font matters here: Qt's PDF writer tells a reader of the PDF which letters each drawn glyph
stands for through the font's character map, and only a font that draws each letter form as one
mapped glyph gives the words back (resources/fonts/README.md). Latin text falls back to the
system's sans.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPagedPaintDevice, QPdfWriter, QTextDocument, QTextOption

from reader.core.render.labels import ENGLISH, Labels
from reader.core.render.page import Page
from reader.core.render.rich_text import page_rich_text
from reader.services.article_pages import FONT_FAMILY, font_files
from reader.services.files import write_file

# QTextDocument.print_ sets 2 cm margins of its own inside the device's page rectangle (and puts the
# page number in the bottom one), so the device's margins stay at zero.
DEVICE_MARGIN_MM = 0.0
POINT_SIZE = 11.0
FALLBACK_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial"]

_fonts_added = False


def ensure_application() -> QGuiApplication:
    """A GUI application for fonts and painting; the command line gets one that needs no display."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "hashiya", "-platform", "offscreen"])
    return app  # type: ignore[return-value]


def add_page_fonts() -> None:
    """Make the page font known to Qt (once per process)."""
    global _fonts_added
    if not _fonts_added:
        for path in font_files().values():
            QFontDatabase.addApplicationFont(str(path))
        _fonts_added = True


def page_font(point_size: float = POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    font.setPointSizeF(point_size)
    return font


def page_document(page: Page, labels: Labels = ENGLISH) -> QTextDocument:
    """The page typeset for paper (its page size is set by whoever prints it)."""
    ensure_application()
    add_page_fonts()
    document = QTextDocument()
    document.setDefaultFont(page_font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if page.direction == "rtl" else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(page_rich_text(page, labels))
    return document


def print_page(page: Page, device: QPagedPaintDevice, labels: Labels = ENGLISH) -> None:
    """Typeset the page on `device` (a PDF writer or a printer), page after page."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(DEVICE_MARGIN_MM, DEVICE_MARGIN_MM, DEVICE_MARGIN_MM, DEVICE_MARGIN_MM), QPageLayout.Unit.Millimeter))
    page_document(page, labels).print_(device)


def pdf_bytes(page: Page, labels: Labels = ENGLISH, title: str = "") -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title or page.title.text)
    writer.setCreator("Hashiya")
    writer.setResolution(300)
    print_page(page, writer, labels)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data())


def write_pdf(page: Page, out: str | Path, labels: Labels = ENGLISH, cancelled: Callable[[], bool] | None = None) -> Path:
    """An A4 PDF of the page with its fonts embedded, written atomically."""
    data = pdf_bytes(page, labels)
    return write_file(out, lambda stream: stream.write(data), cancelled)

