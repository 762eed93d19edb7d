"""A `Page` as one self-contained HTML file: inline CSS, the font embedded, no script, nothing remote.

Every highlight is a `<mark>` in its tag's colour; where highlights overlap the marks nest, their
translucent fills add up and each keeps its own underline, a little lower than the one outside it.
Beside each paragraph a margin column holds the cards of the highlights that begin in it; on narrow
screens and in print the margin gives way to numbered notes after the text. A legend lists the tags.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from reader.core.date_format import CAPTION_SEPARATOR as SEPARATOR
from reader.core.record import Record
from reader.core.render.labels import ENGLISH, Labels
from reader.core.render.page import Block, Page, PageNote

FILL_ALPHA = 0.32
UNDERLINE_STEP_PX = 3
NARROW_PX = 880


class FontFace(Record):
    """A font file to embed: its bytes and the weight it serves."""

    data: bytes
    weight: int = 400
    format: str = "truetype"


FAMILY = "Hashiya Page"
MARGIN_REM = 17
GUTTER_REM = 2

# The paper and ink of every page we write, light and dark (the passages report shares them).
THEME_CSS = """
:root { color-scheme: light dark; --paper: #ffffff; --ink: #1d1d1f; --muted: #6b6b70; --card: #f5f5f2;
  --rule: #deded9; --edge: rgba(0, 0, 0, 0.35); }
@media (prefers-color-scheme: dark) {
  :root { --paper: #17181a; --ink: #e4e4e6; --muted: #9a9aa0; --card: #232427; --rule: #3a3b3f;
    --edge: rgba(255, 255, 255, 0.45); }
  mark { background-color: var(--bgd); border-bottom-color: var(--ud); }
}
"""
# The margin is Tufte's sidenote: each card floats out of its paragraph into a column kept free
# beside the text; `clear` stacks a card below the one before it (never over it), and the text
# flows on without gaps. %(side)s is the text's end side.
CSS = THEME_CSS + """* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font-family: "%(family)s", "Noto Sans Arabic", "Vazirmatn", "Segoe UI", Tahoma, sans-serif; font-size: 18px; line-height: 1.9; }
.page { max-width: %(page_rem)drem; margin: 0 auto; padding: 32px 28px 72px; }
.text { margin-%(side)s: %(column_rem)drem; }
.caption { color: var(--muted); font-size: 0.82em; margin: 0 0 0.6em; }
.caption bdi { white-space: nowrap; }
h1 { font-size: 1.55em; line-height: 1.55; margin: 0 0 1em; }
h2 { font-size: 1.05em; margin: 2em 0 0.6em; border-bottom: 1px solid var(--rule); padding-bottom: 0.2em; }
.text p { text-align: justify; margin: 0 0 1em; }
.card { float: %(side)s; clear: %(side)s; margin-%(side)s: -%(column_rem)drem; width: %(margin_rem)drem;
  margin-bottom: 0.6rem; display: block; background: var(--card); border-inline-start: 4px solid var(--c);
  border-radius: 4px; padding: 0.45rem 0.75rem; font-size: 13px; font-weight: 400; line-height: 1.65;
  text-align: start; }
.card .note, .notes .note, .unplaced .note { display: block; margin: 0.15em 0; white-space: pre-wrap; }
.num { font-weight: 700; color: var(--muted); margin-inline-end: 0.35em; }
.tags { font-weight: 700; }
.by { color: var(--muted); }
.sw { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; background: var(--c);
  border: 1px solid var(--edge); vertical-align: -0.05em; margin-inline-end: 0.3em; }
