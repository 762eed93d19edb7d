"""The headline chooser on pages it has never seen, and the body it leaves."""

from __future__ import annotations

import pytest

from reader.core.builder import build_article
from reader.core.formats import extract_documents
from reader.core.title import is_body_line

LEAD = "مقام‌های محلی روز شنبه گفتند که سیلاب دست‌کم صد خانه را در ولسوالی‌های غربی ویران کرده و ده‌ها خانواده بی‌سرپناه شده‌اند."
MORE = "باشندگان محل خواستار کمک فوری شده‌اند و می‌گویند که شب را در فضای باز گذرانده‌اند."
HEADLINE = "سیلاب در غرب کشور صد خانه را ویران کرد"


def article(text: str):
    (doc,) = extract_documents("page.txt", text.encode("utf-8"))
    return build_article(doc)


@pytest.mark.parametrize(
    "header",
    [
        "لینک های دسترسی\n\nافغانستان",  # VOA's older spelling, then a section
        "خبرگزاری معمار\n\nتازه‌ترین خبرها",  # a site's name, the latest-news bar
        "Home / اخبار / افغانستان\n\n۱",  # a breadcrumb without a headline, a counter
        "ثبت بازخورد\n\nلطفا میزان رضایت خود را از دیجیاتو انتخاب کنید.\n\nتکنولوژی",
        "Web Analytics Made Easy - Statcounter\n2024-04-25@07:23:31 GMT\nکد خبر: ۲۹۱۱۲۸۹۵",
        "سخنگوی وزارت:",  # a kicker
        "Quantcast\nViewing all articles\nBrowse latest Browse all 825",
    ],
)
def test_chrome_above_the_headline_is_never_the_headline(header: str) -> None:
    made = article(f"{header}\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert made.title == HEADLINE
    assert made.paragraphs == (LEAD, MORE)


def test_headline_is_not_glued_to_the_next_line() -> None:
    made = article(f"{HEADLINE}\n{LEAD}\n{MORE}\n")
    assert made.title == HEADLINE and made.paragraphs == (LEAD, MORE)


def test_headline_printed_twice_with_a_tag_and_a_kicker_above() -> None:
    made = article(f"عید نوروز\n\nوزیر:\n\n{HEADLINE}\n\n{HEADLINE}\n\n{LEAD}\n")
    assert made.title == HEADLINE and made.paragraphs == (LEAD,)


def test_a_tag_repeated_at_the_start_of_the_headline_is_not_it() -> None:
    made = article(f"احمد مسعود\nاحمد مسعود: {HEADLINE}\n\n{LEAD}\n")
    assert made.title == f"احمد مسعود: {HEADLINE}"


def test_breadcrumb_ending_in_the_headline_gives_it() -> None:
    made = article(f"صفحه نخست » {HEADLINE}\n\n{LEAD}\n")
    assert made.title == HEADLINE


def test_site_name_after_the_headline_is_cut_off_and_names_the_outlet() -> None:
    made = article(f"{HEADLINE} ۸صبح ۸صبح جدید\n\n{LEAD}\n")
    assert made.title == HEADLINE and made.outlet == "Hasht-e Subh"


def test_page_without_a_headline_opens_with_its_lead() -> None:
    made = article(f"کد خبر: 56149 |\nارسال به دوستان\nپ\n\n{LEAD}\n\nبسم الله الرحمن الرحیم\n\n{MORE}\n")
    assert made.title == LEAD and made.paragraphs == ("بسم الله الرحمن الرحیم", MORE)


def test_a_teaser_of_the_lead_above_the_headline_is_dropped_not_the_lead() -> None:
    made = article(f"{LEAD}\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert made.title == HEADLINE and made.paragraphs == (LEAD, MORE)


def test_prose_above_the_headline_that_is_not_repeated_stays() -> None:
    made = article(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert made.paragraphs == (LEAD, MORE)


@pytest.mark.parametrize(
    ("line", "prose"),
    [(LEAD, True), (HEADLINE, False), ("چرا تحویل سال امسال خاص است؟ نظر کارشناسان درباره این روز چه می‌گوید؟", False),
     ("کوتاه.", False)],
)
def test_body_lines(line: str, prose: bool) -> None:
    assert is_body_line(line) is prose


def test_body_cleanup_players_counters_captcha_bars_and_doubled_captions() -> None:
    caption = "بیرق طالبان در ساختمان سفارت افغانستان در مسکو"
    page = (f"{HEADLINE}\n\nplease wait\nNo media source currently available\n0:00 0:07:35\nEmbed\n\n{LEAD}\n\n"
            f"{caption}\n{caption}\n\nخبر فوری\nBreaking News\n\n{MORE}\n\nتعداد نظرات: ۳۶ نظر\n۱۲ نظر\n\n"
            "کد امنیتی\nلطفا کد امنیتی را وارد کنید\n\nتازه‌ترین خبرهای روز را اینجا دنبال کنید\n")
    made = article(page)
    assert made.paragraphs == (LEAD, caption, MORE)


def test_image_names_and_read_more_links_glued_to_lines_go() -> None:
    made = article(f"{HEADLINE}\n\ndefect.jpg{LEAD}\n\n{MORE}… ادامه مطلب »\n")
    assert made.paragraphs == (LEAD, MORE)


def test_after_the_end_marker_only_prose_is_kept() -> None:
    made = article(f"{HEADLINE}\n\n{LEAD}\n\nانتهای پیام/363/ ع\n\nپربیننده‌ترین اخبار\nرازی\nمادیران\n")
    assert made.paragraphs == (LEAD,)
