"""A `Page` in the HTML subset Qt's rich text understands, for printing and the PDF.

Qt's text document has no translucent or nested backgrounds and no side columns, so this is the
page as print shows it: each run's fill is its highlights' colours composited over white (an
overlap is darker, and tinted by both), a note number follows each highlight, and the numbered notes
and the legend come after the text.
"""

from __future__ import annotations

from html import escape

from reader.core.date_format import CAPTION_SEPARATOR as SEPARATOR
from reader.core.render.html import paper_alpha, rgb
from reader.core.render.labels import ENGLISH, Labels
from reader.core.render.page import Block, Page, PageNote

MUTED = "#6b6b70"
# Noto Sans Arabic's own line is about 2.1 em; 80 % of it is 1.7 em, airy for marks and still compact.
LINE_HEIGHT_PERCENT = 80


def page_rich_text(page: Page, labels: Labels = ENGLISH) -> str:
    align = "right" if page.direction == "rtl" else "left"
    direction = page.direction
    parts = [f'<html><body dir="{direction}">']
    if page.caption:
        caption = SEPARATOR.join(f"\u2068{escape(part)}\u2069" for part in page.caption)
        parts.append(f'<p dir="{direction}" align="{align}" style="color: {MUTED}; font-size: 8.5pt;">{caption}</p>')
    parts.append(f'<h1 dir="{direction}" align="{align}" style="font-size: 16pt; font-weight: 700; line-height: 85%;">'
                 f"{_runs(page, page.title, labels)}</h1>")
    for block in page.paragraphs:
        if block.runs:
            # Not justified: Qt stretches a Persian line with few spaces letter by letter, and a PDF
            # reader then sees every letter as a word of its own.
            style = f"margin-bottom: 6pt; line-height: {LINE_HEIGHT_PERCENT}%;"
            parts.append(f'<p dir="{direction}" align="{align}" style="{style}">{_runs(page, block, labels)}</p>')
    if page.placed:
        parts.append(_heading(labels.notes, direction, align))
        parts.extend(_note(n, labels, direction, align, with_quote=False) for n in page.placed)
    if page.unplaced:
        parts.append(_heading(labels.unplaced, direction, align))
        parts.extend(_note(n, labels, direction, align, with_quote=True) for n in page.unplaced)
    if page.legend:
        parts.append(_heading(labels.tags, direction, align))
        entries = "&nbsp;&nbsp;&nbsp; ".join(
            f'<span style="white-space: nowrap;">{_swatch(e.color)}&nbsp;{escape(e.name)} '
            f'<span style="color: {MUTED};">({labels.number(e.count)})</span></span>'
            for e in page.legend
        )
        parts.append(f'<p dir="{direction}" align="{align}">{entries}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _heading(text: str, direction: str, align: str) -> str:
    return (f'<h2 dir="{direction}" align="{align}" style="font-size: 11.5pt; font-weight: 700; margin-top: 14pt;">'
            f"{escape(text)}</h2>")


def _runs(page: Page, block: Block, labels: Labels) -> str:
    out = []
    for run in block.runs:
        text = escape(run.text).replace("\n", "<br>")
        if run.marks:
            fill = blend([page.note(n).color for n in run.marks])
            text = f'<span style="background-color: {fill};">{text}</span>'
        out.append(text)
        out.extend(f'<sup style="color: {MUTED}; font-weight: 700;">{labels.number(n)}</sup>' for n in run.ends)
    return "".join(out)


def _note(note: PageNote, labels: Labels, direction: str, align: str, with_quote: bool) -> str:
    """A numbered note as a paragraph of its own (Qt lays table columns out left to right whatever the
    direction, so a table would put the numbers on the wrong side of Persian notes)."""
    swatches = "".join(_swatch(c) + "&nbsp;" for c in note.colors)
    number = labels.number(note.number) if note.placed else "•"
    lines = [f'<span style="color: {MUTED}; font-weight: 700;">{number}</span>&nbsp;&nbsp;{swatches}'
             f"<b>{escape(labels.join(note.tags) or labels.no_tag)}</b>"]
    if with_quote:
        lines.append(f'<span style="color: {MUTED};">«{escape(note.quote)}»</span>')
    if note.note:
        lines.append(escape(note.note).replace("\n", "<br>"))
    if note.author:
        lines.append(f'<span style="color: {MUTED};">— {escape(note.author)}</span>')
    style = f"margin-bottom: 5pt; line-height: {LINE_HEIGHT_PERCENT}%;"
    return f'<p dir="{direction}" align="{align}" style="{style}">{"<br>".join(lines)}</p>'


def _swatch(colour: str) -> str:
    return f'<span style="background-color: {_hex(colour)};">&nbsp;&nbsp;&nbsp;</span>'


def blend(colours: list[str]) -> str:
    """The colour of translucent fills laid one over another on white paper (as the HTML lays them)."""
    r = g = b = 255.0
    for colour in colours:
        cr, cg, cb = rgb(colour)
        alpha = paper_alpha(colour)
        r, g, b = r + (cr - r) * alpha, g + (cg - g) * alpha, b + (cb - b) * alpha
    return f"#{round(r):02x}{round(g):02x}{round(b):02x}"


def _hex(colour: str) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb(colour))
