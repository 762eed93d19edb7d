"""Datelines as pages print them: bylines, agency datelines, three calendars, today bars."""

from __future__ import annotations

import datetime

import pytest

from reader.core.builder import build_article
from reader.core.datelines import PUBLISHED, TODAY, UPDATED, paragraph_dateline, read_header_line
from reader.core.dates import parse_dateline
from reader.core.formats import extract_documents

D = datetime.date
T = datetime.time


def article(text: str):
    (doc,) = extract_documents("page.txt", text.encode("utf-8"))
    return build_article(doc)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("• شنبه, 14 جوزا 1401|14:12", "2022-06-04T14:12"),
        ("۱۴۰۰ بهمن ۵, سه‌شنبه", "2022-01-25"),
        ("۵/ ۹/ ۹۷", "2018-11-26"),
        ("۱۲ جوزا ۱۴۰۴ ساعت ۸:۳۰ شب", "2025-06-02T20:30"),
        ("۱۲ جوزا ۱۴۰۴ ساعت ۲ شب", "2025-06-02T02:00"),
        ("۱۲ جوزا ۱۴۰۴ ساعت ۱۲ شب", "2025-06-02T00:00"),
        ("۱۲ جوزا ۱۴۰۴ ساعت ۱:۱۵ ظهر", "2025-06-02T13:15"),
        ("۱۰ جولی ۲۰۲۴", "2024-07-10"),
        ("یکشنبه ۴ آذر ۱۴۰۳ - ۲۲ جمادی‌الاول ۱۴۴۶ - ۲۴ نوامبر ۲۰۲۴", "2024-11-24"),
        ("دوشنبه ۵ آذر ۱۴۰۳ |۲۳ جمادی‌الاول ۱۴۴۶ | Nov 25, 2024", "2024-11-25"),
        ("حوت 03, 1395 16:36 Asia/Kabul", "2017-02-21T16:36:00+04:30"),
        ("(Last Updated On: قوس ۲۴, ۱۴۰۱)", "2022-12-15"),
        ("By | ۱۴۰۲-۰۸-۲۲", "2023-11-13"),
        ("تاریخ انتشار: ۱۰:۲۳ - ۱۲-۰۴-۱۳۹۳", "2014-07-03T10:23"),
        ("Sat, 08.04.2006, 9:39", "2006-04-08T09:39"),
    ],
)
def test_dateline_forms(line: str, iso: str) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None and parsed.iso() == iso


@pytest.mark.parametrize("line", ["۱۴۴۶/۰۵/۲۲", "۲۲ جمادی‌الاول ۱۴۴۶", "۱۴۴۶/۰۵/۲۲ ه.ق", "۱۴۰۳/۰۵/۲۲ ه.ق"])
def test_hijri_qamari_is_never_read_as_solar(line: str) -> None:
    assert parse_dateline(line) is None  # recognised: no solar year 1446 (that would be 2067)


@pytest.mark.parametrize(
    ("line", "iso", "kind"),
    [
        ("نوشته شده توسط امیر امام جمعه | ۹ بهمن ۱۴۰۰ | ۲۲:۰۰", "2022-01-29T22:00", PUBLISHED),
        ("تاریخ انتشار: ۶ شهریور ۱۳۹۹ | کد خبر: ۲۹۱۱۲۸۹۵", "2020-08-27", PUBLISHED),
        ("تاریخ 1399/12/05         ساعت 11:29:45     گروه خبری عمومی", "2021-02-23T11:29:45", PUBLISHED),
        ("iran-emrooz.net | Sat, 08.04.2006, 9:39", "2006-04-08T09:39", "plain"),
        (" سایت روزنو / ۱۴۰۳/۰۹/۲۶", "2024-12-16", "plain"),
        ("به روز شده در: ۰۳ آذر ۱۴۰۳ - ۰۸:۵۲", "2024-11-23T08:52", UPDATED),
        ("• امروز : پنج شنبه - ۲۰ اردیبهشت - ۱۴۰۳", "2024-05-09", TODAY),
    ],
)
def test_header_lines_with_bylines_labels_and_ids(line: str, iso: str, kind: str) -> None:
    found = read_header_line(line)
    assert found is not None
    assert (found[0].iso(), found[1]) == (iso, kind)


