"""Export and merge from the window: background work, a preview before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reader.gui.exchange_controller import ExportDialog


def test_export_then_merge_with_preview(qtbot, make_window, app_paths, tmp_path) -> None:
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    service = window.controller.service
    article = window.reader.article
    record = window.controller.annotate(article.id, 0, 12, [service.tags()[0].id], "Parwana", "یادداشت")
    out = tmp_path / "team.jsonld"
    dialog = ExportDialog(window.library, window)
    assert dialog.choice() == ("jsonld", None, None, None)
    with qtbot.waitSignal(window.exchange.exported, timeout=20000) as exported:
        window.exchange.export("jsonld", out)
    assert exported.args == [str(out), 1] and out.exists()
    # Deleted here after the export: the local tombstone is newer than the file's copy, so the
    # preview finds nothing to change and offers no merge.
    window.controller.delete(record.uuid)
    window.exchange.preview_merge([out])
    qtbot.waitUntil(lambda: window.exchange.preview is not None and window.exchange.preview.isVisible(), timeout=20000)
    box = window.exchange.preview
    merge_button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert not merge_button.isEnabled()
    assert service.get(record.uuid).deleted
    box.close()


def test_merge_a_colleagues_file_through_the_preview(qtbot, make_window, app_paths, tmp_path) -> None:
    from reader.services.library import Library
    from reader.services.locations import sample_collection_path

    colleague = Library(tmp_path / "colleague.sqlite")
    colleague.import_paths([sample_collection_path()])
    theirs = colleague.annotations
    first = colleague.article(sorted(colleague.article_ids())[0])
    made = theirs.create(first.id, 3, 20, [theirs.create_tag("روایت شاهد").id], "از همکار", "Farid")
    colleague.exchange.export("qdpx", tmp_path / "farid.qdpx")
    colleague.close()

    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    window.exchange.preview_merge([tmp_path / "farid.qdpx"])
    qtbot.waitUntil(lambda: window.exchange.preview is not None and window.exchange.preview.isVisible(), timeout=20000)
    box = window.exchange.preview
    merge_button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert merge_button.isEnabled()
    assert "۱ حاشیه‌نویسی افزوده می‌شود" in box.informativeText()  # what would happen, not what did
    assert window.controller.service.tag_by_name("روایت شاهد") is None  # nothing written yet
    with qtbot.waitSignal(window.ops.changed, timeout=20000):
        merge_button.click()
    merged = window.controller.service.get(made.uuid)
    assert merged.author == "Farid" and merged.note == "از همکار" and not merged.orphan
    assert window.controller.service.tag_by_name("روایت شاهد") is not None
    assert [a.text() for a in window.annotating.tag_actions][-1] == "روایت شاهد"  # the palette followed
    search_tags = window.finding.panel.tag_combo
    assert search_tags.findText("روایت شاهد") >= 0  # and so did the search dock's tag filter
