"""The agreement view through the real window: the figures, the per-article table, the confusion
table, the disagreement list with each coder's layer, adjudication (undoable, never touching the
coders' own annotations) and blind coding."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtGui import QTextCursor

from reader.core.disagreements import Kind
from reader.gui.agreement_models import ArticleFiguresModel, TagSummaryModel
from reader.gui.coder_layer import AgreementLayer

PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")
ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """A label's text without the direction isolates around its arguments."""
    return text.translate(ISOLATES)


def coded_window(make_window, app_paths, language: str = "en"):
    """A window whose open article two coders tagged: Parwana (the user) and Ali. In the first
    paragraph they differ in boundaries, in the second in tags, in the third only Ali tagged."""
    app_paths["settings"].write_text(f"[preferences]\nauthor=Parwana\nlanguage={language}\n", encoding="utf-8")
    window = make_window()
    article = window.reader.article
    text = article.text
    claim, denial = window.controller.tags()[:2]
    paragraphs = [p for p in text.split("\n\n") if len(p) > 60]
    starts = [text.index(p) + 3 for p in paragraphs[1:4]]
    a, b, c = starts

    def code(library) -> None:
        create = library.annotations.create
        create(article.id, a, a + 30, [claim.id], author="Parwana")
        create(article.id, a + 10, a + 40, [claim.id], author="Ali")
        create(article.id, b, b + 20, [claim.id], author="Parwana")
        create(article.id, b, b + 20, [denial.id], author="Ali")
        create(article.id, c, c + 25, [denial.id], author="Ali")

    window.ops.run(code)
    return window, article, (claim, denial), starts


def open_view(qtbot, window):
    agreement = window.agreement
    agreement.toggle_action.trigger()
    qtbot.waitUntil(lambda: agreement.comparison is not None and not agreement.job.running, timeout=10000)
    return agreement


def live(window, author: str | None = None):
    records = window.library.annotations.for_article(window.reader.article.id)
    return [r for r in records if author is None or r.author == author]


def test_view_shows_alpha_the_pair_matrix_articles_and_confusion(qtbot, make_window, app_paths) -> None:
    window, article, (claim, denial), _ = coded_window(make_window, app_paths)
    agreement = open_view(qtbot, window)
    view = agreement.view
    assert view.pages.currentIndex() == 0 and agreement.dock.isVisible()
    report = window.library.agreement.report(["Ali", "Parwana"])
    assert report.articles == (article.id,)
    summary = view.tag_summary
    assert summary.rowCount() == 2
    names = [summary.index(row, TagSummaryModel.TAG).data() for row in range(2)]
    assert set(names) == {claim.name, denial.name}
    for row, name in enumerate(names):
        alpha = summary.index(row, TagSummaryModel.ALPHA).data()
        assert alpha == f"{report.tags[name].alpha:.3f}"
    # The matrix: κ above the diagonal, unit counts on and below it.
    picked = summary.figures(view.tag_table.currentIndex().row())
    pair = picked.pairs[0]
    assert view.matrix.rowCount() == 2 and view.matrix.columnCount() == 2
    assert view.matrix.index(0, 1).data() == f"{pair.kappa:.3f}"
    assert str(pair.table.both) in view.matrix.index(1, 0).data()
    assert "α" in view.matrix_title.text() and picked.tag in view.matrix_title.text()
    # One compared article, with its agreement; activating it opens it.
    assert view.articles.rowCount() == 1
    assert view.article_proxy.index(0, ArticleFiguresModel.TITLE).data() == report.per_article[0].title
    # Claim/denial/none, unit by unit: the pair's where and which units.
    confusion = window.library.agreement.confusion("Ali", "Parwana", list(report.tags), article_ids=report.articles)
    assert view.confusion.rowCount() == len(confusion.counts)
    assert str(confusion.which_units) in view.confusion_summary.text()
    assert str(confusion.where_units) in view.confusion_summary.text()


