"""One change event: every view follows what an operation changed, whoever ran it; closing the window
cancels what runs; an undo step that cannot be undone says so and leaves the stack in step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.changes import Changes
from reader.services.library import Library
from tests.gui.test_annotating import select
from tests.services.helpers import dari_page


def _long_page(n: int, extra: str = "") -> str:
    body = "\n\n".join(f"بند {i} از گزارش {n}: باشندگان گفتند که بازار کابل امروز باز بود و مردم خرید کردند."
                       for i in range(60))
    return dari_page(n).replace("XS\nSM", body + extra + "\n\nXS\nSM")


def _import_and_wait(qtbot, window, folder: Path):
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as finished:
        window.importer.start([folder])
    return finished.args[0]


def test_reimporting_the_open_article_reopens_it_at_the_same_place_and_tagging_works(qtbot, make_window, app_paths,
                                                                                      tmp_path) -> None:
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    folder = tmp_path / "تازه"
    folder.mkdir()
    page = folder / "kabul.txt"
    page.write_text(_long_page(7), encoding="utf-8")
    report = _import_and_wait(qtbot, window, folder)
    (old_id,) = report.imported
    assert window.panel.select_article(old_id)
    assert window.reader.article.id == old_id
    text = window.reader.article.text
    start = text.index("بازار کابل")
    select(window, start, start + len("بازار کابل"))
    window.annotating.tag_selection(window.controller.tags()[0].id)
    window.reader.set_scroll_fraction(0.5)
    qtbot.waitUntil(lambda: abs(window.reader.scroll_fraction() - 0.5) < 0.05)

    page.write_text(_long_page(7, "\n\nبند تازه: این بند پس از انتشار افزوده شد."), encoding="utf-8")
    report = _import_and_wait(qtbot, window, folder)
    (new_id,) = report.updated
    assert report.superseded == {old_id: new_id}
    # The reader shows the new version (not the deleted one), at the same place, with its highlight.
    assert window.reader.article.id == new_id
    assert window.panel.current_article_id() == new_id
    qtbot.waitUntil(lambda: abs(window.reader.scroll_fraction() - 0.5) < 0.1)
    assert window.annotation_panel.article_model.rowCount() == 1
    window.reader.set_scroll_fraction(0.0)  # the moved highlight is drawn where its passage is
    qtbot.waitUntil(lambda: len(window.reader.text_view.extraSelections()) == 1)
    # The next tag key press tags the new version: no error box.
    text = window.reader.article.text
    start = text.index("بند تازه")
    select(window, start, start + len("بند تازه"))
    window.reader.text_view.setFocus()
    qtbot.keyClick(window.reader.text_view, Qt.Key.Key_2)
    assert len(window.controller.service.for_article(new_id)) == 2
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_one_event_per_tag_edit_reaches_every_view(qtbot, make_window) -> None:
    window = make_window()
    events: list[Changes] = []
    window.ops.changed.connect(lambda changes, _initiator: events.append(changes))
    claim = window.controller.tags()[0]
    window.controller.update_tag(claim.id, name="ادعای رسمی")
    assert len(events) == 1 and events[0].tags
    assert window.annotating.tag_actions[0].text() == "ادعای رسمی"
    assert window.finding.panel.tag_combo.findText("ادعای رسمی") >= 0
    assert window.annotation_panel.tag_filter.findText("ادعای رسمی") >= 0


def test_changes_made_by_another_program_reach_the_views_when_announced(qtbot, make_window, app_paths) -> None:
    """A background operation's worker writes through its own connection; its record refreshes the views."""
    window = make_window()
    other = Library(app_paths["library"])
    article_id = window.reader.article.id
    tag = other.annotations.create_tag("گواه")
    other.annotations.create(article_id, 0, 5, [tag.id], "", "Farid")
    changes = other.take_changes()
    other.close()
    window.ops.changed.emit(changes, None)
    assert window.annotation_panel.article_model.rowCount() == 1
    assert window.annotating.tag_actions[-1].text() == "گواه"
    assert window.controller.undo_stack.count() == 0


def test_a_step_that_can_no_longer_be_undone_says_so_and_leaves_the_stack_in_step(qtbot, make_window, app_paths) -> None:
    window = make_window()
    controller = window.controller
    tag = controller.create_tag("موقت")
    controller.delete_tag(tag.id)
    assert controller.undo_stack.count() == 2
    # Someone else creates a tag of the same name meanwhile: the deleted one cannot come back.
    other = Library(app_paths["library"])
    other.annotations.create_tag("موقت")
    other.close()
    controller.undo_stack.undo()
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "expectedError" and w.isVisible()]
    assert boxes and "موقت" in boxes[0].text() + boxes[0].informativeText()
    boxes[0].close()
    # The failed step is gone; the stack's next undo is the step before it, and it still works.
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.undoText() == controller.tr("New tag")
    controller.undo_stack.undo()
    assert controller.undo_stack.index() == 0


def test_closing_the_window_cancels_a_merge_and_leaves_the_library_as_it_was(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    colleague = Library(tmp_path / "colleague.sqlite")
    from reader.services.locations import sample_collection_path

    colleague.import_paths([sample_collection_path()])
    article = colleague.article(sorted(colleague.article_ids())[0])
    tag = colleague.annotations.create_tag("گواه")
    for n in range(3000):  # enough that the merge is still running when the window closes
        colleague.annotations.create(article.id, n % 200, n % 200 + 5, [tag.id], f"یادداشت {n}", "Farid")
    colleague.exchange.export("jsonld", tmp_path / "farid.jsonld")
    colleague.close()
    from reader.services.exchange import read_exchange_file

    files = [read_exchange_file(tmp_path / "farid.jsonld")]
    window.exchange.apply_merge(files)
    assert window.ops.is_running()
    window.close()
    assert not window.ops.is_running()
    with Library(window.library.path) as library:
        assert library.annotations.tag_by_name("گواه") is None
        assert library.annotations.list_rows() == []


def test_closing_the_window_cancels_an_export_and_writes_no_file(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    out = tmp_path / "out.jsonld"
    window.exchange.export("jsonld", out)
    window.close()
    assert not window.ops.is_running()
    assert not out.exists()
    assert not list(tmp_path.glob(".hashiya-*"))
