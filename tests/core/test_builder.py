"""From files to articles: the seed's shape, every format, the chrome rules."""

import json
from datetime import date, time

import pytest

from reader.core.builder import build_article
from reader.core.errors import BadInputError
from reader.core.formats import extract_documents
from tests.conftest import FIXTURES, shared_file

SEED_SHAPE = (FIXTURES / "dari_seed_shape.txt").read_bytes()
TITLE = "وزارت آب: ادعای کاهش سهم آب هلمند بی‌اساس است"


def one_article(name: str, data: bytes, learned: frozenset[bytes] = frozenset()):
    (doc,) = extract_documents(name, data)
    return build_article(doc, learned)


def test_seed_shaped_text_file() -> None:
    article = one_article("dari.txt", SEED_SHAPE)
    assert article.title == TITLE
    assert article.dateline == "سه‌شنبه ۶ قوس ۱۴۰۳ کابل ۱۰:۱۵"
    assert article.date is not None and article.date.date == date(2024, 11, 26)
    assert article.date.time == time(10, 15)
    assert article.iso_date == "2024-11-26T10:15:00+04:30"
    assert article.language == "fa-AF" and article.direction == "rtl"
    assert len(article.paragraphs) == 4
    for chrome in ("لینکهای", "خبر تازه", "AFGHANISTAN-WATER/", "XS", "SM", "MD", "LG", "۱۰:۱۵"):
        assert chrome not in article.text
    # A date mentioned inside the body stays in the body and is not the dateline.
    assert "ماه جون ۲۰۲۴" in article.paragraphs[2]
    assert article.text == "\n\n".join((TITLE, *article.paragraphs))
    assert article.raw == SEED_SHAPE.decode("utf-8")


def test_same_article_in_every_encoding_gives_the_same_text() -> None:
    text = SEED_SHAPE.decode("utf-8")
    variants = {
        "bom-crlf.txt": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
    }
    expected = one_article("dari.txt", SEED_SHAPE)
    for name, data in variants.items():
        article = one_article(name, data)
        assert (article.title, article.paragraphs, article.iso_date) == (expected.title, expected.paragraphs, expected.iso_date)


def test_iranian_page_with_learned_footer() -> None:
    from reader.core.chrome import BoilerplateCounter, boilerplate_candidates

    page = "صفحه اصلی\nسیاسی\n۱۵ آبان ۱۴۰۳ تهران ساعت ۱۰:۳۰\n\nتورم ماهانه کاهش یافت\n\nبانک مرکزی می‌گوید تورم کاهش یافته است.\n\nکلیه حقوق این سایت محفوظ است.\n"
    counter = BoilerplateCounter()
    for i in range(5):
        counter.add_file(boilerplate_candidates(["صفحه اصلی", "سیاسی", f"عنوان {i}", "کلیه حقوق این سایت محفوظ است."]))
    article = one_article("ir.txt", page.encode(), counter.learned())
    assert article.title == "تورم ماهانه کاهش یافت"
    assert article.paragraphs == ("بانک مرکزی می‌گوید تورم کاهش یافته است.",)
    assert article.iso_date == "2024-11-05T10:30:00+03:30"
    assert article.language == "fa-IR"


def test_hard_wrapped_paragraph_is_joined() -> None:
    body = (
        "عنوان\n\n"
        "این جمله طولانی در فایل متنی در چند سطر شکسته شده است و باید دوباره\n"
        "به یک پاراگراف پیوسته تبدیل شود تا خواننده آن را درست ببیند و بتواند\n"
        "آن را حاشیه‌نویسی کند.\n"
    )
    article = one_article("wrapped.txt", body.encode())
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].startswith("این جمله") and article.paragraphs[0].endswith("کند.")


def test_markdown() -> None:
    md = "# عنوان **مهم** خبر\n\nتاریخ: ۱۲ حمل ۱۴۰۴\n\nپاراگراف اول با [پیوند](http://example.org) است.\n\n- بند فهرست\n"
    article = one_article("a.md", md.encode())
    assert article.title == "عنوان مهم خبر"
    assert article.iso_date == "2025-04-01"
    assert article.paragraphs == ("پاراگراف اول با پیوند است.", "بند فهرست")


def test_json_array_and_paragraphs_field() -> None:
    items = [
        {"title": "خبر یک", "date": "2025-04-01T09:30:00+04:30", "text": "پاراگراف اول.\n\nپاراگراف دوم.", "source": "سایت"},
        {"title": "خبر دو", "date": "۱۲ حمل ۱۴۰۴", "paragraphs": ["الف.", "ب."]},
    ]
    docs = extract_documents("batch.json", json.dumps(items, ensure_ascii=False).encode())
    first, second = (build_article(d) for d in docs)
    assert (first.source, second.source) == ("batch.json#1", "batch.json#2")
    assert first.paragraphs == ("پاراگراف اول.", "پاراگراف دوم.") and first.site == "سایت"
    assert first.iso_date == "2025-04-01T09:30:00+04:30"
    assert second.paragraphs == ("الف.", "ب.") and second.iso_date == "2025-04-01"
    assert first.raw_hash != second.raw_hash