def test_fewer_than_two_coders_is_said_not_computed(qtbot, make_window, app_paths) -> None:
    window, *_ = coded_window(make_window, app_paths)
    agreement = open_view(qtbot, window)
    view = agreement.view
    ali = next(view.author_model.item(r) for r in range(view.author_model.rowCount()) if view.author_model.item(r).text() == "Ali")
    ali.setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == 1 and "at least two coders" in view.message.text()


def test_disagreements_listed_with_each_coders_layer_and_shown_in_the_reader(qtbot, make_window, app_paths) -> None:
    window, article, (claim, denial), (a, b, c) = coded_window(make_window, app_paths)
    agreement = open_view(qtbot, window)
    panel = agreement.view.disagreements
    model = panel.model
    kinds = {model.row(i).disagreement.kind for i in range(model.rowCount())}
    assert kinds == {Kind.BOUNDARIES, Kind.TAGS, Kind.FIRST_ONLY} or kinds == {Kind.BOUNDARIES, Kind.TAGS, Kind.SECOND_ONLY}
    assert "3 of 3 shown" in plain(panel.count_label.text())
    # Only one kind at a time.
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(Kind.TAGS.value))
    assert panel.proxy.rowCount() == 1 and "1 of 3 shown" in plain(panel.count_label.text())
    panel.select_key(panel.model.row(panel.proxy.mapToSource(panel.proxy.index(0, 0)).row()).key)
    row = panel.current_row()
    assert row.disagreement.kind == Kind.TAGS and row.disagreement.start == b
    # Side by side: each pane names its coder and shows the passage with that coder's spans.
    first, second = row.disagreement.authors
    assert {first, second} == {"Ali", "Parwana"}
    assert [pane.header.text() for pane in panel.panes] == [first, second]
    for pane in panel.panes:
        assert article.text[b:b + 20] in pane.view.toPlainText()
    # Opening it shows the article with both coders' layers, the stretch emphasised.
    panel.open_action.trigger()
    assert window.reader.article.id == article.id
    marks = window.reader.text_view.marks(AgreementLayer.name)
    assert marks, "the coders' layers are drawn over the article"
    agreement.dock.hide()
    assert not window.reader.text_view.marks(AgreementLayer.name)  # closed view: the reader as it was


def test_accept_writes_the_consensus_author_and_undo_takes_it_back(qtbot, make_window, app_paths) -> None:
    window, article, (claim, denial), (a, b, c) = coded_window(make_window, app_paths)
    agreement = open_view(qtbot, window)
    panel = agreement.view.disagreements
    panel.consensus.setText("اجماع")
    coders_before = {(r.uuid, r.start, r.end, r.tag_ids) for r in live(window) if r.author != "اجماع"}
    position = next(i for i in range(panel.model.rowCount()) if panel.model.row(i).disagreement.kind == Kind.TAGS)
    panel.select_key(panel.model.row(position).key)
    disagreement = panel.current_disagreement()
    accepting = disagreement.authors.index("Ali")
    (panel.accept_first_action if accepting == 0 else panel.accept_second_action).trigger()
    consensus = live(window, "اجماع")
    assert [(r.start, r.end, r.tag_ids) for r in consensus] == [(b, b + 20, (denial.id,))]
    assert {(r.uuid, r.start, r.end, r.tag_ids) for r in live(window) if r.author != "اجماع"} == coders_before
    assert window.preferences.consensus_author == "اجماع"
    assert panel.model.row(position).decision is not None and "1 decided" in plain(panel.count_label.text())
    assert panel.current_row().key != disagreement.article_id and panel.current_row().decision is None  # the next one
    # One step of the window's undo stack, named after the decision.
    stack = window.controller.undo_stack
    assert "Ali" in stack.undoText()
    stack.undo()
    assert live(window, "اجماع") == []
    stack.redo()
    assert [(r.start, r.end, r.tag_ids) for r in live(window, "اجماع")] == [(b, b + 20, (denial.id,))]
    # The consensus author is an author like any other: the next comparison reads the decision back.
    qtbot.mouseClick(agreement.view.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not agreement.job.running and agreement.comparison is not None
                    and agreement.comparison.request.consensus == "اجماع", timeout=10000)
    decided = [panel.model.row(i) for i in range(panel.model.rowCount()) if panel.model.row(i).decision]
    assert [d.disagreement.start for d in decided] == [b]
    assert "اجماع" not in agreement.comparison.report.authors  # not a coder unless the user checks it


