"""Persian sample data and hypothesis strategies shared by the exchange format tests."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from reader.core.anchoring import make_anchor
from reader.core.exchange.model import ArticleNote, ExchangeAnnotation, ExchangeArticle, ExchangeFile, ExchangeTag
from reader.core.text import content_hash

ZWNJ = "\u200c"
TAGS = (ExchangeTag("ادعا", "#e0a21b"), ExchangeTag("تکذیب", "#3b7dd8"), ExchangeTag("نقل‌قول", "#d0453f"),
        ExchangeTag("آمار", "#3a9a5b"))
TAG_NAMES = tuple(tag.name for tag in TAGS)
AUTHORS = ("", "مریم", "Reza Ahmadi", "فرشته‌ی کابلی")

ARTICLE_TEXT = (
    "سخنگوی وزارت‌خارجه: مذاکرات ادامه دارد\n\n"
    "کابل — سخنگوی وزارت‌خارجه روز دوشنبه گفت که مذاکرات با هیئت USA «به خوبی» پیش می‌رود 🙂.\n\n"
    "او افزود: «ما به توافق نزدیک هستیم»، اما جزئیات بیشتری ارائه نکرد. ۲۵ درصد از مردم موافق‌اند 🇦🇫."
)
SECOND_TEXT = "Reuters — The ministry said talks would continue.\n\nمنابع محلی این خبر را تأیید نکردند."


def article(text: str, title: str, **fields: object) -> ExchangeArticle:
    digest = content_hash(text)
    values: dict[str, object] = {"source": "tolonews/1402-05-11.html", "date": "۱۴۰۲/۰۵/۱۱", "direction": "rtl",
                                 "language": "fa-AF"}
    values.update(fields)
    return ExchangeArticle(key=digest, content_hash=digest, title=title, text=text, **values)  # type: ignore[arg-type]


def annotation(of: ExchangeArticle, quote: str, *, tags: tuple[str, ...] = (), note: str = "", author: str = "مریم",
               occurrence: int = 0, deleted: bool = False) -> ExchangeAnnotation:
    assert of.text is not None
    start = -1
    for _ in range(occurrence + 1):
        start = of.text.index(quote, start + 1)
    end = start + len(quote)
    anchor = make_anchor(of.text, start, end)
    return ExchangeAnnotation(
        uuid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{of.key}/{start}/{end}")), article_key=of.key,
        start=start, end=end, exact=anchor.exact, prefix=anchor.prefix, suffix=anchor.suffix, tags=tags, note=note,
        author=author, created="2024-05-01T08:30:00.000+00:00", modified="2024-05-03T17:05:12.250+00:00",
        deleted=deleted,
    )


def sample_file(*, tombstone: bool = True) -> ExchangeFile:
    """Two articles, overlapping annotations, a note with newlines, emoji, commas and quotes."""
    first = article(ARTICLE_TEXT, "سخنگوی وزارت‌خارجه: مذاکرات ادامه دارد")
    second = article(SECOND_TEXT, "Talks \"continue\" & more", source="https://example.org/news?id=7&lang=fa",
                     date=None, direction="ltr", language=None)
    annotations = [
        annotation(first, "مذاکرات با هیئت USA «به خوبی» پیش می‌رود", tags=("ادعا", "نقل‌قول"),
                   note="باید بررسی شود،\nمنبع دوم؟ \"رویترز\" 🤔\r\nخط سوم"),
        annotation(first, "هیئت USA", tags=("تکذیب",), author="Reza Ahmadi"),       # inside the first
        annotation(first, "«ما به توافق نزدیک هستیم»", note="", author=""),          # highlight only
        annotation(first, "۲۵ درصد", tags=("آمار",), note="عدد 25٪ — from <survey> & co"),
        annotation(second, "talks would continue", tags=("ادعا",), note="Latin, with a comma"),
    ]
    if tombstone:
        annotations.append(annotation(first, "وزارت‌خارجه", occurrence=1, tags=("ادعا",), note="حذف شد",
                                      deleted=True))
    return ExchangeFile(articles=(first, second), annotations=tuple(annotations), tags=TAGS)


# --- hypothesis --------------------------------------------------------------------------------

_PIECES = ("کابل", "هرات", "وزارت", ZWNJ, "خارجه", "می", "گوید", "ها", " ", " ", "\n", "\n\n", "،", ".", "؟", "«", "»",
           "USA", "Taliban", "۱۴۰۲", "25", "😀", "🇦🇫", "👍🏽", "ی", "ك", "&", "<")
_NOTE_PIECES = _PIECES + ("\r\n", "\"", ",", "'", "=", "-", "\t")

texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join)
notes = st.one_of(st.just(""), st.lists(st.sampled_from(_NOTE_PIECES), min_size=1, max_size=12).map("".join))
titles = st.one_of(st.just(""), st.lists(st.sampled_from(_PIECES[:10] + ("😀", "\"", "&")), max_size=6).map("".join))
_times = st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC))


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


# A note on a whole article: none, a cleared one (empty, dated) or a text (non-blank: a QDA
# Description that is only spaces says nothing).
article_notes = st.one_of(
    st.none(),
    st.builds(ArticleNote, st.just(""), st.sampled_from(AUTHORS), _times.map(_iso)),
    st.builds(ArticleNote, notes.filter(str.strip), st.sampled_from(AUTHORS), st.one_of(st.just(""), _times.map(_iso))),
)


@st.composite
def exchange_files(draw: st.DrawFn, *, tombstones: bool) -> ExchangeFile:
    article_texts = draw(st.lists(texts, min_size=1, max_size=3, unique_by=content_hash))
    articles = [
        replace(article(text, draw(titles)), source=draw(st.sampled_from(("", "tolo/a.html", "https://x.af/?a=1&b=2"))),
                date=draw(st.sampled_from((None, "", "۱۴۰۲/۰۵/۱۱", "2023-08-02"))),
                direction=draw(st.sampled_from(("rtl", "ltr"))), language=draw(st.sampled_from((None, "fa-AF", "en"))),
                note=draw(article_notes), creator=draw(st.sampled_from(AUTHORS)),
                created=draw(st.one_of(st.just(""), _times.map(_iso))))
        for text in article_texts
    ]
    count = draw(st.integers(0, 8))
    uuids = draw(st.lists(st.uuids(), min_size=count, max_size=count, unique=True))
    annotations = []
    for value in uuids:
        target = draw(st.sampled_from(articles))
        assert target.text is not None
        start = draw(st.integers(0, len(target.text) - 1))
        end = draw(st.integers(start + 1, len(target.text)))
        anchor = make_anchor(target.text, start, end)
        created = draw(_times)
        modified = created + draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)))
        annotations.append(ExchangeAnnotation(
            uuid=str(value), article_key=target.key, start=start, end=end, exact=anchor.exact, prefix=anchor.prefix,
            suffix=anchor.suffix, tags=tuple(draw(st.lists(st.sampled_from(TAG_NAMES), max_size=3, unique=True))),
            note=draw(notes), author=draw(st.sampled_from(AUTHORS)),
            created=created.isoformat(timespec="milliseconds"), modified=modified.isoformat(timespec="milliseconds"),
            deleted=draw(st.booleans()) if tombstones else False,
        ))
    return ExchangeFile(articles=tuple(articles), annotations=tuple(annotations), tags=TAGS)


def expected_after_jsonld(file: ExchangeFile) -> ExchangeFile:
    """What JSON-LD can carry: articles without text, the annotations' targets first (first use
    first), then the articles no annotation targets (listed under hashiya:articles)."""
    articles: dict[str, ExchangeArticle] = {}
    for candidate in file.articles:
        articles.setdefault(candidate.key, candidate)  # the first copy of a key speaks for it
    order = dict.fromkeys([annotation.article_key for annotation in file.annotations] + list(articles))
    return replace(file, articles=tuple(replace(articles[key], text=None) for key in order))


def expected_after_qdpx(file: ExchangeFile) -> ExchangeFile:
    """What a QDA project can carry: no tombstones, selections grouped by source in source order."""
    order = {a.key: index for index, a in enumerate(file.articles)}
    live = sorted((a for a in file.annotations if not a.deleted), key=lambda a: order[a.article_key])
    return replace(file, annotations=tuple(live), articles=tuple(_after_qdpx(a) for a in file.articles))


def _after_qdpx(article: ExchangeArticle) -> ExchangeArticle:
    """A source's Description carries a note with text only; its author and date ride on the
    source's modifyingUser/modifiedDateTime, which fall back to its creator and creation date."""
    note = article.note
    if note is not None:
        note = ArticleNote(note.text, note.author or article.creator, note.modified or article.created) if note.text else None
    return replace(article, note=note)
