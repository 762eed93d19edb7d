"""Where a sentence really ends, given where hazm (or the no-hazm stand-in) thinks it might.

hazm's SentenceTokenizer ends a sentence at a run of . ! ? ؟ followed by a space. Measured on
real news paragraphs that is wrong for about one sentence in seven, always in one of these ways,
which `sentence_ends` corrects:

* An end inside a closing quote or bracket («… کاری نکردیم.» جوابم …) is missed, because the
  punctuation is followed by the quote, not a space: the sentence ends after the quote.
* «و ...» / «و …» is "etc.", not an end.
* A question or exclamation embedded in a longer sentence («… آیا اجرا می‌شود یا خیر؟ خاطرنشان
  کرد: …») is followed by the sentence's own verb of saying; a Persian sentence never starts
  with that verb, so this is not an end.
* Spaced abbreviations and initials («ق. ظ.»، «م. احمدی»، «U.S. Army», «Dr. Ali»): a period
  after a single letter, after letters separated by periods, or after a short list of Latin
  titles.
* An enumerator at the start of a paragraph or sentence («۱. …», «2) …», «الف. …»).
* Inside a quotation not introduced by a colon (a title, a slogan: شعار «مرگت باد! …» سر دادند)
  the quotation's own punctuation ends no sentence; nor does a closing quote followed by «،» or
  «و «…»» (a list of quotations).
* A piece without a letter (a verse number «(77)» after a quotation) is no sentence of its own.
* A period typed without its space between two Persian words («… ثبت کنند.وزارت …») is an end.
* An end hidden by a footnote mark («….[12] …») or an invisible direction mark before the space.

All offsets are code points into the text; nothing here rewrites it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.lazy_pattern import lazy_compile

# hazm's end punctuation (its SentenceTokenizer pattern) followed by closing quotes or brackets,
# a footnote mark («.[12]») or invisible direction marks, then a space.
_QUOTE_END = lazy_compile(r"[!.?\u2e2e\u061f]+(?:[»”’\"')\]\u200c\u200e\u200f\u202c]|\[[^\]\s]{1,10}\])+(?=\s)")
# A "sentence" without a letter (a verse number «(77)», a lone date) belongs to the one before.
_LETTER = lazy_compile(r"[^\W\d_]")

_ELLIPSIS_AFTER_AND = lazy_compile(r"(?:^|[\s(«])و\s*(?:\.{2,}|…)\s*$")
# One letter before the period, or letters each followed by a period (U.S., ق.ظ.), as a whole token.
_INITIALS = lazy_compile(r"(?:^|[\s(«\"])(?:[^\W\d_]\.)+$")
_LATIN_TITLES = lazy_compile(
    r"(?:^|[\s(«\"])(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|Gen|Col|Lt|Capt|Gov|Sen|Rep|Rev|No|Vol|pp?)\.$",
    re.IGNORECASE,
)
_ENUMERATOR = lazy_compile(r"^[(\[]?(?:[0-9\u06f0-\u06f9\u0660-\u0669]{1,3}|[a-zA-Z]|الف|ب|ج|د)[.)\-]$")

_K = "[کك]"
_Y = "[یي]"
_LIGHT_VERB = rf"(?:{_K}رد|داشت|شد|نمود|ساخت|{_K}ردند|داشتند|شدند|نمودند|ساختند)"
# A verb of saying (with its preverb) as the first words after an end: the end was not one.
_CONTINUATION = lazy_compile(
    r"\s*(?:"
    rf"(?:خاطر[\s\u200c]*نشان|تصر{_Y}ح|تا{_K}{_Y}د|تأ{_K}{_Y}د|اظهار|عنوان|اضافه|{_Y}اد[\s\u200c]*آور(?:{_Y})?|"
    rf"ب{_Y}ان|اعلام|ابراز|توض{_Y}ح|علاوه|{_Y}ادآوری|اذعان|تشر{_Y}ح)[\s\u200c]+{_LIGHT_VERB}"
    r"|(?:گفت|افزود|نوشت|پرس[یي]د|ادامه[\s\u200c]+داد)(?:ند)?\s*[:：]"
    r")(?![^\W\d_])"
)


_OPENERS = {"«": "»", "“": "”"}
# Direct speech opens after a colon, at the start of a paragraph or after a sentence's end.
_SPEECH_OPENS_AFTER = frozenset(":：.!?\u061f")
_QUOTE_LIST_AFTER = lazy_compile(r"\s*(?:[،,]|و\s*[«“])")


_QUOTE_MARKS = lazy_compile("[«»“”]")


def embedded_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of «…» / “…” quotations in text[start:end] that open inside a sentence (not after a
    colon, a sentence end or at the paragraph's start): titles, slogans and quoted phrases,
    whose own punctuation ends no sentence. A quotation that is never closed in the paragraph is
    ignored."""
    marks = [(m.start(), m.group()) for m in _QUOTE_MARKS.finditer(text, start, end)]
    spans: list[tuple[int, int]] = []
    n = 0
    while n < len(marks):
        opened, mark = marks[n]
        closer = _OPENERS.get(mark)
        if closer is None:
            n += 1
            continue
        depth, m = 0, n + 1
        while m < len(marks) and not (marks[m][1] == closer and depth == 0):
            depth += (marks[m][1] == mark) - (marks[m][1] == closer)
            m += 1
        if m == len(marks):
            n += 1
            continue
        before = opened - 1
        while before >= start and text[before].isspace():
            before -= 1
        if before >= start and text[before] not in _SPEECH_OPENS_AFTER:
            spans.append((opened, marks[m][0]))
        n = m + 1
    return spans


