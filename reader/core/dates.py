"""Recognising and formatting dates in Persian and Dari news articles.

Afghan (Dari) and Iranian outlets use the same solar calendar but different
month names, and both also print Gregorian dates with transliterated month
names. ``parse_dateline`` decides whether a whole line is a dateline and
``parse_date_value`` does the same for metadata fields, which may also hold
ISO 8601 or RFC 2822 timestamps. Solar conversion is jdatetime's: its own converter (`jalali_core`) to
show a date, which does not import jdatetime (locale, platform, greenlet: ~10–40 ms at start-up),
and jdatetime itself to check a parsed solar date.
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import NamedTuple

from reader.core.lazy_pattern import lazy_compile
from reader.core.digits import to_ascii_digits, to_persian_digits
from reader.core.record import Record

AFGHAN_SOLAR = "afghan_solar"
IRANIAN_SOLAR = "iranian_solar"
GREGORIAN = "gregorian"

SOLAR_YEARS = range(1300, 1501)
HIJRI_YEARS = range(1300, 1501)
# Numeric dates with these years are Hijri-qamari: solar 1421 is the year 2042.
HIJRI_NUMERIC_YEARS = range(1421, 1501)
GREGORIAN_YEARS = range(1900, 2101)

KABUL_OFFSET = 270
# Iran abolished daylight saving time in 2022. Older timestamps from the
# summer were really +04:30, but a fixed +03:30 is an accepted simplification.
TEHRAN_OFFSET = 210

_AFGHAN_MONTHS = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله",
                  "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت")
_IRANIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                   "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_DARI_GREGORIAN = ("جنوری", "فبروری", "مارچ", "اپریل", "می", "جون",
                   "جولای", "اگست", "سپتمبر", "اکتوبر", "نوامبر", "دسمبر")
_IRANIAN_GREGORIAN = ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن",
                      "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر")

# Spellings seen in the wild beyond the canonical ones above. A ZWNJ marks a
# place where writers use a ZWNJ, a space or nothing; Arabic ي/ك, ۀ and the
# hamza above are folded by _normalize, so they need no entries here.
_EXTRA_AFGHAN = {3: ("جوزاء",)}
_EXTRA_IRANIAN = {2: ("اردی\u200cبهشت",), 5: ("امرداد",), 8: ("ابان",), 9: ("اذر",)}
_EXTRA_GREGORIAN = {
    1: ("ژانوئیه",), 2: ("فیبروری",), 4: ("آپریل", "ایپریل"), 5: ("مئی",),
    6: ("ژوین",), 7: ("جولائی", "ژوییه", "جولی"), 8: ("آگوست", "آگست", "اگوست"),
    11: ("نومبر",),
}
# Hijri-qamari months: recognised so that «۲۲ جمادی‌الاول ۱۴۴۶» is never read as a solar date.
_HIJRI_MONTHS = (("محرم",), ("صفر",), ("ربیع\u200cالاول", "ربیع\u200cالاولی"),
                 ("ربیع\u200cالثانی", "ربیع\u200cالآخر", "ربیع\u200cالاخر"),
                 ("جمادی\u200cالاول", "جمادی\u200cالاولی", "جمادی\u200cالأولی"),
                 ("جمادی\u200cالثانی", "جمادی\u200cالثانیه", "جمادی\u200cالآخر", "جمادی\u200cالاخری"),
                 ("رجب", "رجب\u200cالمرجب"), ("شعبان", "شعبان\u200cالمعظم"), ("رمضان", "رمضان\u200cالمبارک"),
                 ("شوال", "شوال\u200cالمکرم"), ("ذی\u200cالقعده", "ذیقعده"), ("ذی\u200cالحجه", "ذیحجه"))
HIJRI = "hijri"
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
                   "august", "september", "october", "november", "december")

_WEEKDAYS = ("شنبه", "یک\u200cشنبه", "دو\u200cشنبه", "سه\u200cشنبه", "چهار\u200cشنبه",
             "پنج\u200cشنبه", "جمعه", "آدینه", "monday", "tuesday", "wednesday",
             "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
             "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

_CITIES = {
    "کابل": KABUL_OFFSET, "هرات": KABUL_OFFSET, "مزار\u200cشریف": KABUL_OFFSET,
    "قندهار": KABUL_OFFSET, "کندهار": KABUL_OFFSET, "جلال\u200cآباد": KABUL_OFFSET,
    "kabul": KABUL_OFFSET, "herat": KABUL_OFFSET, "kandahar": KABUL_OFFSET,
    "تهران": TEHRAN_OFFSET, "مشهد": TEHRAN_OFFSET, "اصفهان": TEHRAN_OFFSET,
    "شیراز": TEHRAN_OFFSET, "تبریز": TEHRAN_OFFSET,
    "tehran": TEHRAN_OFFSET, "mashhad": TEHRAN_OFFSET, "isfahan": TEHRAN_OFFSET,
}

# Words that never name a city. Without them a short sentence such as
# "۱۳ می ۲۰۲۴ اعلام شد" would pass as a dateline with the city "اعلام شد".
_NOT_CITY = frozenset((
    "در از به با که و را تا این آن شد شده است بود کرد گفت سال ماه روز هفته امروز "
    "دیروز فردا گذشته آینده برگزار خبر گزارش اعلام ها های یک بر برای هم نیز "
    "تاریخ وقت ساعت پیش بعد قبل on at in the of by and dated published updated"
).split())

_Kind = str  # token kinds: num, numdate, time, month, weekday, city, hour, ampm, suffix, filler, word


class ParsedDate(Record):
    date: datetime.date
    time: datetime.time | None
    utc_offset_minutes: int | None
    calendar: str
    city: str | None

    def aware_datetime(self) -> datetime.datetime | None:
        if self.time is None or self.utc_offset_minutes is None:
            return None
        zone = datetime.timezone(datetime.timedelta(minutes=self.utc_offset_minutes))
        return datetime.datetime.combine(self.date, self.time, tzinfo=zone)

    def iso(self) -> str:
        aware = self.aware_datetime()
        if aware is not None:
            return aware.isoformat(timespec="seconds")
        if self.time is None:
            return self.date.isoformat()
        spec = "seconds" if self.time.second else "minutes"
        return f"{self.date.isoformat()}T{self.time.isoformat(timespec=spec)}"


class _Token(NamedTuple):
    kind: _Kind
    value: object
    start: int
    end: int


# --- normalisation -----------------------------------------------------------

_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "أ": "ا",
                       "إ": "ا", "ٱ": "ا", "\u00a0": " ", "\u2009": " ", "\u202f": " "})
# Harakat, the hamza above (ژانویهٔ), tatweel and bidi controls carry no meaning here.
_DROP = frozenset([*map(chr, range(0x064B, 0x0660)), "\u0670", "\u0640", "\u200d", "\u200e",
                   "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)),
                   *map(chr, range(0x2066, 0x206A)), "\ufeff"])


def _normalize(text: str) -> tuple[str, list[int]]:
    """Fold spelling variants; also return, per output char, its index in ``text``."""
    folded = to_ascii_digits(text).translate(_FOLD)
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(folded):
        if ch not in _DROP:
            chars.append(ch)
            origin.append(i)
    return "".join(chars), origin


def _key(phrase: str) -> str:
    return re.sub(r"[\s\u200c.]", "", _normalize(phrase)[0]).lower()


def _phrase_pattern(phrase: str) -> str:
    # A ZWNJ or space inside a name may be written as either, or omitted.
    parts = re.split(r"[\s\u200c]+", _normalize(phrase)[0])
    return r"[\s\u200c]*".join(re.escape(p) for p in parts)


# --- vocabulary --------------------------------------------------------------

def _build_vocabulary() -> dict[str, tuple[_Kind, object]]:
    """Map every accepted spelling, as written in source, to its meaning."""
    vocab: dict[str, tuple[_Kind, object]] = {}
    for n in range(1, 13):
        for name in (_AFGHAN_MONTHS[n - 1], *_EXTRA_AFGHAN.get(n, ())):
            vocab[name] = ("month", (AFGHAN_SOLAR, n))
        for name in (_IRANIAN_MONTHS[n - 1], *_EXTRA_IRANIAN.get(n, ())):
            vocab[name] = ("month", (IRANIAN_SOLAR, n))
        english = ENGLISH_MONTHS[n - 1]
        for name in (_DARI_GREGORIAN[n - 1], _IRANIAN_GREGORIAN[n - 1],
                     *_EXTRA_GREGORIAN.get(n, ()), english, english[:3]):
            vocab[name] = ("month", (GREGORIAN, n))
    for n, names in enumerate(_HIJRI_MONTHS, start=1):
        vocab.update((name, ("month", (HIJRI, n))) for name in names)
    vocab["sept"] = ("month", (GREGORIAN, 9))
    vocab.update((name, ("weekday", None)) for name in _WEEKDAYS)
    vocab.update((name, ("city", offset)) for name, offset in _CITIES.items())
    vocab["ساعت"] = ("hour", None)
    return vocab


_END = r"(?![\w\u200c])"


# The vocabulary and its patterns are made when first used (about 30 ms): displaying a stored ISO
# date, as the window does at start, needs none of them.
@cache
def _spellings() -> dict[str, tuple[_Kind, object]]:
    return _build_vocabulary()


@cache
def _vocab() -> dict[str, tuple[_Kind, object]]:
    return {_key(name): meaning for name, meaning in _spellings().items()}


@cache
def _vocab_re() -> re.Pattern[str]:
    # Longest first, so that "سه شنبه" wins over "شنبه" and "sept" over "sep".
    phrases = sorted({_phrase_pattern(name) for name in _spellings()}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(phrases)})\.?{_END}", re.IGNORECASE)


# Multi-part tokens that are not simple names, tried before the vocabulary.
@cache
def _special() -> tuple[tuple[re.Pattern[str], _Kind, object], ...]:
    return tuple(
        (re.compile(pattern + _END, re.IGNORECASE), kind, value)
        for pattern, kind, value in (
            (r"ق\.?\s*ظ\.?|قبل\s*از\s*ظهر|a\.?m\.?", "ampm", "am"),
            (r"ب\.?\s*ظ\.?|بعد\s*از\s*ظهر|p\.?m\.?|عصر", "ampm", "pm"),
            (r"شب", "ampm", "night"),
            (r"صبح|بامداد", "ampm", "morning"),
            (r"ظهر", "ampm", "noon"),
            (r"asia\s*/\s*kabul", "city", KABUL_OFFSET),
            (r"asia\s*/\s*tehran", "city", TEHRAN_OFFSET),
            (r"ه\.?\s*ش\.?|هجری\s*(?:شمسی|خورشیدی)|خورشیدی|شمسی|ش", "suffix", "solar"),
            (r"میلادی|م\.?", "suffix", GREGORIAN),
            (r"ه\.?\s*ق\.?|هجری\s*قمری|قمری|ق", "suffix", HIJRI),
            (r"(?:به\s*)?وقت\s*محلی", "filler", "local"),
            (r"به\s*وقت", "filler", "zone"),
        )
    )

# Labels before a dateline, by what they say of its date (reader.core.datelines tells them apart).
LABEL_LEAD = r"^[\s(•·*\-–—]*"
PUBLISHED_LABEL = (r"(?:تاریخ(?:\s*(?:انتشار|نشر|ارسال|خبر))?|زمان\s*انتشار|منتشر[\s\u200c]*شده(?:\s*در)?|انتشار"
                   r"|(?:published|posted)(?:\s+on)?|by|date)(?![^\W\d_])")
UPDATED_LABEL = (r"(?:تاریخ\s*به[\s\u200c]*روز[\s\u200c]*رسانی|(?:آخرین\s*)?(?:به[\s\u200c]*|ب)روز[\s\u200c]*(?:شده|رسانی)"
                 r"(?:\s*در)?|(?:last\s+)?updated(?:\s+on)?)(?![^\W\d_])")
_LABEL_RE = lazy_compile(rf"{LABEL_LEAD}(?:{UPDATED_LABEL}|{PUBLISHED_LABEL})\s*[:：]?\s*", re.IGNORECASE)
_SEP_RE = lazy_compile(r"[\s\u200c،,\-–—|/:؛;.()\[\]«»\"'•·]+")
_YMD_RE = lazy_compile(r"([0-9]{4})\s?([-/.])\s?([0-9]{1,2})\s?\2\s?([0-9]{1,2})(?![0-9])")
_DMY_RE = lazy_compile(r"([0-9]{1,2})\s?([-/.])\s?([0-9]{1,2})\s?\2\s?([0-9]{4})(?![0-9])")
# «۵/ ۹/ ۹۷»: day, month and a two-digit solar year (Persian pages do not write Gregorian ones so).
_DMY2_RE = lazy_compile(r"([0-9]{1,2})\s?/\s?([0-9]{1,2})\s?/\s?([0-9]{2})(?![0-9:])")
# Two-digit solar years up to this one are 14xx, later ones 13xx.
_TWO_DIGIT_PIVOT = 40
_TIME_RE = lazy_compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?![0-9])")
_NUM_RE = lazy_compile(r"[0-9]{1,4}(?![0-9])")
_WORD_RE = lazy_compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*")
_MAX_LINE = 120  # datelines are short; longer lines are body text


def _match_special(s: str, pos: int) -> tuple[re.Match[str], _Kind, object] | None:
    for pattern, kind, value in _special():
        if m := pattern.match(s, pos):
            return m, kind, value
    return None


def _tokenize(s: str) -> list[_Token] | None:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(s):
        if m := _SEP_RE.match(s, pos):
            pos = m.end()
            continue
        if m := _YMD_RE.match(s, pos):
            tokens.append(_Token("numdate", (int(m[1]), int(m[3]), int(m[4])), pos, m.end()))
        elif m := _DMY_RE.match(s, pos):
            tokens.append(_Token("numdate", (int(m[4]), int(m[3]), int(m[1])), pos, m.end()))
        elif m := _DMY2_RE.match(s, pos):
            short = int(m[3])
            year = (1400 if short <= _TWO_DIGIT_PIVOT else 1300) + short
            tokens.append(_Token("numdate", (year, int(m[2]), int(m[1])), pos, m.end()))
        elif m := _TIME_RE.match(s, pos):
            hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
            if hour > 23 or minute > 59 or second > 59:
                return None
            tokens.append(_Token("time", datetime.time(hour, minute, second), pos, m.end()))
        elif m := _NUM_RE.match(s, pos):
            tokens.append(_Token("num", m[0], pos, m.end()))
        elif special := _match_special(s, pos):
            m, kind, value = special
            tokens.append(_Token(kind, value, pos, m.end()))
        elif m := _vocab_re().match(s, pos):
            kind, value = _vocab()[_key(m[0])]
            tokens.append(_Token(kind, value, pos, m.end()))
        elif m := _WORD_RE.match(s, pos):
            tokens.append(_Token("word", m[0], pos, m.end()))
        else:
            return None  # a character no dateline contains
        pos = m.end()
    return tokens


# --- interpretation ----------------------------------------------------------

class _DateGroup(NamedTuple):
    family: str  # AFGHAN_SOLAR / IRANIAN_SOLAR / GREGORIAN / HIJRI, or "numeric"
    year: int
    month: int
    day: int
    year_index: int


def _find_dates(tokens: list[_Token]) -> tuple[list[_DateGroup], set[int]] | None:
    """Group day, month and year tokens; also return the indices of numbers used."""
    groups: list[_DateGroup] = []
    used: set[int] = set()

    def is_num(i: int, *lengths: int) -> bool:
        return (0 <= i < len(tokens) and i not in used and tokens[i].kind == "num"
                and len(str(tokens[i].value)) in lengths)

    for i, tok in enumerate(tokens):
        if tok.kind == "numdate":
            year, month, day = tok.value  # type: ignore[misc]
            groups.append(_DateGroup("numeric", year, month, day, i))
        elif tok.kind == "month":
            family, month = tok.value  # type: ignore[misc]
            if is_num(i - 1, 1, 2) and is_num(i + 1, 4):
                day_i, year_i = i - 1, i + 1           # ۴ قوس ۱۴۰۳
            elif is_num(i + 1, 1, 2) and is_num(i + 2, 4):
                day_i, year_i = i + 1, i + 2           # Nov 24, 2024
            elif is_num(i - 1, 4) and is_num(i + 1, 1, 2):
                day_i, year_i = i + 1, i - 1           # ۱۴۰۰ بهمن ۵
            else:
                return None  # a month without both day and year
            used.update((day_i, year_i))
            groups.append(_DateGroup(family, int(str(tokens[year_i].value)), month,
                                     int(str(tokens[day_i].value)), year_i))
    return groups, used


def _to_gregorian(group: _DateGroup, afghan_city: bool) -> tuple[datetime.date, str] | None:
    family = group.family
    if family == "numeric":
        if group.year in SOLAR_YEARS:
            # Digits alone do not say which country wrote them; Iranian
            # sources are the majority unless the line names an Afghan city.
            family = AFGHAN_SOLAR if afghan_city else IRANIAN_SOLAR
        else:
            family = GREGORIAN
    try:
        if family == GREGORIAN:
            if group.year not in GREGORIAN_YEARS:
                return None
            return datetime.date(group.year, group.month, group.day), family
        if group.year not in SOLAR_YEARS:
            return None
        # jdatetime rejects day 31 of the autumn/winter months and 30 اسفند
        # outside leap years by raising ValueError.
        import jdatetime

        return jdatetime.date(group.year, group.month, group.day).togregorian(), family
    except ValueError:
        return None


def clock_hour(hour: int, part: str) -> int:
    """The 24-hour clock for a 12-hour time and the part of day written after it («۸:۳۰ شب» is 20:30)."""
    if part in ("am", "morning"):
        return hour % 12
    if part == "pm":
        return hour % 12 + 12
    if part == "noon":  # «۱۲ ظهر», «۲ ظهر»
        return hour if hour == 12 or hour >= 6 else hour + 12
    return 0 if hour == 12 else hour + 12 if hour >= 6 else hour  # night: «۸ شب», «۲ شب»


def _is_hijri(group: _DateGroup, qamari_years: set[int]) -> bool:
    if group.family == HIJRI or group.year_index in qamari_years:
        return True
    # «۱۴۴۶/۰۵/۲۲»: a year no solar date has reached yet is a Hijri-qamari one.
    return group.family == "numeric" and group.year in HIJRI_NUMERIC_YEARS


def _suffix_fits(suffix: object, calendar: str | None) -> bool:
    if calendar is None:
        return False
    if suffix in (GREGORIAN, HIJRI):
        return calendar == suffix
    return calendar in (AFGHAN_SOLAR, IRANIAN_SOLAR)


def _read_time(tokens: list[_Token], used: set[int]) -> tuple[bool, datetime.time | None]:
    """Return (ok, time); ok is False when the time-related tokens do not fit together."""
    found: list[datetime.time] = []
    for i, tok in enumerate(tokens):
        after = tokens[i + 1].kind if i + 1 < len(tokens) else None
        before = tokens[i - 1].kind if i > 0 else None
        if tok.kind == "hour" and after not in ("time", "num"):
            return False, None
        if tok.kind == "time":
            found.append(tok.value)  # type: ignore[arg-type]
        elif tok.kind == "num" and i not in used:
            # Outside a date, a bare number is only allowed as "ساعت ۱۴".
            if before != "hour" or int(str(tok.value)) > 23:
                return False, None
            found.append(datetime.time(int(str(tok.value))))
        elif tok.kind == "ampm":
            if before not in ("time", "num") or not found or not 1 <= found[-1].hour <= 12:
                return False, None
            found[-1] = found[-1].replace(hour=clock_hour(found[-1].hour, str(tok.value)))
    if len(found) > 1:
        return False, None
    return True, found[0] if found else None


def _find_city(tokens: list[_Token]) -> tuple[bool, tuple[int, int] | None, int | None]:
    """Return (ok, span of the city in the normalised text, its UTC offset if known)."""
    spans: list[tuple[int, int, int | None]] = []
    run: list[_Token] = []
    for tok in [*tokens, _Token("end", None, 0, 0)]:
        if tok.kind == "word":
            # Single letters are stray glue such as the "T" of an ISO timestamp.
            if len(str(tok.value)) < 2 or str(tok.value).lower() in _NOT_CITY:
                return False, None, None
            run.append(tok)
            continue
        if run:
            if len(run) > 2:  # longer runs of unknown words are prose
                return False, None, None
            spans.append((run[0].start, run[-1].end, None))
            run = []
        if tok.kind == "city":
            spans.append((tok.start, tok.end, tok.value))  # type: ignore[arg-type]
    if len(spans) > 1:
        return False, None, None
    if not spans:
        return True, None, None
    start, end, offset = spans[0]
    return True, (start, end), offset


@cache
def _looks_dated_pattern() -> re.Pattern[str]:
    months = [_phrase_pattern(name) for name, (kind, _value) in _spellings().items() if kind == "month"]
    variants = "|".join(sorted(set(months), key=len, reverse=True)).replace("ی", "[یيى]").replace("ک", "[کك]")
    digit = "[0-9۰-۹٠-٩]"
    numeric = rf"{digit}{{1,4}}\s?[-/.]\s?{digit}{{1,2}}\s?[-/.]\s?{digit}{{1,4}}"
    return re.compile(rf"{numeric}|(?<![^\W\d_])(?:{variants})(?![^\W\d_])", re.IGNORECASE)


def looks_dated(line: str) -> bool:
    """Whether `line` names a month or holds a numeric date: a cheap test before `parse_dateline`."""
    return _looks_dated_pattern().search(line) is not None


def parse_dateline(line: str) -> ParsedDate | None:
    """Parse ``line`` if the whole line is a dateline, else return None."""
    if len(line.strip()) > _MAX_LINE:
        return None
    text, origin = _normalize(line)
    if not re.search(r"[0-9]", text):
        return None
    label = _LABEL_RE.match(text)
    offset_in_text = label.end() if label else 0
    tokens = _tokenize(text[offset_in_text:])
    if not tokens:
        return None
    tokens = [t._replace(start=t.start + offset_in_text, end=t.end + offset_in_text)
              for t in tokens]

    found = _find_dates(tokens)
    if not found or not found[0]:
        return None
    groups, used = found
    if sum(t.kind == "weekday" for t in tokens) > 1:
        return None
    ok, time = _read_time(tokens, used)
    if not ok:
        return None
    ok, span, utc_offset = _find_city(tokens)
    if not ok:
        return None

    calendars: dict[int, str] = {}
    dates: set[datetime.date] = set()
    qamari_years = {i - 1 for i, tok in enumerate(tokens) if tok.kind == "suffix" and tok.value == HIJRI}
    for group in groups:
        if _is_hijri(group, qamari_years):
            # Recognised, and never read as a solar date; the line's other calendars give the day.
            if not (1 <= group.month <= 12 and 1 <= group.day <= 30 and group.year in HIJRI_YEARS):
                return None
            calendars[group.year_index] = HIJRI
            continue
        converted = _to_gregorian(group, utc_offset == KABUL_OFFSET)
        if converted is None:
            return None
        dates.add(converted[0])
        calendars[group.year_index] = converted[1]
    if len(dates) != 1:
        return None  # no solar or Gregorian date, or two that disagree
    for i, tok in enumerate(tokens):
        # "ه.ش", "میلادی" or "ه.ق" must follow a year of the matching calendar.
        if tok.kind == "suffix" and not _suffix_fits(tok.value, calendars.get(i - 1)):
            return None
        # "به وقت" ("in the time of") must name the place.
        following = tokens[i + 1].kind if i + 1 < len(tokens) else None
        if tok.kind == "filler" and tok.value == "zone" and following not in ("city", "word"):
            return None

    calendar = next(calendars[g.year_index] for g in groups if calendars[g.year_index] != HIJRI)
    city = line[origin[span[0]]:origin[span[1] - 1] + 1] if span else None
    return ParsedDate(dates.pop(), time, utc_offset, calendar, city)


_ISO_RE = lazy_compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}"
                     r"(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?", re.IGNORECASE)
_RFC2822_RE = lazy_compile(r"(?:[A-Za-z]{3},\s*)?[0-9]{1,2}\s+[A-Za-z]{3}\s+[0-9]{4}\s+"
                         r"[0-9]{2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[+-][0-9]{4}|[A-Za-z]{1,3})")


def _from_datetime(moment: datetime.datetime) -> ParsedDate | None:
    if moment.year not in GREGORIAN_YEARS:
        return None
    offset = moment.utcoffset()
    minutes = None if offset is None else int(offset.total_seconds() // 60)
    wall = moment.time().replace(microsecond=0, tzinfo=None)
    return ParsedDate(moment.date(), wall, minutes, GREGORIAN, None)


def parse_date_value(value: str) -> ParsedDate | None:
    """Parse a metadata value: an ISO 8601 or RFC 2822 timestamp, or any dateline."""
    text = to_ascii_digits(value.strip())
    if _ISO_RE.fullmatch(text):
        try:
            return _from_datetime(datetime.datetime.fromisoformat(text))
        except ValueError:
            return None
    if _RFC2822_RE.fullmatch(text):
        import email.utils

        try:
            return _from_datetime(email.utils.parsedate_to_datetime(text))
        except (TypeError, ValueError):
            return None
    return parse_dateline(value)


# --- formatting --------------------------------------------------------------

def _style_index(style: str) -> int:
    if style not in ("afghan", "iranian"):
        raise ValueError(f"unknown date style {style!r}; expected 'afghan' or 'iranian'")
    return 0 if style == "afghan" else 1


def to_solar(d: datetime.date) -> tuple[int, int, int]:
    """(year, month, day) of `d` in the solar hijri calendar, as jdatetime.date.fromgregorian gives them."""
    from jalali_core import GregorianToJalali

    return GregorianToJalali(d.year, d.month, d.day).getJalaliList()


def format_solar(d: datetime.date, style: str = "afghan") -> str:
    """Format ``d`` in the solar calendar, e.g. "۴ قوس ۱۴۰۳" or "۴ آذر ۱۴۰۳"."""
    months = (_AFGHAN_MONTHS, _IRANIAN_MONTHS)[_style_index(style)]
    year, month, day = to_solar(d)
    return to_persian_digits(f"{day} {months[month - 1]} {year}")


def format_gregorian_persian(d: datetime.date, style: str = "afghan") -> str:
    """Format ``d`` as a Gregorian date with Dari or Iranian month names."""
    months = (_DARI_GREGORIAN, _IRANIAN_GREGORIAN)[_style_index(style)]
    return to_persian_digits(f"{d.day} {months[d.month - 1]} {d.year}")
