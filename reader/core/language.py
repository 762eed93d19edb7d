"""Dari (`fa-AF`) or Iranian Persian (`fa-IR`): from the dateline's months, else from vocabulary.

The Afghan solar months are also ordinary words («جدی» serious, «میزان» amount, «حمل» transport),
so in running text they count only beside a day («۲۳ قوس», «سوم حوت»). Spellings and words that
differ between the two countries decide the rest: «امریکا»/«آمریکا», «شاروالی»/«شهرداری»,
«ولسوالی», «شفاخانه»/«بیمارستان», «مارچ»/«مارس» …
"""

from __future__ import annotations

import re

from reader.core.digits import to_ascii_digits

DARI = "fa-AF"
IRANIAN = "fa-IR"
PERSIAN = "fa"
ENGLISH = "en"

_AFGHAN_MONTHS = "حمل|ثور|جوزا|جوزاء|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت"
_IRANIAN_MONTHS = "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
_DAY = (r"(?:[0-9]{1,2}|اول|یکم|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم|سیزدهم|چهاردهم|پانزدهم"
        r"|بیستم|سی\u200cام|سیام|ده|بیست|سی)")
_EDGE_BEFORE = r"(?<![\w\u200c])"
_EDGE_AFTER = r"(?![\w\u200c])"
_DARI_DATE = re.compile(rf"{_EDGE_BEFORE}{_DAY}\u200c?\s*(?:{_AFGHAN_MONTHS}){_EDGE_AFTER}")
_IRANIAN_DATE = re.compile(rf"{_EDGE_BEFORE}{_DAY}\u200c?\s*(?:{_IRANIAN_MONTHS})(?:\u200c?\s*ماه)?{_EDGE_AFTER}")
_DARI_WORDS = re.compile(
    _EDGE_BEFORE + r"(?:ولسوالی|ولسوالی\u200cها|ولسوال|ولایت|ولایات|شاروال|شاروالی|پوهنتون|پوهنځی|شفاخانه|مکتب|مکاتب"
    r"|صنف|معارف|قومندان|قوماندان|دالر|اردوی|امریکا|امریکایی|کمپنی|فابریکه|منسوبان|باشندگان|باشنده|ساحات|داکتر"
    r"|موتر|ولسی\s*جرگه|پالیسی|چاشت|ذغال|نیویارک|جنوری|فبروری|مارچ|اپریل|جولای|جولی|اگست|سپتمبر|اکتوبر|دسمبر"
    r"|طیاره|تیلفون|مکتوب|لوی\s*څارنوالی|زنده\u200cگی|شهرونده\u200cگی|کرکت|اووره)" + _EDGE_AFTER
)
_IRANIAN_WORDS = re.compile(
    _EDGE_BEFORE + r"(?:آمریکا|آمریکایی|استان|استاندار|استانداری|شهرستان|دانش\u200c?آموز|دانش\u200c?آموزان|بیمارستان"
    r"|شهرداری|پلیس|ارتش|خودرو|تومان|ریال|مجلس\s*شورای\s*اسلامی|ژانویه|فوریه|مارس|آوریل|ژوئن|ژوئیه|اوت|سپتامبر"
    r"|اکتبر|دسامبر|آموزش\s*و\s*پرورش|مدارس|هواپیما|تلفن)" + _EDGE_AFTER
)
_SAMPLE_CHARS = 4000
_PER_WORD = 2  # one word repeated is one writer's habit, not the dialect


def dateline_language(written: str | None) -> str | None:
    """fa-AF or fa-IR when the dateline names a month of only one country's calendar."""
    if not written:
        return None
    if re.search(rf"{_EDGE_BEFORE}(?:{_AFGHAN_MONTHS}){_EDGE_AFTER}", written):
        return DARI
    if re.search(rf"{_EDGE_BEFORE}(?:{_IRANIAN_MONTHS}){_EDGE_AFTER}", written):
        return IRANIAN
    return None


def _score(pattern: re.Pattern[str], text: str) -> int:
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        word = match.group(0)
        counts[word] = min(_PER_WORD, counts.get(word, 0) + 1)
    return sum(counts.values())


def decide_language(direction: str, dateline: str | None, sample: str) -> str:
    if direction == "ltr":
        return ENGLISH
    from_dateline = dateline_language(dateline)
    if from_dateline:
        return from_dateline
    text = to_ascii_digits(sample[:_SAMPLE_CHARS])
    # A day of a month names the calendar: it weighs as two words.
    dari = _score(_DARI_WORDS, text) + 2 * _score(_DARI_DATE, text)
    iranian = _score(_IRANIAN_WORDS, text) + 2 * _score(_IRANIAN_DATE, text)
    if dari >= 2 and dari > iranian:
        return DARI
    if iranian >= 2 and iranian > dari:
        return IRANIAN
    return PERSIAN