mark { color: inherit; background-color: var(--bgl); border-bottom: 2px solid var(--ul); padding-bottom: var(--d, 0);
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
sup.ref { font-size: 0.62em; color: var(--muted); font-weight: 700; padding-inline-start: 0.1em; }
.notes { display: none; }
.notes ol, .unplaced ol { padding-inline-start: 2.2em; }
.notes li, .unplaced li { margin-bottom: 0.5em; }
.notes li::marker, .unplaced li::marker { color: var(--muted); font-weight: 700; }
.quote { color: var(--muted); }
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.6em; }
@media (max-width: %(narrow)dpx) {
  .text { margin-%(side)s: 0; }
  .card { display: none; }
  .notes { display: block; }
}
@media print {
  @page { size: A4; margin: 18mm; }
  body { font-size: 11pt; background: #ffffff; color: #000000; }
  .page { max-width: none; padding: 0; }
  .text { margin-%(side)s: 0; }
  .card { display: none; }
  .notes { display: block; }
  mark { background-color: var(--bgl); border-bottom-color: var(--ul); print-color-adjust: exact;
    -webkit-print-color-adjust: exact; }
}
"""


def page_html(page: Page, labels: Labels = ENGLISH, fonts: Sequence[FontFace] = (), title: str | None = None) -> str:
    """The whole HTML document for `page`."""
    faces = "".join(
        f'@font-face {{ font-family: "{FAMILY}"; font-weight: {face.weight}; font-style: normal; '
        f'src: url(data:font/ttf;base64,{base64.b64encode(face.data).decode("ascii")}) format("{face.format}"); }}\n'
        for face in fonts
    )
    side = "left" if page.direction == "rtl" else "right"
    extra = "ol { list-style-type: persian; }\n" if labels.persian else ""
    css = faces + extra + CSS % {"family": FAMILY, "narrow": NARROW_PX, "side": side, "margin_rem": MARGIN_REM,
                         "column_rem": MARGIN_REM + GUTTER_REM, "page_rem": 44 + MARGIN_REM + GUTTER_REM}
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
    parts.append('<div class="text">')
    parts.append(f"<h1>{_runs(page, page.title, labels)}</h1>")
    parts.extend(f"<p>{_runs(page, block, labels)}</p>" for block in page.paragraphs if block.runs)
    parts.append("</div>")
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


def _runs(page: Page, block: Block, labels: Labels) -> str:
    """The block's cards (floating out into the margin from its first line, in reading order), then
    its text with the marks and a note number after each highlight. (A card placed mid-line, at
    its passage, can be laid out above an earlier one's: browsers place a float that does not fit
    on its line on a later one.)"""
    out = [_card(page.note(n), labels) for n in block.notes]
    for run in block.runs:
        text = escape(run.text).replace("\n", "<br>")
        for depth, number in reversed(list(enumerate(run.marks))):
            text = f'<mark data-note="{number}" style="{mark_style(page.note(number).color, depth)}">{text}</mark>'
        out.append(text)
        out.extend(f'<sup class="ref">{labels.number(n)}</sup>' for n in run.ends)
    return "".join(out)


def mark_style(colour: str, depth: int = 0) -> str:
    """A mark's colours: on white paper a pale tag colour is filled deeper and underlined darker,
    on dark paper a dark one is lightened, so every tag colour reads on either."""
    luminance = _luminance(colour)
    light_fill = paper_alpha(colour)
    on_light = _mix(colour, "#000000", 0.45) if luminance > 0.6 else _colour(colour)
    on_dark = _mix(colour, "#ffffff", 0.5) if luminance < 0.3 else _colour(colour)
    style = (f"--c: {_colour(colour)}; --bgl: {_rgba(colour, light_fill)}; --ul: {on_light}; "
             f"--bgd: {_rgba(on_dark, round(FILL_ALPHA + 0.1, 2))}; --ud: {on_dark}")
    return style + (f"; --d: {depth * UNDERLINE_STEP_PX}px" if depth else "")


def _card(note: PageNote, labels: Labels) -> str:
    return (f'<span class="card" style="--c: {_colour(note.color)}">'
            f'<span class="num">{labels.number(note.number)}</span>{_note_body(note, labels, with_quote=False)}</span>')


def _note_body(note: PageNote, labels: Labels, with_quote: bool) -> str:
    swatches = "".join(f'<span class="sw" style="--c: {_colour(c)}"></span>' for c in note.colors)
    names = labels.join(note.tags)
    parts = [f'<span class="tags">{swatches}{escape(names or labels.no_tag)}</span>']
    if with_quote:
        parts.append(f'<span class="note quote" dir="auto">«{escape(note.quote)}»</span>')
    if note.note:
        parts.append(f'<span class="note" dir="auto">{escape(note.note)}</span>')
    if note.author:
        parts.append(f' <span class="by" dir="auto">— {escape(note.author)}</span>')
    return "".join(parts)


def css_colour(value: str) -> str:
    """A tag colour as CSS (see `_colour`)."""
    return _colour(value)


def _colour(value: str) -> str:
    """A tag colour as CSS: #rgb or #rrggbb only, so nothing from the library reaches the style sheet raw."""
    text = value.strip()
    if len(text) in (4, 7) and text.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in text[1:]):
        return text
    return "#999999"


def _rgba(value: str, alpha: float) -> str:
    r, g, b = rgb(value)
    return f"rgba({r}, {g}, {b}, {alpha})"


def paper_alpha(colour: str) -> float:
    """How opaque a highlight of this colour is on white paper: a pale colour is laid on deeper."""
    return round(FILL_ALPHA + (0.25 if _luminance(colour) > 0.75 else 0.0), 2)


def _luminance(value: str) -> float:
    r, g, b = rgb(value)
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


def _mix(value: str, other: str, share: float) -> str:
    """`value` moved `share` of the way towards `other`."""
    a, b = rgb(value), rgb(other)
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b))


def rgb(value: str) -> tuple[int, int, int]:
    """A tag colour's red, green and blue (grey when it is not a colour)."""
    text = _colour(value)[1:]
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