def test_accept_both_is_offered_only_where_both_coded(qtbot, make_window, app_paths) -> None:
    window, article, (claim, denial), (a, b, c) = coded_window(make_window, app_paths)
    agreement = open_view(qtbot, window)
    panel = agreement.view.disagreements
    for i in range(panel.model.rowCount()):
        row = panel.model.row(i)
        panel.select_key(row.key)
        one_sided = row.disagreement.kind in (Kind.FIRST_ONLY, Kind.SECOND_ONLY)
        assert panel.accept_both_action.isEnabled() is not one_sided
    position = next(i for i in range(panel.model.rowCount()) if panel.model.row(i).disagreement.kind == Kind.TAGS)
    panel.select_key(panel.model.row(position).key)
    panel.accept_both_action.trigger()
    consensus = live(window, agreement.consensus_author())
    assert [(r.start, r.end, set(r.tag_ids)) for r in consensus] == [(b, b + 20, {claim.id, denial.id})]


def test_edit_dialog_writes_the_drawn_span(qtbot, make_window, app_paths) -> None:
    window, article, (claim, denial), (a, b, c) = coded_window(make_window, app_paths)
    agreement = open_view(qtbot, window)
    panel = agreement.view.disagreements
    position = next(i for i in range(panel.model.rowCount()) if panel.model.row(i).disagreement.kind == Kind.BOUNDARIES)
    panel.select_key(panel.model.row(position).key)
    panel.edit_action.trigger()
    dialog = agreement.dialog
    assert dialog is not None and dialog.isVisible()
    # It starts from both coders' spans.
    assert sorted((s.start, s.end) for s in dialog.spans()) == [(a, a + 30), (a + 10, a + 40)]
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # nothing chosen: nothing removed
    assert len(dialog.spans()) == 2
    while dialog.spans():
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "nothing is tagged" in dialog.hint.text()
    # Select a span in the passage and add it: it must get a tag before OK is possible.
    passage = dialog.passage
    cursor = QTextCursor(passage.document())
    start, end = passage.display.span_to_display(a + 5 - passage.offset, a + 35 - passage.offset)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    passage.setTextCursor(cursor)
    assert dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "at least one tag" in dialog.hint.text()
    column = 1 + [t.id for t in dialog.tags].index(claim.id)
    dialog.model.item(0, column).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled() and [(s.start, s.end, s.tag_ids) for s in dialog.spans()] == [(a + 5, a + 35, (claim.id,))]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    consensus = live(window, agreement.consensus_author())
    assert [(r.start, r.end, r.tag_ids) for r in consensus] == [(a + 5, a + 35, (claim.id,))]
    assert window.controller.undo_stack.undoText() == "Edit the consensus"
    window.controller.undo_stack.undo()
    assert live(window, agreement.consensus_author()) == []


