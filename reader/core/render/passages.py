"""Coded passages (the annotations behind one cell of a report) as one self-contained HTML file.

It is the article export's renderer at work on excerpts: the same embedded font, the same marks in
the tag's colours, the same cards of tags, note and author; each passage keeps a little of the text
around it and says where it is from.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from reader.core.record import Record
from reader.core.render.html import FAMILY, THEME_CSS, FontFace, css_colour, mark_style
from reader.core.render.labels import ENGLISH, Labels

CSS = THEME_CSS + """
body { margin: 0; background: var(--paper); color: var(--ink);
  font-family: "%(family)s", "Noto Sans Arabic", "Vazirmatn", "Segoe UI", Tahoma, sans-serif; font-size: 17px; line-height: 1.9; }
.page { max-width: 48rem; margin: 0 auto; padding: 32px 28px 72px; }
h1 { font-size: 1.4em; line-height: 1.55; margin: 0 0 0.3em; }
.scope { color: var(--muted); margin: 0 0 1.5em; }
ol { padding-inline-start: 2.2em; }
li { margin-bottom: 1.2em; }
li::marker { color: var(--muted); font-weight: 700; }
.source { color: var(--muted); font-size: 0.85em; }
.source bdi { white-space: nowrap; }
.excerpt { margin: 0.2em 0; }
.card { display: block; background: var(--card); border-inline-start: 4px solid var(--c); border-radius: 4px;
  padding: 0.35rem 0.75rem; font-size: 14px; line-height: 1.65; }
.tags { font-weight: 700; }
.note { display: block; white-space: pre-wrap; }
.by { color: var(--muted); }
.sw { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; background: var(--c);
  border: 1px solid var(--edge); vertical-align: -0.05em; margin-inline-end: 0.3em; }
mark { color: inherit; background-color: var(--bgl); border-bottom: 2px solid var(--ul);
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
@media print {
  @page { size: A4; margin: 18mm; }
  body { background: #ffffff; color: #000000; }
  mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""


class CodedPassage(Record):
    quote: str
    before: str
    """A little of the text before the quote (empty at the article's start)."""
    after: str
    title: str
    source: tuple[str, ...]
    """Where it is from, as written for people: the date, the outlet … (empty pieces left out)."""
    tags: tuple[tuple[str, str], ...]
    """(name, colour) of each tag it carries."""
    note: str = ""
    author: str = ""


def passages_html(title: str, scope: str, passages: Sequence[CodedPassage], labels: Labels = ENGLISH,
                  fonts: Sequence[FontFace] = (), direction: str = "rtl", language: str = "fa") -> str:
    """The whole HTML document: a heading, what was counted (`scope`), then each passage in order."""
    faces = "".join(
        f'@font-face {{ font-family: "{FAMILY}"; font-weight: {face.weight}; font-style: normal; '
        f'src: url(data:font/ttf;base64,{base64.b64encode(face.data).decode("ascii")}) format("{face.format}"); }}\n'
        for face in fonts
    )
    extra = "ol { list-style-type: persian; }\n" if labels.persian else ""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}" dir="{"rtl" if direction == "rtl" else "ltr"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{faces}{extra}{CSS % {'family': FAMILY}}</style>",
        "</head>",
        "<body>",
        '<article class="page">',
        f"<h1>{escape(title)}</h1>",
        f'<p class="scope" dir="auto">{escape(scope)}</p>',
        "<ol>",
    ]
    parts.extend(f"<li>{_passage(p, labels)}</li>" for p in passages)
    parts.extend(["</ol>", "</article>", "</body>", "</html>", ""])
    return "\n".join(parts)


def _passage(passage: CodedPassage, labels: Labels) -> str:
    colour = passage.tags[0][1] if passage.tags else "#999999"
    source = " · ".join(f"<bdi>{escape(piece)}</bdi>" for piece in passage.source if piece)
    swatches = "".join(f'<span class="sw" style="--c: {css_colour(c)}"></span>' for _, c in passage.tags)
    names = labels.join([name for name, _ in passage.tags])
    card = [f'<span class="tags">{swatches}{escape(names or labels.no_tag)}</span>']
    if passage.note:
        card.append(f'<span class="note" dir="auto">{escape(passage.note)}</span>')
    if passage.author:
        card.append(f'<span class="by" dir="auto">— {escape(passage.author)}</span>')
    return (f'<div class="source"><strong dir="auto">{escape(passage.title)}</strong> {source}</div>'
            f'<p class="excerpt" dir="auto">…{escape(passage.before)}<mark style="{mark_style(colour)}">'
            f'{escape(passage.quote)}</mark>{escape(passage.after)}…</p>'
            f'<span class="card" style="--c: {css_colour(colour)}">{"".join(card)}</span>')