# A period typed without its space between two Persian words («ثبت کنند.وزارت»); two letters on
# each side, so that «ج.ا.ا» and other initials are not cut.
_GLUED_END = lazy_compile(r"(?<=[\u0621-\u063a\u0641-\u064a\u067e-\u06cc]{2})\.(?=[\u0621-\u063a\u0641-\u064a\u067e-\u06cc]{2})")


def missed_ends(text: str, start: int, end: int) -> list[int]:
    """Ends hazm misses in text[start:end]: inside a closing quote or bracket, or a period typed
    without its space."""
    return sorted([match.end() for match in _QUOTE_END.finditer(text, start, end)]
                  + [match.end() for match in _GLUED_END.finditer(text, start, end)])


def is_end(text: str, sentence_start: int, end: int, limit: int) -> bool:
    """Whether a sentence that began at `sentence_start` really ends at `end` (just after its
    punctuation), judging by the text around it up to `limit` (the paragraph's end)."""
    before = text[max(sentence_start, end - 40):end]
    if _ELLIPSIS_AFTER_AND.search(before):
        return False
    if before.endswith(".") and (_INITIALS.search(before) or _LATIN_TITLES.search(before)):
        return False
    if _ENUMERATOR.match(text[sentence_start:end].strip()):
        return False
    if end < limit and _CONTINUATION.match(text, end, min(limit, end + 40)):
        return False
    if text[end - 1] in "»”" and _QUOTE_LIST_AFTER.match(text, end, limit):
        return False  # «…!»، «…!» و «…!»: a list of quotations inside one sentence
    return True


def sentence_ends(text: str, start: int, end: int, candidates: Iterable[int]) -> list[int]:
    """The real sentence ends in text[start:end] (a paragraph), from candidate ends (offsets just
    after a sentence's punctuation, or where a sentence's text stops); `end` is always one."""
    ends: list[int] = []
    sentence_start = start
    embedded = embedded_quotes(text, start, end)
    for candidate in sorted(set(candidates) | set(missed_ends(text, start, end))):
        if not start < candidate < end or any(q_start < candidate <= q_end for q_start, q_end in embedded):
            continue
        if text[sentence_start:candidate].strip() and is_end(text, sentence_start, candidate, end):
            ends.append(candidate)
            sentence_start = candidate
    ends.append(end)
    # Merged backwards so that a letterless piece joins the sentence it follows.
    return [stop for n, stop in enumerate(ends) if n + 1 == len(ends) or _LETTER.search(text, stop, ends[n + 1])]
