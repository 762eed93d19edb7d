"""Generating seed-shaped articles for benchmarks.

Sentences come from `../shared/corpus` (real Persian news) when that folder is present,
else from a small bank of our own; either way every article is unique. Every article also names
a few people and places made of Persian syllables (a few thousand names, each in a handful of
articles), so that even a library built from our own small bank has the rare words the search
benchmark's rare-word class needs (on a fresh clone, without ../shared).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

_OWN_BANK = [
    "سخنگوی وزارت امور خارجه روز دوشنبه گفت که گزارش‌ها درباره توقف مذاکرات نادرست است",
    "مقامات محلی این ادعا را رد کردند و گفتند که هیچ درگیری در منطقه رخ نداده است",
    "به گفته منابع محلی، دست‌کم ده خانواده از روستاهای مرزی به شهر پناه برده‌اند",
    "وزارت اقتصاد اعلام کرد که نرخ تورم در ماه گذشته به ۳.۵ درصد کاهش یافته است",
    "یک عضو شورای ولایتی به خبرنگاران گفت که کمک‌ها هنوز به دست آسیب‌دیدگان نرسیده است",
    "این نهاد در اعلامیه‌ای تأکید کرد که برنامه‌های آموزشی دختران ادامه خواهد یافت",
    "کارشناسان می‌گویند کاهش بارندگی، کشاورزان ولسوالی‌های جنوبی را با مشکل جدی روبه‌رو کرده است",
    "دفتر والی ولایت گزارش بازداشت دو خبرنگار را تکذیب کرد",
    "نمایندگان پارلمان خواستار تحقیق مستقل درباره قرارداد انتقال برق شدند",
    "بانک مرکزی گفت که ارزش پول ملی در برابر دالر امریکایی ثابت مانده است",
    "شاهدان عینی می‌گویند صدای چند انفجار در نزدیکی میدان هوایی شنیده شده است",
    "سازمان ملل متحد از افزایش شمار بازگشت‌کنندگان از کشورهای همسایه خبر داد",
]
_DATELINE_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
# Syllables of made-up names: 24³ = 13,824 names, so 100,000 articles × 3 names give each ~20 articles
# (0.02 %) and 1,000 articles give most names one.
_SYLLABLES = ["با", "ری", "گل", "شا", "مو", "نو", "زر", "ده", "کا", "لا", "سی", "تو",
              "پر", "خا", "ور", "جا", "هو", "می", "فر", "سا", "دو", "بی", "نا", "رو"]
_NAME_SENTENCES = [
    "{0} از باشندگان {1} گفت که وضعیت در {2} آرام است",
    "به گفته {0}، نشست بعدی در {1} برگزار می‌شود و نمایندگان {2} نیز در آن شرکت می‌کنند",
    "خبرنگار ما از {0} گزارش داد که {1} و {2} دیروز با هم دیدار کردند",
]
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def sentence_bank(folder: Path = SHARED_CORPUS) -> list[str]:
    if not folder.exists():
        return list(_OWN_BANK)
    sentences: list[str] = []
    for path in sorted(folder.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            for paragraph in item.get("paragraphs", []):
                sentences.extend(s.strip() for s in re.split(r"(?<=[.!؟?])\s+", paragraph) if len(s.strip()) > 30)
    return sentences or list(_OWN_BANK)


def seed_shaped_article(rng: random.Random, bank: list[str], n: int, target_chars: int = 2600) -> str:
    """A page in the seed's shape (chrome, Afghan dateline, slug, paragraphs, font buttons)."""
    day, month, year = rng.randint(1, 29), rng.choice(_DATELINE_MONTHS), rng.choice((1402, 1403, 1404))
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    dateline = f"یکشنبه {day} {month} {year} کابل {hour:02}:{minute:02}".translate(_PERSIAN_DIGITS)
    names = ["".join(rng.choice(_SYLLABLES) for _ in range(3)) for _ in range(3)]
    paragraphs: list[str] = [rng.choice(_NAME_SENTENCES).format(*names)]
    size = len(paragraphs[0])
    while size < target_chars:
        paragraph = " ".join(rng.choice(bank) for _ in range(rng.randint(1, 3)))
        paragraphs.append(paragraph)
        size += len(paragraph)
    title = f"{rng.choice(bank)[:70]} ({n})"
    parts = ["لینکهای قابل دسترسی", "", "خبر تازه", dateline, "", title, "", "", "AFGHANISTAN-NEWS/",
             "AFGHANISTAN-NEWS/", ""]
    for paragraph in paragraphs:
        parts += [paragraph, ""]
    parts += ["XS", "SM", "MD", "LG"]
    return "\n".join(parts)


def write_collection(folder: Path, count: int, seed: int = 7) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    bank = sentence_bank()
    for n in range(count):
        (folder / f"{n:06}.txt").write_text(seed_shaped_article(rng, bank, n), encoding="utf-8")
    return folder
