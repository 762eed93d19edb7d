"""The search dock over a real library: spelling-blind search, word forms, bad queries, the tag filter,
activation, paging, and the results model and delegate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from reader.gui import search_panel as search_panel_module
from reader.gui.search_model import SearchResultDelegate, SearchResultsModel, snippet_html
from reader.gui.search_panel import SearchPanel
from reader.services.library import Library
from reader.core.search_query import parse_query
from reader.services.search import RANKED_TITLE_FIRST, SearchHit, SearchResults

# Arabic kaf and yeh: «كشور», «اين».
ARABIC = (
    "گزارش از كابل\n\n"
    "اوضاع اين كشور پس از انتخابات آرام است و مردم به كار خود برگشتند.\n\n"
    "بازارها باز است.\n"
)
PLURAL = (
    "گزارش نشست منطقه\n\n"
    "نمایندگان کشورها در نشست امروز درباره آب گفتگو کردند.\n"
)
ZWNJ = (
    "باران در هرات\n\n"
    "باران سنگین دیشب در هرات راه‌های اصلی را بست.\n"
)
JOINED = (
    "برف در بامیان\n\n"
    "برف سنگین راههای کوهستانی بامیان را بست و مسافران ماندند.\n"
)


@dataclass
class Env:
    library: Library
    panel: SearchPanel
    arabic: int
    plural: int
    zwnj: int
    joined: int


@pytest.fixture
def env(qtbot, tmp_path: Path):
    folder = tmp_path / "خبرها"
    folder.mkdir()
    names = {"arabic": ARABIC, "plural": PLURAL, "zwnj": ZWNJ, "joined": JOINED}
    for name, text in names.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    library = Library(tmp_path / "l.sqlite")
    report = library.import_paths([folder])
    assert len(report.imported) == 4
    by_title = {library.article(i).title: i for i in report.imported}
    ids = {name: by_title[text.split("\n", 1)[0]] for name, text in names.items()}
    panel = SearchPanel(library)
    panel.resize(420, 600)
    qtbot.addWidget(panel)
    with qtbot.waitExposed(panel):
        panel.show()
    yield Env(library, panel, **ids)
    library.close()


def _search(qtbot, panel: SearchPanel, query: str) -> None:
    panel.query_edit.setText(query)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)


def _count(panel: SearchPanel, n: int) -> str:
    """The status for n results: "%Ln article(s)" with the number in (the tests run untranslated)."""
    text = panel.tr("%Ln article(s)", "", n)
    assert str(n) in text
    return text


def _ids(panel: SearchPanel) -> set[int]:
    model = panel.results_model
    return {model.index(row).data(SearchResultsModel.ArticleIdRole) for row in range(model.rowCount())}


# Searching ------------------------------------------------------------------------------------------------
def test_persian_query_finds_the_arabic_spelling(qtbot, env: Env) -> None:
    _search(qtbot, env.panel, "کشور")
    assert _ids(env.panel) == {env.arabic}  # not «کشورها»: word forms are off
    assert env.panel.status_label.text() == _count(env.panel, 1)
    assert not env.panel.status_icon.isVisibleTo(env.panel)
    index = env.panel.results_model.index(0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "گزارش از كابل"
    snippet = index.data(SearchResultsModel.SnippetRole)
    assert "<b>" in snippet and "#ffe08a" in snippet and "كشور</span></b>" in snippet
    assert index.data(SearchResultsModel.SnippetDirectionRole) == Qt.LayoutDirection.RightToLeft


def test_zwnj_and_joined_spellings_are_one_word(qtbot, env: Env) -> None:
    _search(qtbot, env.panel, "راه های")
    assert _ids(env.panel) == {env.zwnj, env.joined}
    assert env.panel.status_label.text() == _count(env.panel, 2)


def test_word_forms_find_longer_forms(qtbot, env: Env) -> None:
    _search(qtbot, env.panel, "کشور")
    assert _ids(env.panel) == {env.arabic}
    env.panel.word_forms.setChecked(True)  # re-runs at once
    assert _ids(env.panel) == {env.arabic, env.plural}


def test_search_runs_after_a_pause_in_typing(qtbot, env: Env) -> None:
    env.panel.query_edit.setText("باران")
    assert env.panel.results_model.rowCount() == 0  # not yet: the timer waits for the pause
    qtbot.waitUntil(lambda: _ids(env.panel) == {env.zwnj}, timeout=3000)
    env.panel.query_edit.clear()
    qtbot.waitUntil(lambda: env.panel.results_model.rowCount() == 0, timeout=3000)
    assert env.panel.status_label.text() == ""


def test_order_newest_first_keeps_the_same_results(qtbot, env: Env) -> None:
    _search(qtbot, env.panel, "سنگین")
    assert _ids(env.panel) == {env.zwnj, env.joined}
    env.panel.order_combo.setCurrentIndex(env.panel.order_combo.findData("date"))
    assert _ids(env.panel) == {env.zwnj, env.joined}


@pytest.mark.parametrize("query", ['"unbalanced', "OR", "*"])
def test_a_bad_query_shows_its_message_and_empties_the_list(qtbot, env: Env, query: str) -> None:
    from reader.services.search import QueryError

    _search(qtbot, env.panel, "باران")
    assert env.panel.results_model.rowCount() == 1
    with pytest.raises(QueryError) as expected:
        env.library.search.search(query)
    _search(qtbot, env.panel, query)  # must not raise
    assert env.panel.results_model.rowCount() == 0
    assert env.panel.status_label.text() == str(expected.value)
    assert env.panel.status_label.text()
    assert env.panel.status_icon.isVisibleTo(env.panel)
    # A good query afterwards clears the error.
    _search(qtbot, env.panel, "باران")
    assert env.panel.results_model.rowCount() == 1
    assert not env.panel.status_icon.isVisibleTo(env.panel)


# Activation ------------------------------------------------------------------------------------------------
def test_clicking_a_result_emits_its_id_and_hit_spans(qtbot, env: Env) -> None:
    _search(qtbot, env.panel, "کشور")
    view = env.panel.results_view
    index = env.panel.results_model.index(0)
    rect = view.visualRect(index)
    assert rect.isValid()
    with qtbot.waitSignal(env.panel.result_activated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    article_id, spans = blocker.args
    assert article_id == env.arabic
    assert isinstance(spans, tuple) and spans
    text = env.library.article(article_id).text
    assert [text[start:end] for start, end in spans] == ["كشور"]


def test_enter_on_a_result_emits_it(qtbot, env: Env) -> None:
    _search(qtbot, env.panel, "راه های")
    view = env.panel.results_view
    qtbot.keyClick(env.panel.query_edit, Qt.Key.Key_Down)  # Down goes from the query into the list
    assert view.hasFocus() or view.currentIndex().isValid()
    first = view.currentIndex()
    assert first.row() == 0
    with qtbot.waitSignal(env.panel.result_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    article_id, spans = blocker.args
    assert article_id == first.data(SearchResultsModel.ArticleIdRole)
    text = env.library.article(article_id).text
    words = {text[start:end] for start, end in spans}
    assert words and all("راه" in word for word in words)


# Tag filter --------------------------------------------------------------------------------------------------
def test_tag_filter_keeps_articles_with_an_annotation_of_that_tag(qtbot, env: Env) -> None:
    service = env.library.annotations
    tag = service.create_tag("نقل قول")
    other = service.create_tag("آمار")
    text = env.library.article(env.arabic).text
    start = text.index("انتخابات")
    service.create(env.arabic, start, start + len("انتخابات"), [tag.id])

    combo = env.panel.tag_combo
    assert combo.findData(tag.id) == -1  # made after the panel read the tags
    before = combo.count()
    env.panel.refresh_tags()
    assert combo.count() == before + 2
    assert combo.itemText(0) == "Any tag" and combo.itemData(0) is None
    assert combo.itemText(combo.findData(tag.id)) == "نقل قول"

    _search(qtbot, env.panel, "گزارش")
    assert _ids(env.panel) == {env.arabic, env.plural}
    combo.setCurrentIndex(combo.findData(tag.id))  # re-runs at once
    assert _ids(env.panel) == {env.arabic}
    combo.setCurrentIndex(combo.findData(other.id))
    assert _ids(env.panel) == set()
    assert env.panel.status_label.text() == _count(env.panel, 0)

    # The chosen tag survives a refresh; a deleted one falls back to any tag and re-runs.
    combo.setCurrentIndex(combo.findData(tag.id))
    env.panel.refresh_tags()
    assert combo.currentData() == tag.id
    service.delete_tag(tag.id)
    env.panel.refresh_tags()
    assert combo.currentData() is None
    assert _ids(env.panel) == {env.arabic, env.plural}


# Paging --------------------------------------------------------------------------------------------------------
def test_further_pages_are_fetched_one_at_a_time(qtbot, env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_panel_module, "PAGE", 1)
    env.panel.results_view.setModel(None)  # the view would fetch on its own; this test drives it
    _search(qtbot, env.panel, "سنگین")
    model = env.panel.results_model
    assert model.rowCount() == 1 and model.total == 2
    assert env.panel.status_label.text() == _count(env.panel, 2)
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2
    assert not model.canFetchMore(QModelIndex())
    assert _ids(env.panel) == {env.zwnj, env.joined}


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, env: Env) -> None:
    _search(qtbot, env.panel, "راه های")
    assert env.panel.results_model.rowCount() == 2
    qtmodeltester.check(env.panel.results_model, force_py=True)


# Model and delegate on their own ------------------------------------------------------------------------------
def _hit(n: int, snippet: str = "متن خبر درباره کشور و مردم", spans=((14, 18),)) -> SearchHit:
    from reader.core.search_query import parse_query

    # The article text is the snippet itself here, so the hits in the article are the snippet's.
    return SearchHit(n, 1, f"خبر شماره {n}", "2024-03-05T10:30:00+04:30", snippet, spans, snippet, parse_query("کشور"))


def test_paged_model_with_a_fetch_callback(qtmodeltester) -> None:
    all_hits = [_hit(n) for n in range(1, 121)]
    model = SearchResultsModel()
    calls = []

    def fetch() -> None:
        calls.append(model.rowCount())
        model.append_hits(all_hits[model.rowCount() : model.rowCount() + 50])

    model.set_fetch_page(fetch)
    model.set_hits(all_hits[:50], total=120)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100 and calls == [50]
    qtmodeltester.check(model, force_py=True)  # may fetch the last page itself
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 120
    index = model.index(119)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "خبر شماره 120"
    assert index.data(SearchResultsModel.DateRole) == "5\u00a0March\u00a02024"  # the neutral style: Gregorian, English
    assert index.data(SearchResultsModel.ArticleIdRole) == 120
    assert index.data(SearchResultsModel.SpansRole) == ((15, 19),)  # «کشور» in "متن خبر درباره کشور"
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_snippet_html_escapes_and_marks() -> None:
    marked = snippet_html("a <b> & کشور", [(8, 12), (0, 1)])
    assert marked.startswith('<b><span style="background:#ffe08a')
    assert "&lt;b&gt; &amp; " in marked
    assert marked.endswith("کشور</span></b>")
    # Overlapping and out-of-range spans still give well-formed markup.
    assert snippet_html("abcdef", [(1, 3), (2, 5), (4, 99), (7, 9)]).count("<b>") == 1


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight])
def test_delegate_size_and_paint(qtbot, env: Env, direction: Qt.LayoutDirection) -> None:
    env.panel.setLayoutDirection(direction)
    _search(qtbot, env.panel, "راه های")
    view = env.panel.results_view
    delegate = view.itemDelegate()
    assert isinstance(delegate, SearchResultDelegate)
    index = env.panel.results_model.index(0)

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.font = view.font()
    option.direction = direction
    line = QFontMetrics(view.font()).height()
    hint = delegate.sizeHint(option, index)
    assert hint.height() > 2 * line  # title, date and at least one snippet line
    assert view.visualRect(index).height() >= hint.height() - 1

    # A narrower view wraps the snippet onto more lines.
    narrow = env.panel.width()
    env.panel.resize(220, env.panel.height())
    qtbot.waitUntil(lambda: view.viewport().width() < narrow - 100)
    assert delegate.sizeHint(option, index).height() >= hint.height()

    image = QImage(400, hint.height(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    option.rect = QRect(0, 0, 400, hint.height())
    delegate.paint(painter, option, index)
    painter.end()
    assert any(image.pixelColor(x, y) != image.pixelColor(0, 0) for x in range(0, 400, 3) for y in range(hint.height()))

    grabbed = view.grab()
    assert not grabbed.isNull()


# Broad searches ------------------------------------------------------------------------------------------------
def test_a_broad_search_says_its_order_and_whether_its_total_is_estimated(qtbot, env: Env) -> None:
    service = env.library.search
    service.title_first_from = 1  # every search is "broad" in this small library
    _search(qtbot, env.panel, "سنگین")
    assert _ids(env.panel) == {env.zwnj, env.joined}
    exact = env.panel.tr("%Ln article(s); those with a search word in the title first", "", 2)
    assert env.panel.status_label.text() == exact and "2" in exact
    estimated = SearchResults(parse_query("سنگین"), 65_000, [], ranking=RANKED_TITLE_FIRST, estimated=True)
    about = env.panel._total_text(estimated)
    assert about == env.panel.tr("About %Ln article(s); those with a search word in the title first", "", 65_000)
    assert about != exact and "65" in about