def test_agency_and_inline_datelines_open_a_paragraph() -> None:
    found = paragraph_dateline("کابل (پژواک، ۱۵ حوت ۱۴۰۲): مقام‌های محلی می‌گویند که سیلاب خسارت زده است.")
    assert found is not None
    assert (found.date.iso(), found.date.utc_offset_minutes, found.agency) == ("2024-03-05", 270, "پژواک")
    assert found.written == "کابل (پژواک، ۱۵ حوت ۱۴۰۲)"
    inline = paragraph_dateline("کابل، ۱۲ جوزا ۱۴۰۴ - وزارت صحت اعلام کرد که واکسین‌ها رسیده است.")
    assert inline is not None and inline.date.iso() == "2025-06-02" and inline.agency is None
    assert paragraph_dateline("کابل، پایتخت افغانستان - شهری است با پنج میلیون باشنده.") is None


def test_agency_dateline_is_read_and_its_text_stays() -> None:
    page = ("سیلاب در هرات خانه‌های زیادی را ویران کرد\n\n"
            "هرات (پژواک، ۱۵ حوت ۱۴۰۲): مقام‌های محلی می‌گویند که سیلاب دست‌کم صد خانه را در ولسوالی گذره ویران کرده است.\n\n"
            "باشندگان محل خواستار کمک فوری شده‌اند و می‌گویند که شب را در فضای باز گذرانده‌اند.\n")
    made = article(page)
    assert made.iso_date == "2024-03-05" and made.outlet == "Pajhwok" and made.dateline == "هرات (پژواک، ۱۵ حوت ۱۴۰۲)"
    assert made.paragraphs[0].startswith("هرات (پژواک، ۱۵ حوت ۱۴۰۲): مقام‌های محلی")


def test_publication_date_wins_over_today_and_updated_lines() -> None:
    page = ("۰۳ آذر ۱۴۰۳\nبه روز شده در: ۰۳ آذر ۱۴۰۳ - ۰۸:۵۲\nتاریخ انتشار: ۱۰:۲۳ - ۱۲-۰۴-۱۳۹۳\n\n"
            "جشن تیرگان در شهرهای شمالی برگزار شد\n\n"
            "مردم در چند شهر شمالی کشور جشن تیرگان را با آب‌پاشی و موسیقی برگزار کردند و از گردشگران پذیرایی شد.\n")
    made = article(page)
    assert made.iso_date == "2014-07-03T10:23"
    assert "آذر" not in made.text and "تاریخ انتشار" not in made.text


def test_a_today_bar_alone_is_no_publication_date() -> None:
    page = ("  • امروز : پنج شنبه - ۲۰ اردیبهشت - ۱۴۰۳\n  • برابر با : Thursday - 9 May - 2024\n\n"
            "چرا تحویل سال امسال خاص است؟\n\n"
            "بسیاری از ایرانیان در روز نخست سال برای اولین بار تحویل سال را با زبان روزه تجربه خواهند کرد.\n")
    made = article(page)
    assert made.date is None
    assert made.title == "چرا تحویل سال امسال خاص است؟" and "امروز" not in made.text


def test_the_dateline_nearest_the_headline_wins_over_the_sites_date_bar() -> None:
    page = ("سه شنبه ۱۸ اردیبهشت ۱۴۰۳ - Tuesday 7 May 2024\nنمونه امروز\niran-emrooz.net | Sat, 08.04.2006, 9:39\n\n"
            "ایرانیان و عرصه عمومی\n\n"
            "توضیح درباره واژگان می‌تواند از اغتشاش معنایی جلوگیری کند و به فهم بهتر مطالب یاری برساند.\n")
    assert article(page).iso_date == "2006-04-08T09:39"


def test_a_stamp_before_the_text_gives_the_date_and_goes() -> None:
    made = article(" date 2025-08-27 به گزارش خبرنگار مهر، مدیرعامل این خبرگزاری در نشست مدیران استان سخن گفت و از خبرنگاران قدردانی کرد.\n"
                   "او افزود که خبرنگاری شغل سختی است و حمایت قانونی کافی از خبرنگاران وجود ندارد.\n")
    assert made.iso_date == "2025-08-27" and made.outlet == "Mehr News"
    assert "date" not in made.text and made.title.startswith("به گزارش خبرنگار مهر")


def test_an_agency_dateline_wins_over_an_unlabelled_date_bar() -> None:
    page = ("لینک‌های قابل دسترسی\n\nخبر تازه\nیکشنبه ۴ قوس ۱۴۰۳ کابل ۰۴:۴۲\n\nسیلاب در هرات خانه‌ها را ویران کرد\n\n"
            "هرات (پژواک، ۱۵ حوت ۱۴۰۲): مقام‌های محلی می‌گویند که سیلاب دست‌کم صد خانه را ویران کرده است.\n")
    assert article(page).iso_date == "2024-03-05"
