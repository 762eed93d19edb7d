"""Writing small collections for import tests: our own text, in the shapes users save."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import FIXTURES

SEED_SHAPE = (FIXTURES / "dari_seed_shape.txt").read_text(encoding="utf-8")


def dari_page(n: int, footer: str | None = None) -> str:
    """A seed-shaped Dari page whose title and body are unique to `n`."""
    lines = [
        "لینکهای قابل دسترسی",
        "",
        "خبر تازه",
        f"یکشنبه {n % 28 + 1} قوس ۱۴۰۳ کابل ۰۴:۴۲",
        "",
        f"گزارش شماره {n}: مقامات محلی ادعای تازه را رد کردند",
        "",
        "AFGHANISTAN-NEWS/",
        "",
        f"سخنگوی ولایت در روز {n} گفت که گزارش‌ها نادرست است و هیچ حمله‌ای رخ نداده است.",
        "",
        f"باشندگان محل اما می‌گویند که در شب {n} صدای انفجار شنیده‌اند.",
        "",
    ]
    if footer:
        lines += [footer, ""]
    lines += ["XS", "SM", "MD", "LG"]
    return "\n".join(lines)


def write_mixed_collection(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "seed.txt": SEED_SHAPE.encode("utf-8"),
        "bom_crlf.txt": b"\xef\xbb\xbf" + dari_page(1).replace("\n", "\r\n").encode("utf-8"),
        "utf16.txt": dari_page(2).encode("utf-16"),
        "legacy.txt": "۱۵ آبان ۱۴۰۳ تهران ساعت ۱۰:۳۰\n\nخبر قديمي با املاي عربي\n\nمتن خبر در اينجا است.\n".replace("۱", "1").replace("۵", "5").replace("۴", "4").replace("۰", "0").replace("۳", "3").encode("cp1256"),
        "notes.md": "# یادداشت\n\nتاریخ: ۱۲ حمل ۱۴۰۴\n\nمتن یادداشت.\n".encode(),
        "batch.json": json.dumps(
            [{"title": "خبر جیسون", "date": "2025-04-01", "text": "متن یک."}, {"title": "خبر دوم", "paragraphs": ["الف."]}],
            ensure_ascii=False,
        ).encode("utf-8"),
        "page.html": (
            "<html><head><meta charset='utf-8'><title>سایت</title></head><body><article><h1>عنوان صفحه</h1>"
            "<p>متن نخست صفحه که به اندازه کافی طولانی است تا استخراج شود و خوانده شود.</p>"
            "<p>متن دوم صفحه که آن هم طولانی است و ادعای مقامات را بازگو می‌کند.</p></article></body></html>"
        ).encode(),
        "picture.png": b"\x89PNG\r\n\x1a\n\x00\x00",
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    return paths


def insert_article(db, collection: str, title: str, *paragraphs: str) -> int:
    """Store an article with exactly this title and these paragraphs (text = title, blank line,
    paragraphs), bypassing file import, so that tests know every offset."""
    from reader.core.article import Article
    from reader.core.text import content_hash
    from reader.storage import articles_repo, collections_repo
    from reader.storage.database import transaction

    raw = "\n\n".join((title, *paragraphs))
    article = Article(source=f"{collection}/{content_hash(raw)[:12]}.txt", format="txt", title=title,
                      paragraphs=paragraphs, date=None, dateline=None, language="fa", direction="rtl", raw=raw,
                      raw_hash=content_hash(raw))
    with transaction(db):
        return articles_repo.insert(db, collections_repo.get_or_create(db, collection), article)


NEWS_WORDS = "کابل هرات ولایت سخنگو گزارش حمله انفجار طالبان مقامات باشندگان شب روز گفت کرد است".split()


def write_random_news(folder: Path, seed: int, count: int, title_words: int, same_body_every: int,
                      distinct_title_words: bool = False) -> None:
    """`count` short articles of `NEWS_WORDS` drawn at random (`seed`), each titled with
    `title_words` of them (`distinct_title_words`: no word twice) and its number; every
    `same_body_every`-th repeats the one before under another title, so that some scores are equal
    and their order is by id."""
    import random

    rng = random.Random(seed)
    for n in range(count):
        drawn = rng.sample(NEWS_WORDS, k=title_words) if distinct_title_words else rng.choices(NEWS_WORDS, k=title_words)
        title = " ".join(drawn) + f" {n}"
        body = " ".join(rng.choices(NEWS_WORDS, k=rng.randint(5, 120)))
        if n % same_body_every == same_body_every - 1:
            body = (folder / f"{n - 1:03}.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
        (folder / f"{n:03}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