def test_blind_coding_shows_only_my_annotations_and_hides_the_comparison(qtbot, make_window, app_paths) -> None:
    window, article, (claim, denial), (a, b, c) = coded_window(make_window, app_paths)
    agreement = open_view(qtbot, window)
    mine = {r.uuid for r in live(window, "Parwana")}
    view = window.reader.text_view

    def highlighted() -> set[str]:
        return {mark.key for mark in view.marks("annotations")}

    assert highlighted() == {r.uuid for r in live(window)}
    window.blind_coding.action.trigger()
    assert window.blind_coding.on and window.preferences.blind_coding
    assert highlighted() == mine
    panel = window.annotation_panel
    listed = {panel.article_model.record(i).uuid for i in range(panel.article_model.rowCount())}
    assert listed == mine
    assert window.blind_coding.notice.isVisible() and "Parwana" in window.blind_coding.notice.text()
    # The agreement view would show everyone's codes: it says so instead, and draws no layers.
    assert agreement.view.pages.currentIndex() == 1 and agreement.view.unblind_button.isVisible()
    assert not agreement.view.compare_button.isEnabled()
    assert not view.marks(AgreementLayer.name)
    # Tagging the very words a colleague tagged makes a new annotation of mine, not theirs.
    cursor = view.textCursor()
    cursor.setPosition(window.reader.display.to_display(c))
    cursor.setPosition(window.reader.display.to_display(c + 25), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.annotating.tag_selection(claim.id)
    assert [(r.start, r.end) for r in live(window, "Parwana") if r.uuid not in mine] == [(c, c + 25)]
    assert [r.tag_ids for r in live(window, "Ali") if r.start == c] == [(denial.id,)]
    # Off again (the button in the view): everyone's annotations and the comparison come back.
    qtbot.mouseClick(agreement.view.unblind_button, Qt.MouseButton.LeftButton)
    assert not window.blind_coding.on and not window.preferences.blind_coding
    assert highlighted() == {r.uuid for r in live(window)}
    qtbot.waitUntil(lambda: agreement.view.pages.currentIndex() == 0 and not agreement.job.running, timeout=10000)


def test_blind_coding_is_remembered(qtbot, make_window, app_paths) -> None:
    window, *_ = coded_window(make_window, app_paths)
    window.blind_coding.set_on(True)
    window.close()
    again = make_window()
    assert again.blind_coding.on and again.blind_coding.action.isChecked()
    assert {mark.key for mark in again.reader.text_view.marks("annotations")} == {
        r.uuid for r in again.library.annotations.for_article(again.reader.article.id) if r.author == "Parwana"}


def test_persian_view_is_right_to_left_with_persian_digits(qtbot, make_window, app_paths) -> None:
    window, *_ = coded_window(make_window, app_paths, language="fa")
    agreement = open_view(qtbot, window)
    view = agreement.view
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.tabs.tabText(0) != "Figures"  # translated
    alpha = view.tag_summary.index(0, TagSummaryModel.ALPHA).data()
    assert set(alpha) & PERSIAN_DIGITS and not set(alpha) & set("0123456789")
    assert set(view.summary.text()) & PERSIAN_DIGITS and not set(view.summary.text()) & set("0123456789")
    assert set(agreement.view.disagreements.count_label.text()) & PERSIAN_DIGITS
    assert agreement.consensus_author() == "اجماع"


def test_articles_sort_by_agreement_worst_first_and_open_on_activation(qtbot, make_window, app_paths) -> None:
    window, article, (claim, denial), (a, b, c) = coded_window(make_window, app_paths)
    other_id = next(i for i in window.library.article_ids() if i != article.id)
    other = window.library.article(other_id)
    start = len(other.text) // 2

    def agree(library) -> None:  # the second article: both coders mark the same words alike
        for author in ("Parwana", "Ali"):
            library.annotations.create(other_id, start, start + 40, [claim.id], author=author)

    window.ops.run(agree)
    agreement = open_view(qtbot, window)
    view = agreement.view
    proxy = view.article_proxy
    assert proxy.rowCount() == 2
    shown = [proxy.index(row, ArticleFiguresModel.TITLE).data(ArticleFiguresModel.ArticleIdRole) for row in range(2)]
    assert shown == [article.id, other_id]  # the article with differences first
    assert proxy.index(1, ArticleFiguresModel.AGREEMENT).data().startswith("100")
    view.article_table.sortByColumn(ArticleFiguresModel.AGREEMENT, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, ArticleFiguresModel.TITLE).data(ArticleFiguresModel.ArticleIdRole) == other_id
    view.tabs.setCurrentIndex(1)
    view.article_table.activated.emit(proxy.index(0, ArticleFiguresModel.TITLE))
    assert window.reader.article.id == other_id