def test_jsonl() -> None:
    data = '{"title": "یک", "text": "متن یک"}\n\n{"title": "دو", "text": "متن دو"}\n'.encode()
    assert [build_article(d).title for d in extract_documents("a.jsonl", data)] == ["یک", "دو"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bad.json", b'{"title": "x", ', "bad.json: invalid JSON at line 1"),
        ("bad.jsonl", b'{"title": "x"}\n{oops}\n', "bad.jsonl: invalid JSON on line 2"),
        ("list.json", b"[1, 2]", "list.json: item 1 is not an object"),
        ("empty.json", b'[{"date": "2024-01-01"}]', "empty.json: item 1 has neither"),
        ("chrome.txt", b"XS\nSM\nMD\nLG\n", "chrome.txt: no article text left"),
        ("x.pdf", b"%PDF-1.4", "x.pdf: unsupported file type"),
    ],
)
def test_bad_input_names_file_and_problem(name: str, data: bytes, message: str) -> None:
    with pytest.raises(BadInputError, match=message.replace(".", r"\.")):
        for doc in extract_documents(name, data):
            build_article(doc)


HTML_PAGE = """<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>خبرگزاری نمونه | سیاسی</title>
<meta property="article:published_time" content="2024-11-24T04:42:00+04:30">
<meta property="og:site_name" content="خبرگزاری نمونه">
<script>document.write('<p>اسکریپت اجرا شد</p>'); fetch('http://example.org/track');</script>
</head><body>
<nav><ul><li><a href="/">صفحه اصلی</a></li><li><a href="/p">سیاست</a></li></ul></nav>
<article><h1>مقامات محلی گزارش حمله را تکذیب کردند</h1>
<p>سخنگوی والی ولایت ننگرهار روز یکشنبه گفت که گزارش‌ها درباره حمله به یک مکتب نادرست است.</p>
<p>او افزود که نیروهای امنیتی در منطقه حضور دارند و وضعیت آرام است، اما باشندگان محل این ادعا را رد کردند.</p>
<p>یک باشنده محلی گفت که صدای انفجار را شنیده است و چند خانه آسیب دیده‌اند.</p>
</article>
<aside><a href="/x">پربیننده‌ترین‌ها</a></aside><footer>کلیه حقوق محفوظ است.</footer>
</body></html>"""


def test_html_page() -> None:
    article = one_article("page.html", HTML_PAGE.encode())
    assert article.title == "مقامات محلی گزارش حمله را تکذیب کردند"
    assert article.iso_date == "2024-11-24T04:42:00+04:30"
    assert article.site == "خبرگزاری نمونه"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("سخنگوی والی")
    assert "اسکریپت" not in article.text and "document.write" not in article.text
    assert article.format == "html" and article.raw == HTML_PAGE


def test_seed_acceptance() -> None:
    seed = shared_file("seed", "000_861b15b16ea1a0ef.txt")
    article = one_article(seed.name, seed.read_bytes())
    assert article.title == "پاکستان: با ایالات متحده راههای مبارزه با تحریک طالبان و داعش خراسان را بررسی کردیم"
    assert article.date is not None and article.date.date == date(2024, 11, 24)
    assert article.iso_date == "2024-11-24T04:42:00+04:30"
    assert article.dateline == "یکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲"
    raw_paragraphs = [p for p in seed.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 40]
    assert len(article.paragraphs) == 17
    for paragraph in raw_paragraphs[1:]:
        assert paragraph.strip() in article.paragraphs
    for chrome in ("لینکهای قابل دسترسی", "خبر تازه", "USA-SECURITY/", "\nXS", "\nLG"):
        assert chrome not in article.text


SPORTS_PAGE = """<html><head><meta charset="utf-8"><title>تیم ملی به جام جهانی رسید | ورزش</title>%s</head><body>
<nav><a href="/">خانه</a></nav><div class="today-date">امروز: شنبه ۱۰ آذر ۱۴۰۳</div>
<article><h1>تیم ملی به جام جهانی رسید</h1>%s
<p>تیم ملی فوتبال پس از پیروزی در بازی دیروز به جام جهانی راه یافت و هواداران در خیابان‌ها جشن گرفتند.</p>
<p>این نخستین بار پس از جام جهانی 2010 است که تیم ملی به این رقابت‌ها راه می‌یابد و مربی از بازیکنان قدردانی کرد.</p>
<p>فدراسیون فوتبال اعلام کرد که اردوی آماده‌سازی تیم از ماه آینده آغاز خواهد شد و بازی‌های دوستانه برگزار می‌شود.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("head", "dateline", "iso"),
    [
        ("", "", None),  # no date of its own: none, not 2010-01-01 from a sentence
        ("", '<div class="post-meta"><span class="news-date">۱۲ اردیبهشت ۱۴۰۳</span></div>', "2024-05-01"),
        ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-02T10:00:00+03:30"}</script>',
         "", "2024-05-02"),
    ],
)
def test_html_date_is_the_pages_own_never_a_year_from_a_sentence(head: str, dateline: str, iso: str | None) -> None:
    article = one_article("page.html", (SPORTS_PAGE % (head, dateline)).encode())
    assert article.title == "تیم ملی به جام جهانی رسید"
    assert (article.iso_date or "")[:10] == (iso or "")
