"""What the agreement view asks of the library, put together on a worker thread.

A `Comparison` is everything one look at the view needs: the report (figures per tag and pair,
per article), and for the pair of coders the view shows side by side, the claim/denial/none
confusion, the stretches where they differ, what the consensus author decided on each, and the
texts of the articles concerned. No Qt here: it runs in `ReadingJob`'s worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field

from reader.core.disagreements import CodedSpan
from reader.core.errors import Cancelled
from reader.core.record import Record
from reader.core.records import TagRecord
from reader.services.agreement import AgreementReport, ConfusionTable, Disagreement
from reader.services.library import Library


class Request(Record):
    """Who and what to compare; `pair` picks two of `authors` for the confusion and disagreements."""

    authors: tuple[str, ...]
    tags: tuple[str, ...] | None = None  # None: every tag they used
    collection_id: int | None = None
    pair: tuple[str, str] | None = None
    consensus: str = ""


class ArticleText(Record):
    title: str
    text: str
    direction: str


class Comparison(Record, frozen=False):
    request: Request
    report: AgreementReport
    tags: list[TagRecord]  # every tag of the library, for names and colours
    confusion: ConfusionTable | None = None
    disagreements: list[Disagreement] = field(default_factory=list)
    decisions: list[tuple[CodedSpan, ...]] = field(default_factory=list)  # per disagreement
    texts: dict[int, ArticleText] = field(default_factory=dict)  # the articles of the disagreements


def compare(library: Library, request: Request, report_progress: Callable[[int, int], None],
            cancelled: Callable[[], bool], previous: AgreementReport | None = None) -> Comparison:
    """The report (or `previous`, when only the pair changed), then the pair's figures. Raising from
    `report_progress` stops the report; `cancelled()` is asked between the steps (then `Cancelled`)."""

    def step() -> None:
        if cancelled():
            raise Cancelled()

    tags = library.annotations.tags()
    report = previous if previous is not None else library.agreement.report(
        request.authors, list(request.tags) if request.tags is not None else None, request.collection_id,
        progress=report_progress)
    comparison = Comparison(request, report, tags)
    if request.pair is None or not report.articles:
        return comparison
    first, second = request.pair
    names = list(report.tags)
    step()
    comparison.confusion = library.agreement.confusion(first, second, names, article_ids=report.articles)
    step()
    if names:
        comparison.disagreements = library.agreement.disagreements(first, second, names, article_ids=report.articles)
    step()
    comparison.decisions = library.adjudication.decisions(comparison.disagreements, request.consensus)
    for article_id in sorted({d.article_id for d in comparison.disagreements}):
        article = library.article(article_id)
        if article is not None:
            comparison.texts[article_id] = ArticleText(article.title, article.text, article.direction or "rtl")
    return comparison
