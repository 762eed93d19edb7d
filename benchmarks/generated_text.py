"""News-like Persian/Dari sentences of our own, for benchmarks run without `../shared/corpus`.

A handful of fixed sentences makes every word occur in every article, so a search benchmark
finds no rare word to ask for. These sentences are made from templates whose slots are drawn
with Zipf-like weights from word lists written here, so words have the spread of document
frequencies real text has: function words and a few nouns in most articles, invented place and
person names (syllables put together) in a handful. Every query class finds its words: verbs in
their many forms (word forms), plurals written joined, with ZWNJ or with a space, compounds in all
three spellings, hamza seats of Iranian and Dari spelling, digits glued to words, and decimals.
"""

from __future__ import annotations

import itertools
import random

ZWNJ = "\u200c"

_NOUNS = (
    "کشور شهر ولایت ولسوالی مردم دولت وزارت سخنگو گزارش خبر مقام نیرو امنیت اقتصاد بازار قیمت نرخ تورم آب برق "
    "راه مدرسه دانشگاه بیمارستان کمک پروژه قرارداد انتخابات پارلمان نماینده شورا دهقان محصول گندم باران "
    "سیلاب زلزله مرز کاروان تجارت صادرات واردات بانک پول دالر افغانی ریال کارگر معلم دانشجو زن کودک خانواده "
    "پناهجو مهاجر اردوگاه جاده پل فرودگاه میدان هوایی خط آهن گاز نفت معدن جنگل کوه دریا رودخانه بند سد "
    "حکومت قانون دادگاه قاضی زندان پولیس سرباز حمله انفجار جنگ صلح مذاکره نشست کنفرانس سازمان نهاد"
).split()
_ADJECTIVES = "تازه بزرگ کوچک محلی ملی جدید سخت مهم دولتی خصوصی مرزی جنوبی شمالی شرقی غربی اقتصادی امنیتی".split()
_PLACES = "کابل هرات بلخ قندهار ننگرهار بدخشان هلمند نیمروز تهران مشهد اصفهان شیراز تبریز کرمان یزد".split()
# Hamza seats as Iranian, Arabic-style and Dari writers put them.
_SEATS = (("مسئول", "مسؤول", "مسوول"), ("هیئت", "هیأت", "هیات"), ("رئیس", "رییس", "رئيس"), ("مسئله", "مسأله", "مساله"),
          ("سؤال", "سئوال", "سوال"), ("ارائه", "ارایه", "ارائه"))
# Compounds, and the three ways each is written.
_COMPOUNDS = (("سهمیه", "بندی"), ("جمع", "آوری"), ("بین", "المللی"), ("منطقه", "ای"), ("پیش", "بینی"),
              ("سرمایه", "گذاری"), ("آتش", "بس"), ("نام", "نویسی"), ("بهره", "برداری"), ("دست", "رسی"))
# Verbs: past stem, present stem, and a noun the verb takes.
_VERBS = (("گفت", "گوی"), ("رفت", "رو"), ("کرد", "کن"), ("داد", "ده"), ("آورد", "آور"), ("خواست", "خواه"),
          ("ساخت", "ساز"), ("رسید", "رس"), ("فرستاد", "فرست"), ("پذیرفت", "پذیر"), ("نوشت", "نویس"), ("بست", "بند"))
_PAST_ENDINGS = ("", "ند", "یم", "ید", "م")
_PRESENT_ENDINGS = ("د", "ند", "یم", "ید", "م")
_SYLLABLES = ("کار", "شیر", "گل", "باغ", "دشت", "مهر", "سنگ", "زر", "نو", "بار", "خان", "دل", "سر", "نار", "پور",
              "زاد", "آباد", "یان", "خیل", "دره", "کلا", "بند", "گاه", "ور", "مند", "ستان", "چه", "ری", "لو", "تاش")
