import pytest

from reader.core.chrome import BoilerplateCounter, boilerplate_candidates, is_boilerplate, is_known_chrome


@pytest.mark.parametrize(
    "line",
    ["لینکهای قابل دسترسی", "لینک‌های قابل دسترسی", "خبر تازه", "XS", "SM", "MD", "LG", " LG ", "USA-SECURITY/",
     "AFGHANISTAN-TALIBAN/WOMEN", "PAKISTAN-POLITICS/"],
)
def test_known_chrome(line: str) -> None:
    assert is_known_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["", "پاکستان: با ایالات متحده راه‌ها را بررسی کردیم", "COVID-19", "UNAMA", "خبر تازه‌ای از کابل رسید",
     "LG Electronics گفت", "۴۵٪"],
)
def test_not_chrome(line: str) -> None:
    assert not is_known_chrome(line)


def test_boilerplate_needs_share_and_count() -> None:
    counter = BoilerplateCounter(min_files=3, min_share=0.3)
    footer = "کلیه حقوق این سایت محفوظ است."
    for i in range(10):
        lines = [f"عنوان خبر شماره {i}", footer] + (["یک جمله تکراری"] if i < 2 else [])
        counter.add_file(boilerplate_candidates(lines))
    learned = counter.learned()
    assert is_boilerplate(footer, learned)
    assert is_boilerplate("كليه حقوق اين سايت محفوظ است", learned)  # Arabic spelling, no final dot
    assert not is_boilerplate("یک جمله تکراری", learned)  # in 2 of 10 files only
    assert not is_boilerplate("عنوان خبر شماره 3", learned)


def test_too_few_files_learn_nothing() -> None:
    counter = BoilerplateCounter(min_files=3)
    for _ in range(2):
        counter.add_file(boilerplate_candidates(["منو اصلی سایت"]))
    assert counter.learned() == frozenset()


def test_long_lines_are_never_boilerplate() -> None:
    counter = BoilerplateCounter(min_files=2, min_share=0.5)
    paragraph = "این یک پاراگراف طولانی است " * 10
    for _ in range(4):
        counter.add_file(boilerplate_candidates([paragraph]))
    assert not is_boilerplate(paragraph, counter.learned())


@pytest.mark.parametrize(
    "line",
    ["کد خبر: ۱۲۳۴۵۶", "کد خبر 98765", "برچسب‌ها: تورم، بانک مرکزی", "اشتراک‌گذاری", "کلیه حقوق این سایت محفوظ است.",
     "© 2024 خبرگزاری نمونه. All rights reserved.", "تمامی حقوق برای خبرگزاری محفوظ است", "صفحه اصلی", "بین‌الملل"],
)
def test_chrome_patterns(line: str) -> None:
    assert is_known_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["کد خبر این گزارش را منتشر نکرده است و مقامات می‌گویند که حقوق کارمندان پرداخت شده است",
     "او گفت حقوق بشر باید محفوظ بماند و هیچ‌کس نباید بازداشت شود."],
)
def test_sentences_resembling_chrome_stay(line: str) -> None:
    assert not is_known_chrome(line)


def test_datelines_and_sentences_are_never_learned() -> None:
    counter = BoilerplateCounter()
    dateline = "شنبه ۲۳ فروردین ۱۳۸۲"
    sentence = "امام جمعه بروجرد گفت: مردم باید در انتخابات شرکت کنند و به آینده امیدوار باشند."
    for i in range(6):
        counter.add_file(boilerplate_candidates([dateline, f"خبر شماره {i}", sentence, "صفحه نخست سایت"]))
    learned = counter.learned()
    assert is_boilerplate("صفحه نخست سایت", learned)
    assert not is_boilerplate(dateline, learned)
    assert not is_boilerplate(sentence, learned)


def test_copies_of_one_story_count_once() -> None:
    body = "این یک پاراگراف طولانی از متن خبر است که در هر سه نسخه ذخیره‌شده یکسان آمده است " * 3
    counter = BoilerplateCounter(min_files=3)
    for copy in range(3):
        counter.add_file(boilerplate_candidates([f"نسخه {copy}", "عنوان خبر", body]))
    assert counter.files == 1
    assert counter.learned() == frozenset()


@pytest.mark.parametrize(
    "line",
    ["please wait", "No media source currently available", "0:00 0:07:35", "۱", "| 2", "تعداد نظرات: ۳۶ نظر",
     "کد امنیتی", "Breaking News", "خبر فوری", "تازه‌ترین خبرها", "لینک های دسترسی", "ثبت بازخورد",
     "انتهای پیام/363/ ع", "لطفا از نوشتن با حروف لاتین (فینگلیش) خودداری نمایید.", "(Last Updated On: )",
     "2024-04-25@07:23:31 GMT", "بیشتر بخوانید: اخباری که در وبسایت منتشر نمی‌شوند!"],
)
def test_players_counters_captcha_and_bars_are_chrome(line: str) -> None:
    assert is_known_chrome(line)


@pytest.mark.parametrize("line", ["۱۴۰۳ سال خوبی بود", "امام جمعه بروجرد گفت", "سوم حوت", "کابل، ۱۲ جوزا ۱۴۰۴"])
def test_lines_with_numbers_or_names_are_not_chrome(line: str) -> None:
    assert not is_known_chrome(line)
