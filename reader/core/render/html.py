"""A `Page` as one self-contained HTML file: inline CSS, the font embedded, no script, nothing remote.

Every highlight is a `<mark>` in its tag's colour; where highlights overlap the marks nest, their
translucent fills add up and each keeps its own underline, a little lower than the one outside it.
Beside each paragraph a margin column holds the cards of the highlights that begin in it; on narrow
screens and in print the margin gives way to numbered notes after the text. A legend lists the tags.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from reader.core.date_display import SEPARATOR
from reader.core.render.labels import ENGLISH, Labels
from reader.core.render.page import Block, Page, PageNote

FILL_ALPHA = 0.32
UNDERLINE_STEP_PX = 3
NARROW_PX = 880


@dataclass(frozen=True)
class FontFace:
    """A font file to embed: its bytes and the weight it serves."""

    data: bytes
    weight: int = 400
    format: str = "truetype"


FAMILY = "Hashiya Page"

CSS = """
:root { color-scheme: light dark; --paper: #ffffff; --ink: #1d1d1f; --muted: #6b6b70; --card: #f5f5f2; --rule: #deded9; }
@media (prefers-color-scheme: dark) {
  :root { --paper: #17181a; --ink: #e4e4e6; --muted: #9a9aa0; --card: #232427; --rule: #3a3b3f; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font-family: "%(family)s", "Noto Sans Arabic", "Vazirmatn", "Segoe UI", Tahoma, sans-serif; font-size: 18px; line-height: 1.9; }
.page { max-width: 1160px; margin: 0 auto; padding: 32px 28px 72px; }
.caption { color: var(--muted); font-size: 0.82em; margin: 0 0 0.6em; }
.caption bdi { white-space: nowrap; }
h1 { font-size: 1.55em; line-height: 1.55; margin: 0 0 1em; }
h2 { font-size: 1.05em; margin: 2em 0 0.6em; border-bottom: 1px solid var(--rule); padding-bottom: 0.2em; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) 17rem; column-gap: 2.2rem; align-items: start; }
.row > p, .row > h1 { grid-column: 1; margin-top: 0; }
.row > p { text-align: justify; margin-bottom: 1em; }
.margin { grid-column: 2; font-size: 0.74em; line-height: 1.65; }
.card { background: var(--card); border-inline-start: 4px solid var(--c); border-radius: 4px; padding: 0.45em 0.75em;
  margin-bottom: 0.6em; }
.card p, .notes p { margin: 0.15em 0; white-space: pre-wrap; }
.num { font-weight: 700; color: var(--muted); margin-inline-end: 0.35em; }
.tags { font-weight: 700; }
.by { color: var(--muted); }
.sw { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; background: var(--c);
  border: 1px solid rgba(0, 0, 0, 0.35); vertical-align: -0.05em; margin-inline-end: 0.3em; }
mark { color: inherit; background-color: var(--bg); border-bottom: 2px solid var(--c); padding-bottom: var(--d, 0);
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
sup.ref { font-size: 0.62em; color: var(--muted); font-weight: 700; padding-inline-start: 0.1em; }
.notes { display: none; }
.notes ol, .unplaced ol { padding-inline-start: 2.2em; }
.notes li, .unplaced li { margin-bottom: 0.5em; }
.notes li::marker, .unplaced li::marker { color: var(--muted); font-weight: 700; }
.quote { color: var(--muted); }
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.6em; }
@media (max-width: %(narrow)dpx) {
  .row { display: block; }
  .margin { display: none; }
  .notes { display: block; }
}
@media print {
  @page { size: A4; margin: 18mm; }
  body { font-size: 11pt; background: #ffffff; color: #000000; }
  .page { max-width: none; padding: 0; }
  .row { display: block; }
  .margin { display: none; }
  .notes { display: block; }
  mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


def page_html(page: Page, labels: Labels = ENGLISH, fonts: Sequence[FontFace] = (), title: str | None = None) -> str:
    """The whole HTML document for `page`."""
    faces = "".join(
        f'@font-face {{ font-family: "{FAMILY}"; font-weight: {face.weight}; font-style: normal; '
        f'src: url(data:font/ttf;base64,{base64.b64encode(face.data).decode("ascii")}) format("{face.format}"); }}\n'
        for face in fonts
    )
    css = faces + CSS % {"family": FAMILY, "narrow": NARROW_PX}
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(page.language)}" dir="{page.direction}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title if title is not None else page.title.text)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        '<article class="page">',
    ]
    if page.caption:
        # Each piece isolated and kept on one line; the line breaks only between pieces.
        pieces = SEPARATOR.join(f"<bdi>{escape(p)}</bdi>" for p in page.caption)
        parts.append(f'<p class="caption">{pieces}</p>')
    parts.append(_row(page, page.title, "h1", labels))
    parts.extend(_row(page, block, "p", labels) for block in page.paragraphs if block.runs)
    placed = page.placed
    if placed:
        parts.append(f'<section class="notes"><h2>{escape(labels.notes)}</h2><ol>')
        parts.extend(f'<li value="{n.number}">{_note_body(n, labels, with_quote=False)}</li>' for n in placed)
        parts.append("</ol></section>")
    if page.unplaced:
        parts.append(f'<section class="unplaced"><h2>{escape(labels.unplaced)}</h2><ol>')
        parts.extend(f"<li>{_note_body(n, labels, with_quote=True)}</li>" for n in page.unplaced)
        parts.append("</ol></section>")
    if page.legend:
        parts.append(f'<section class="legend"><h2>{escape(labels.tags)}</h2><ul>')
        parts.extend(f'<li><span class="sw" style="--c: {_colour(e.color)}"></span>{escape(e.name)} '
                     f'<span class="by">({labels.number(e.count)})</span></li>' for e in page.legend)
        parts.append("</ul></section>")
    parts.extend(["</article>", "</body>", "</html>", ""])
    return "\n".join(parts)


def _row(page: Page, block: Block, tag: str, labels: Labels) -> str:
    body = f"<{tag}>{_runs(page, block, labels)}</{tag}>"
    cards = "".join(_card(page.note(n), labels) for n in block.notes)
    margin = f'<aside class="margin">{cards}</aside>' if cards else ""
    return f'<div class="row">{body}{margin}</div>'


def _runs(page: Page, block: Block, labels: Labels) -> str:
    out = []
    for run in block.runs:
        text = escape(run.text).replace("\n", "<br>")
        for depth, number in reversed(list(enumerate(run.marks))):
            colour = page.note(number).color
            style = f"--c: {_colour(colour)}; --bg: {_rgba(colour, FILL_ALPHA)}"
            if depth:
                style += f"; --d: {depth * UNDERLINE_STEP_PX}px"
            text = f'<mark data-note="{number}" style="{style}">{text}</mark>'
        out.append(text)
        out.extend(f'<sup class="ref">{labels.number(n)}</sup>' for n in run.ends)
    return "".join(out)


def _card(note: PageNote, labels: Labels) -> str:
    return (f'<div class="card" style="--c: {_colour(note.color)}">'
            f'<span class="num">{labels.number(note.number)}</span>{_note_body(note, labels, with_quote=False)}</div>')


def _note_body(note: PageNote, labels: Labels, with_quote: bool) -> str:
    swatches = "".join(f'<span class="sw" style="--c: {_colour(c)}"></span>' for c in note.colors)
    names = labels.join(note.tags)
    parts = [f'<span class="tags">{swatches}{escape(names or labels.no_tag)}</span>']
    if with_quote:
        parts.append(f'<p class="quote" dir="auto">«{escape(note.quote)}»</p>')
    if note.note:
        parts.append(f'<p dir="auto">{escape(note.note)}</p>')
    if note.author:
        parts.append(f' <span class="by" dir="auto">— {escape(note.author)}</span>')
    return "".join(parts)


def _colour(value: str) -> str:
    """A tag colour as CSS: #rgb or #rrggbb only, so nothing from the library reaches the style sheet raw."""
    text = value.strip()
    if len(text) in (4, 7) and text.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in text[1:]):
        return text
    return "#999999"


def _rgba(value: str, alpha: float) -> str:
    r, g, b = rgb(value)
    return f"rgba({r}, {g}, {b}, {alpha})"


def rgb(value: str) -> tuple[int, int, int]:
    """A tag colour's red, green and blue (grey when it is not a colour)."""
    text = _colour(value)[1:]
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
