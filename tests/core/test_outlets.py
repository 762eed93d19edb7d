"""Outlets from what a page says: metadata, name lines, agency formulas, file names."""

from __future__ import annotations

import json

import pytest

from reader.core.builder import build_article
from reader.core.formats import extract_documents
from reader.core.outlets import outlet_from_site, strip_site_name
from reader.core.page_knowledge import knowledge

HEADLINE = "نشست خبری استاندار با مدیران رسانه‌ها برگزار شد"
LEAD = "استاندار در نشست با مدیران رسانه‌های استان گفت که همسویی میان رسانه‌ها وجود دارد و باید حفظ شود."


def outlet_of(text: str, name: str = "page.txt") -> str | None:
    (doc,) = extract_documents(name, text.encode("utf-8"))
    return build_article(doc).outlet


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("به گزارش خبرنگار مهر، " + LEAD, "Mehr News"),
        ("به گزارش گروه اجتماعی خبرگزاری دانشجو، " + LEAD, "SNN"),
        ("به گزارش خبرگزاری تسنیم از سمنان، " + LEAD, "Tasnim"),
        ("به گزارش خبرگزاری بین‌المللی اهل‌بیت(ع) ـ ابنا ـ " + LEAD, "ABNA"),
        ("نورنیوز-گروه اجتماعی: " + LEAD, "Nour News"),
        ("خبرگزاری مهر ــ گروه فرهنگ و ادب: " + LEAD, "Mehr News"),
        ("باشگاه خبرنگاران جوان - " + LEAD, "YJC"),
        ("۸صبح، کابل: " + LEAD, "Hasht-e Subh"),
        ("به گزارش خبرگزاری رویترز، " + LEAD, None),  # not an outlet we know: nothing claimed
        ("صدای آمریکا، رسانه‌ای که ... " + LEAD, None),  # a sentence opening with a name
        ("مهر ماه امسال " + LEAD, None),  # «مهر» alone names the agency only after «به گزارش»
    ],
)
def test_agency_formulas(lead: str, outlet: str | None) -> None:
    assert outlet_of(f"{HEADLINE}\n\n{lead}\n") == outlet


def test_a_name_line_in_the_header_or_footer_names_the_outlet() -> None:
    assert outlet_of(f"عصر ایران\n\n{HEADLINE}\n\n{LEAD}\n") == "Asr Iran"
    assert outlet_of(f"{HEADLINE}\n\n{LEAD}\n\nروزنامه هشت صبح\n") == "Hasht-e Subh"


def test_a_name_the_headline_is_about_is_a_caption_not_the_outlet() -> None:
    text = f"صدای آمریکا هفتاد و پنج ساله شد\n\nصدای آمریکا\n\n{LEAD}\n"
    assert outlet_of(text) is None


def test_an_unknown_sites_name_on_top_is_kept_as_written() -> None:
    assert outlet_of(f"میرنیوز\n\n{HEADLINE}\n\n{LEAD}\n") == "میرنیوز"


def test_file_name_ending_in_a_site_name() -> None:
    assert outlet_of(f"{HEADLINE}\n\n{LEAD}\n", "جشن تیرگان - عصر ایران.txt") == "Asr Iran"
    assert outlet_of(f"{HEADLINE}\n\n{LEAD}\n", "www.mehrnews.com_news_6572157.txt") == "Mehr News"
    assert outlet_of(f"{HEADLINE}\n\n{LEAD}\n", "page-3.txt") is None


def test_json_records_name_their_outlet_by_site_or_link() -> None:
    records = [{"title": "یک", "text": LEAD, "link": "https://www.farsnews.ir/news/13990101000001"},
               {"title": "دو", "text": LEAD, "source": "خبرگزاری مهر"},
               {"title": "سه", "text": LEAD, "url": "https://example.org/a/1"},
               {"title": "چهار", "text": LEAD, "source": "سایت محلی"}]
    docs = extract_documents("batch.json", json.dumps(records, ensure_ascii=False).encode())
    assert [build_article(d).outlet for d in docs] == ["Fars News", "Mehr News", "example.org", "سایت محلی"]


def test_html_site_name_and_title_suffix() -> None:
    page = f"""<html><head><title>{HEADLINE} | عصر ایران</title><meta property="og:site_name" content="عصرایران">
    </head><body><article><p>{LEAD}</p><p>{LEAD} دوباره.</p></article></body></html>"""
    (doc,) = extract_documents("page.html", page.encode())
    made = build_article(doc)
    assert made.outlet == "Asr Iran" and made.title == HEADLINE


def test_site_name_after_a_separator_and_words_repeated_at_the_end() -> None:
    assert strip_site_name(f"{HEADLINE} - BBC News فارسی", trailing_names=False) == (HEADLINE, "BBC Persian")
    assert strip_site_name(f"{HEADLINE} با ایران اینترنشنال", trailing_names=True) == (f"{HEADLINE} با ایران اینترنشنال", None)


@pytest.mark.parametrize(
    ("site", "outlet"),
    [("https://www.farsnews.ir/x", "Fars News"), ("da.azadiradio.com", "Radio Azadi"), ("خبرگزاری مهر", "Mehr News"),
     ("BBC Persian", "BBC Persian"), ("https://example.org/a", "example.org"), ("سایت محلی", "سایت محلی")],
)
def test_outlet_from_site(site: str, outlet: str) -> None:
    assert outlet_from_site(site) == outlet


def test_every_outlet_in_the_table_is_found_by_each_of_its_names_and_domains() -> None:
    known = knowledge()
    for outlet in known.outlets:
        for name in outlet.names:
            assert known.outlet_named(name) is not None, name
        for domain in outlet.domains:
            assert known.outlet_of_domain(f"https://www.{domain}/news/1") is outlet, domain
