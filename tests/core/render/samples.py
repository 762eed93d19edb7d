"""An article with annotations, made of records as the library hands them out (our own text)."""

from __future__ import annotations

from reader.core.records import AnnotationRecord, ArticleRecord, TagRecord

TITLE = "وزارت انرژی ادعای تازه را تکذیب کرد"
PARAGRAPHS = (
    "سخنگوی وزارت انرژی و آب ادعای مقام‌های ایرانی را مبنی بر بسته نگه داشتن دریچه‌های بند رد کرد.",
    "او گفت که کاهش جریان آب نتیجه خشکسالی پیاپی است، نه یک تصمیم سیاسی.",
    "AFGHANISTAN-IRAN-WATER/ گزارش‌ها از 3.5 متر مکعب در ثانیه خبر می‌دهند.",
)
TEXT = "\n\n".join((TITLE, *PARAGRAPHS))

CLAIM = TagRecord(1, "ادعا", "#ffe08a", 0, None)  # a light colour
DENIAL = TagRecord(2, "تکذیب", "#1d3557", 1, None)  # a dark one
TAGS = (CLAIM, DENIAL)


def article(text: str = TEXT, direction: str = "rtl", language: str = "fa-AF") -> ArticleRecord:
    return ArticleRecord(id=7, collection_id=1, source="news/water.txt", version=1, title=text.split("\n\n")[0],
                         date="2024-05-25T11:20:00+04:30", dateline="شنبه ۵ جوزا ۱۴۰۳ کابل ۱۱:۲۰", language=language,
                         direction=direction, format="txt", site="azadi", text=text, content_hash="h")


def annotation(uuid: str, start: int, end: int, tags: tuple[int, ...] = (1,), note: str = "", author: str = "Parwana",
               orphan: bool = False, deleted: bool = False, text: str = TEXT) -> AnnotationRecord:
    return AnnotationRecord(id=0, uuid=uuid, article_id=7, start=start, end=end, quote=text[start:end], prefix="",
                            suffix="", content_hash="h", note=note, author=author, created="2025-01-01T00:00:00Z",
                            modified="2025-01-01T00:00:00Z", deleted=deleted, orphan=orphan, tag_ids=tags)


def span(phrase: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def sample_annotations() -> list[AnnotationRecord]:
    """A claim, a denial overlapping it, one inside the title, and an orphan."""
    claim = annotation("a-claim", *span("ادعای مقام‌های ایرانی را مبنی بر بسته"), (1,), "ادعای اصلی خبر")
    denial = annotation("b-denial", *span("مبنی بر بسته نگه داشتن دریچه‌های بند رد کرد"), (2, 1), "تکذیب رسمی\nخط دوم",
                        "Farid")
    title = annotation("c-title", *span("ادعای تازه"), (1,))
    orphan = annotation("d-orphan", 0, 5, (2,), "جای آن پیدا نشد", orphan=True)
    return [denial, orphan, title, claim]