_FUNCTION = "و در به از که این را با برای آن یک تا بر هم نیز".split()
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _zipf(rng: random.Random, items: tuple | list) -> object:
    """An item drawn with weight 1/(rank + 3), as word frequencies go: the first few common, the
    tail rare."""
    weights = _WEIGHTS.get(len(items))
    if weights is None:
        weights = _WEIGHTS[len(items)] = list(itertools.accumulate(1 / (rank + 3) for rank in range(len(items))))
    return rng.choices(items, cum_weights=weights)[0]


_WEIGHTS: dict[int, list[float]] = {}


def _name(rng: random.Random) -> str:
    """An invented proper name: most of them rare."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))


def _plural(rng: random.Random, noun: str) -> str:
    suffix = rng.choice(("ها", "های", "ها"))
    return noun + rng.choice((ZWNJ, ZWNJ, " ", "")) + suffix


def _compound(rng: random.Random) -> str:
    first, second = _zipf(rng, _COMPOUNDS)
    return first + rng.choice((ZWNJ, ZWNJ, " ", "")) + second


def _verb(rng: random.Random) -> str:
    past, present = _zipf(rng, _VERBS)
    form = rng.randrange(6)
    if form == 0:
        return past + rng.choice(_PAST_ENDINGS)
    if form == 1:
        return "می" + rng.choice((ZWNJ, ZWNJ, " ")) + present + rng.choice(_PRESENT_ENDINGS)
    if form == 2:
        return "ب" + present + rng.choice(_PRESENT_ENDINGS)
    if form == 3:
        return past + "ه" + rng.choice((" است", f"{ZWNJ}اند", " اند", " بود"))
    if form == 4:
        return "ن" + past + rng.choice(_PAST_ENDINGS)
    return "نمی" + ZWNJ + present + rng.choice(_PRESENT_ENDINGS)


def _number(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}".translate(_PERSIAN_DIGITS if rng.random() < 0.5 else {})
    if kind == 1:
        return f"{rng.randint(1, 9)}/{rng.randint(1, 9)}"
    if kind == 2:
        return str(rng.randint(2, 95)).translate(_PERSIAN_DIGITS) + rng.choice(("درصد", "نفر", "روز", "کیلومتر"))
    if kind == 3:
        return str(rng.choice((1402, 1403, 1404))).translate(_PERSIAN_DIGITS)
    return f"{rng.randint(1, 5)}+{rng.randint(1, 9)}"


def sentence(rng: random.Random) -> str:
    """One sentence; about a dozen words."""
    subject = rng.choice((
        lambda: f"{rng.choice(_SEATS[0])} {_zipf(rng, _NOUNS)}",
        lambda: f"{rng.choice(_SEATS[2])} {rng.choice(_SEATS[1])} {_zipf(rng, _NOUNS)}",
        lambda: f"سخنگوی {_zipf(rng, _NOUNS)} {_zipf(rng, _PLACES)}",
        lambda: f"{_name(rng)} {_name(rng)}",
        lambda: _plural(rng, _zipf(rng, _NOUNS)),
    ))()
    parts = [subject, _zipf(rng, _FUNCTION), _zipf(rng, _NOUNS), _zipf(rng, _ADJECTIVES)]
    if rng.random() < 0.5:
        parts += ["در", rng.choice((_zipf(rng, _PLACES), _name(rng)))]
    if rng.random() < 0.4:
        parts += ["از", _compound(rng)]
    if rng.random() < 0.3:
        parts += [_zipf(rng, _FUNCTION), rng.choice(rng.choice(_SEATS[3:]))]
    if rng.random() < 0.4:
        parts += ["به", _number(rng), _zipf(rng, _NOUNS)]
    parts += [_plural(rng, _zipf(rng, _NOUNS)) if rng.random() < 0.5 else _zipf(rng, _NOUNS), "را", _verb(rng)]
    text = " ".join(parts)
    if rng.random() < 0.15:  # Arabic letters, as some sites still send them
        text = text.replace("ی", "ي").replace("ک", "ك")
    return text


def sentence_bank(count: int = 30_000, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return [sentence(rng) for _ in range(count)]
