"""The exported HTML: one self-contained file, structured as the issue asks (checked with lxml)."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from reader.core.render.html import FontFace, page_html
from reader.core.render.labels import Labels
from reader.core.render.page import build_page
from tests.core.render.samples import CLAIM, DENIAL, TAGS, article, sample_annotations

FONT = FontFace(b"\x00\x01\x00\x00fake-font-bytes", 400)


def tree(text: str):
    return lxml_html.document_fromstring(text.encode("utf-8"))


def css(node, selector: str) -> list:
    """A small CSS selector (tags, .classes, descendant and child combinators) as XPath, without cssselect."""
    path = ".//" if not selector.startswith(">") else "./"
    parts = []
    for step in selector.replace(">", " > ").split():
        if step == ">":
            parts.append("/")
            continue
        tag, *classes = step.split(".")
        test = "".join(f"[contains(concat(' ', @class, ' '), ' {c} ')]" for c in classes)
        if parts and parts[-1] != "/":
            parts.append("//")
        parts.append((tag or "*") + test)
    return node.xpath(path + "".join(parts))


def text_of(element) -> str:
    """An element's text without the margin cards inside it."""
    copy = lxml_html.fromstring(lxml_html.tostring(element, encoding="unicode"))
    for card in css(copy, ".card"):
        card.drop_tree()
    return copy.text_content()


def rendered(**kwargs) -> str:
    page = build_page(article(**kwargs), sample_annotations(), TAGS, caption=("شنبه ۵ جوزا ۱۴۰۳", "۲۵ می ۲۰۲۴", "azadi"))
    return page_html(page, Labels(persian=True), [FONT])


def test_language_direction_title_and_caption() -> None:
    doc = tree(rendered())
    assert doc.get("lang") == "fa-AF" and doc.get("dir") == "rtl"
    assert doc.findtext(".//title").startswith("وزارت انرژی")
    assert [b.text for b in css(doc, ".caption bdi")] == ["شنبه ۵ جوزا ۱۴۰۳", "۲۵ می ۲۰۲۴", "azadi"]
    heading = css(doc, "h1")[0]
    assert [s.text for s in css(heading, "sup")] == ["۱"]  # the title's highlight and its note number
    assert text_of(heading) == article().title.replace("ادعای تازه", "ادعای تازه۱")
    assert len(css(doc, ".text > p")) == 3
    ltr = tree(page_html(build_page(article(direction="ltr", language="en"), [], TAGS)))
    assert (ltr.get("lang"), ltr.get("dir")) == ("en", "ltr")


def test_self_contained_no_script_nothing_remote_font_embedded() -> None:
    text = rendered()
    doc = tree(text)
    assert css(doc, "script") == [] and css(doc, "link") == [] and css(doc, "img") == []
    assert not any(name.startswith("on") for element in doc.iter() for name in element.attrib)
    assert not re.search(r"(?:src|href)\s*=|url\((?!data:)|@import|https?://", text)
    assert "@font-face" in text and "url(data:font/ttf;base64,AAEAAGZha2UtZm9udC1ieXRlcw==)" in text


def test_every_highlight_is_a_mark_in_its_tags_colour_and_overlaps_nest() -> None:
    doc = tree(rendered())
    marks = css(doc, "mark")
    numbers = {m.get("data-note") for m in marks}
    assert numbers == {"1", "2", "3"}
    claim = [m for m in marks if m.get("data-note") == "2"]
    assert all(f"--c: {CLAIM.color}" in m.get("style") for m in claim)
    denial = [m for m in marks if m.get("data-note") == "3"]
    assert all(f"--c: {DENIAL.color}" in m.get("style") and "rgba(29, 53, 87, 0.32)" in m.get("style") for m in denial)
    nested = [m for m in denial if m.getparent().tag == "mark"]
    assert nested and nested[0].getparent().get("data-note") == "2" and "--d: 3px" in nested[0].get("style")
    assert "".join(m.text_content() for m in nested) == "مبنی بر بسته"
    refs = [s.text for s in css(doc, "sup.ref")]
    assert refs == ["۱", "۲", "۳"]  # one note number after each highlight, in Persian digits


def test_margin_cards_notes_unplaced_and_legend() -> None:
    doc = tree(rendered())
    paragraph = css(doc, ".text > p")[0]
    cards = css(paragraph, ".card")
    assert [c.getparent() is paragraph for c in cards] == [True, True]  # they float out of their paragraph
    assert [css(c, ".num")[0].text for c in cards] == ["۲", "۳"]
    assert paragraph.index(cards[1]) < paragraph.index(css(paragraph, "mark")[0])  # before the text
    card = cards[1]
    assert css(card, ".tags")[0].text_content() == "تکذیب، ادعا"
    note = css(card, ".note")[0]
    assert note.text == "تکذیب رسمی\nخط دوم" and note.get("dir") == "auto"
    assert "Farid" in css(card, ".by")[0].text
    numbered = css(doc, ".notes li")
    assert [li.get("value") for li in numbered] == ["1", "2", "3"]
    unplaced = css(doc, ".unplaced li")
    assert len(unplaced) == 1 and "جای آن پیدا نشد" in unplaced[0].text_content()
    legend = [li.text_content() for li in css(doc, ".legend li")]
    assert legend == ["ادعا (۳)", "تکذیب (۲)"]
    assert "float: left" in css(doc, "style")[0].text  # the end side of a right-to-left page
    ltr = page_html(build_page(article(direction="ltr", language="en"), sample_annotations(), TAGS))
    assert "float: right" in ltr


def test_pale_and_dark_tag_colours_stay_visible_on_either_paper() -> None:
    from reader.core.render.html import mark_style

    pale = dict(part.split(": ") for part in mark_style(CLAIM.color).split("; "))
    dark = dict(part.split(": ") for part in mark_style(DENIAL.color).split("; "))
    assert pale["--ul"] != CLAIM.color and pale["--bgl"].endswith("0.57)")  # darker underline, deeper fill
    assert dark["--ud"] != DENIAL.color and dark["--ul"] == DENIAL.color  # lightened on dark paper only


def test_text_and_notes_are_escaped_and_colours_checked() -> None:
    hostile = article(text="<b>عنوان</b>\n\nمتن & «نقل»")
    from reader.core.records import TagRecord
    from tests.core.render.samples import annotation

    note = annotation("x", 0, 3, (9,), note="</p><script>alert(1)</script>", text=hostile.text)
    page = build_page(hostile, [note], [TagRecord(9, "بد", "red;background:url(http://x)", 0, None)])
    text = page_html(page)
    doc = tree(text)
    assert css(doc, "script") == [] and "http://x" not in text
    assert text_of(css(doc, "h1")[0]) == "<b>عنوان</b>"[:3] + "1" + "<b>عنوان</b>"[3:]
    assert css(doc, ".card .note")[0].text == "</p><script>alert(1)</script>"
