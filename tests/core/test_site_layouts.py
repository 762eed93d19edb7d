"""Pages in the shapes the big Afghan and Iranian outlets give them (our own text in their layouts)."""

from __future__ import annotations

from reader.core.builder import build_article
from reader.core.formats import extract_documents

LEAD = "مقام‌های محلی روز شنبه گفتند که سیلاب دست‌کم صد خانه را در ولسوالی‌های غربی ویران کرده و ده‌ها خانواده بی‌سرپناه شده‌اند."
MORE = "باشندگان محل خواستار کمک فوری شده‌اند و می‌گویند که شب را در فضای باز گذرانده‌اند."
HEADLINE = "سیلاب در غرب کشور صد خانه را ویران کرد"


def article(text: str, name: str = "page.txt"):
    (doc,) = extract_documents(name, text.encode("utf-8"))
    return build_article(doc)


def test_voa_dari_old_audio_page() -> None:
    page = (f"لینک های دسترسی\n\nبرو به محتوای اصلی\nبرو به صفحه اصلی\nبروید به جستجو\n\nصفحه اصلی\nافغانستان\n\n"
            f"دوشنبه ۱۳ حمل ۱۴۰۳\n\n{HEADLINE}\n\nplease wait\n\nNo media source currently available\n\n0:00 0:07:35 0:00\n"
            f"Embed\nDirect link\n128 kbps | MP3\n64 kbps | MP3\n\n{LEAD}\n\n{MORE}\n\nنظرات\n")
    made = article(page)
    assert (made.title, made.iso_date, made.language) == (HEADLINE, "2024-04-01", "fa-AF")
    assert made.paragraphs == (LEAD, MORE)


def test_bbc_persian_page() -> None:
    page = (f"رفتن به محتوای اصلی\n\nبی‌بی‌سی فارسی\n\nخبرها\n\n{HEADLINE}\n\n۲۴ نوامبر ۲۰۲۴\n\n"
            f"منبع تصویر، Getty Images\n\n{LEAD}\n\nمطالب پیشنهادی\n\nپایان مطالب پیشنهادی\n\n{MORE}\n")
    made = article(page)
    assert (made.title, made.iso_date, made.outlet) == (HEADLINE, "2024-11-24", "BBC Persian")
    assert made.paragraphs == (LEAD, MORE)


def test_pajhwok_agency_page() -> None:
    page = (f"Home / خبرها / افغانستان\n\n{HEADLINE}\n\n"
            f"کابل (پژواک، ۱۵ حوت ۱۴۰۲): {LEAD}\n\n{MORE}\n")
    made = article(page)
    assert (made.title, made.iso_date, made.outlet, made.language) == (HEADLINE, "2024-03-05", "Pajhwok", "fa-AF")
    assert made.paragraphs[0] == f"کابل (پژواک، ۱۵ حوت ۱۴۰۲): {LEAD}"


def test_mehr_page_with_group_formula_and_news_code() -> None:
    page = (f"خبرگزاری مهر\n\nسیاست\n\n۱۲ آذر ۱۴۰۳، ۱۰:۳۵\nکد خبر ۶۲۹۸۰۰۱\n\nوزیر کشور:\n\n{HEADLINE}\n\n"
            f"خبرگزاری مهر، گروه سیاست: {LEAD}\n\n{MORE}\n\nبرچسب‌ها: سیل، هرات\n")
    made = article(page)
    assert (made.title, made.iso_date, made.outlet) == (HEADLINE, "2024-12-02T10:35", "Mehr News")
    assert made.paragraphs == (f"خبرگزاری مهر، گروه سیاست: {LEAD}", MORE)


def test_tolo_style_page_with_byline_and_share_bar() -> None:
    page = (f"طلوع‌نیوز\n\nتازه‌ترین خبرها\n\nافغانستان\n\n{HEADLINE}\n\nنوشته شده توسط احمد احمدی | ۵ قوس ۱۴۰۳ | ساعت ۸:۳۰ شب\n\n"
            f"{LEAD}\n\n{MORE}\n\nاشتراک گذاری\nفیسبوک\nتوییتر\n")
    made = article(page)
    assert (made.title, made.iso_date, made.outlet) == (HEADLINE, "2024-11-25T20:30", "Tolo News")
    assert made.paragraphs == (LEAD, MORE)


def test_a_long_menu_above_the_article_is_not_the_headline() -> None:
    provinces = "اردبیل|اصفهان|البرز|ایلام|بوشهر|تهران|خوزستان|زنجان|سمنان|فارس|قزوین|قم|کرمان|گیلان|یزد".split("|")
    menu = "\n\n".join(["صفحه نخست", "دانشگاه", "فرهنگ", "سیاست و جهان", "اقتصاد", *provinces, "پخش زنده"])
    page = f"{menu}\n\n۱۹:۴۲ | ۲۸ / ۰۳ /۱۴۰۴\n| |\n\n{HEADLINE}\n\n{LEAD}\nکد خبر : 979437\n\nبه گزارش خبرگزاری آنا، {MORE}\n"
    made = article(page)
    assert (made.title, made.iso_date, made.outlet) == (HEADLINE, "2025-06-18T19:42", "ANA")
    assert made.paragraphs == (LEAD, f"به گزارش خبرگزاری آنا، {MORE}")


def test_a_short_list_in_the_article_stays() -> None:
    items = ["نان", "برنج", "روغن", "شکر", "چای"]
    made = article(f"{HEADLINE}\n\n{LEAD}\n\n" + "\n".join(items) + f"\n\n{MORE}\n")
    assert made.paragraphs == (LEAD, *items, MORE)
