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
_PROVINCES = ("بدخشان|بادغیس|بغلان|بلخ|بامیان|دایکندی|فراه|فاریاب|غزنی|غور|هلمند|هرات|جوزجان|کابل|کندهار|قندهار"
              "|کاپیسا|خوست|کنر|کندز|قندوز|لغمان|لوگر|ننگرهار|نیمروز|نورستان|ارزگان|اروزگان|پکتیا|پکتیکا|پنجشیر"
              "|پروان|سمنگان|سرپل|تخار|وردک|میدان\\s*وردک|زابل")
_DARI_WORDS = re.compile(
    _EDGE_BEFORE + r"(?:ولسوالی|ولسوالی\u200cها|ولسوال|شاروال|شاروالی|پوهنتون|پوهنځی|شفاخانه|قومندان|قوماندان|دالر"
    r"|امریکا|امریکایی|کمپنی|فابریکه|منسوبان|باشندگان|باشنده|ساحات|داکتر|موتر|ولسی\s*جرگه|پالیسی|چاشت|ذغال|نیویارک"
    r"|جنوری|فبروری|مارچ|اپریل|اگست|سپتمبر|اکتوبر|دسمبر|طیاره|تیلفون|زنده\u200cگی|شهرونده\u200cگی|کرکت|اووره|بشمول|کنترول"
    # «ولایت» is a province in Kabul and the Guardian's rule in Tehran: only the former counts.
    rf"|(?:این|آن|در)\s+ولایت|ولایت\u200c?\s*(?:های|ها|{_PROVINCES})|ولایات"
    # «مکاتب» are schools in Kabul and schools of thought in Tehran.
    r"|مکاتب(?!\s*(?:فکری|فلسفی|ادبی|هنری|اسلامی|سیاسی|مختلف|دینی|عرفانی|اقتصادی|کلامی|دیگر)))" + _EDGE_AFTER
)
# Words both countries use, in Iran with another sense («صنف» a guild, «اردو» a camp, «مکتب» a school
# of thought): each distinct one weighs half.
_SHARED_WORDS = re.compile(_EDGE_BEFORE + r"(?:مکتب|صنف|معارف|اردوی|جولای|جولی|مکتوب|دروازه|ثانوی)" + _EDGE_AFTER)
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
    shared = len({match.group(0) for match in _SHARED_WORDS.finditer(text)}) / 2
    dari = _score(_DARI_WORDS, text) + 2 * _score(_DARI_DATE, text) + shared
    iranian = _score(_IRANIAN_WORDS, text) + 2 * _score(_IRANIAN_DATE, text)
    if dari >= 2 and dari > iranian:
        return DARI
    if iranian >= 2 and iranian > dari:
        return IRANIAN
    return PERSIAN
