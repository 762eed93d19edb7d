"""Settings → Team folder… and a colleague's file arriving while the window is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from reader.gui import team_sync


def colleague(tmp_path: Path, team: Path):
    """A colleague's library holding the same sample articles as a new window's library."""
    from reader.services.library import Library
    from reader.services.locations import sample_collection_path

    library = Library(tmp_path / "colleague.sqlite")
    library.import_paths([sample_collection_path()])
    return library, library.team.open_folder(str(team), "زهرا")


def ok_button(dialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_chooses_folder_and_name_and_writes_my_annotations(qtbot, make_window, app_paths, tmp_path) -> None:
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\nlanguage=en\n", encoding="utf-8")
    window = make_window()
    team = tmp_path / "team"
    team.mkdir()
    article = window.reader.article
    window.controller.annotate(article.id, 0, 12, [window.controller.service.tags()[0].id], "Parwana", "من")
    window.team_folder_action.trigger()
    dialog = window.team_sync.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.author.text() == "Parwana" and dialog.folder.text() == ""
    assert dialog.state.text() == "Not syncing with a team folder."
    # A folder that is not there is refused, and nothing is set.
    dialog.folder.setText(str(tmp_path / "not-mounted"))
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "teamFolderRefused") is not None)
    window.findChild(QMessageBox, "teamFolderRefused").close()
    assert dialog.isVisible() and window.library.team.folder() is None
    dialog.folder.setText(str(team))
    dialog.author.setText(" فرید ")
    ok_button(dialog).click()
    assert not dialog.isVisible()
    assert window.library.team.folder() == str(team) and window.preferences.author == "فرید"
    # Signed Parwana, the annotation is not فرید's to write; one of فرید's is, a few seconds after it is made.
    window.controller.annotate(article.id, 20, 30, [window.controller.service.tags()[0].id], "فرید", "")
    qtbot.waitUntil(lambda: any(team.glob("فرید@*.hashiya/all.jsonld")), timeout=20000)
    (shard,) = team.glob("فرید@*.hashiya/all.jsonld")
    text = shard.read_text(encoding="utf-8")
    assert '"name":"فرید"' in text and "Parwana" not in text
    # Stopping forgets the folder; the name stays.
    window.team_folder_action.trigger()
    dialog = window.team_sync.dialog
    assert dialog.folder.text() == str(team) and dialog.state.text().startswith("Syncing with")
    dialog.findChild(QPushButton, "stopTeamSync").click()
    assert window.library.team.folder() is None and window.preferences.author == "فرید"


def test_a_colleagues_file_arrives_merges_and_is_announced(qtbot, make_window, app_paths, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(team_sync, "POLL_MS", 60_000)  # the watcher, not the periodic check, must see it
    team = tmp_path / "team"
    team.mkdir()
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    window.team_sync.configure(str(team), "Parwana")
    qtbot.waitUntil(lambda: window.team_sync.last_report is not None, timeout=20000)
    assert str(team) in window.team_sync._watcher.directories()

    library, transport = colleague(tmp_path, team)
    try:
        service = library.annotations
        article = library.article(window.reader.article.id)
        made = [service.create(article.id, start, start + 8, [service.tags()[0].id], "", "زهرا")
                for start in (0, 10, 30)]
        with qtbot.waitSignal(window.ops.changed, timeout=20000) as changed:
            library.team.sync(transport)
        assert {m.uuid for m in made} <= changed.args[0].annotation_uuids
        # In Persian, the interface's default: «۳ حاشیه‌نویسی تازه از زهرا».
        qtbot.waitUntil(lambda: "۳ حاشیه‌نویسی تازه از \u2068زهرا\u2069" in window.statusBar().currentMessage(),
                        timeout=20000)
        assert {window.controller.service.get(m.uuid).author for m in made} == {"زهرا"}
        assert window.annotation_panel.article_model.rowCount() == 3  # the open article's panel followed
        # A delete by the colleague arrives the same way.
        service.delete(made[0].uuid)
        library.team.sync(transport)
        qtbot.waitUntil(lambda: "۱ حاشیه‌نویسی را \u2068زهرا\u2069 حذف کرد" in window.statusBar().currentMessage(),
                        timeout=20000)
        assert window.controller.service.get(made[0].uuid).deleted
    finally:
        library.close()


def test_an_unreachable_folder_is_told_once(qtbot, make_window, app_paths, tmp_path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\nlanguage=en\n", encoding="utf-8")
    window = make_window()
    messages: list[str] = []
    window.team_sync.status.connect(messages.append)
    window.team_sync.configure(str(team), "Parwana")
    qtbot.waitUntil(lambda: window.team_sync.last_report is not None, timeout=20000)
    team.rename(tmp_path / "away")
    for _ in range(2):
        before = window.team_sync.last_report
        window.team_sync.request()
        qtbot.waitUntil(lambda b=before: window.team_sync.last_report is not b, timeout=20000)
    assert not window.team_sync.last_report.available
    assert [m for m in messages if "cannot be reached" in m] == [
        f"The team folder \u2068{team}\u2069 cannot be reached; Hashiya will keep trying."]
    (tmp_path / "away").rename(team)
    window.team_sync.request()
    qtbot.waitUntil(lambda: "The team folder is back." in messages, timeout=20000)


def test_closing_the_window_writes_the_last_change(qtbot, make_window, app_paths, tmp_path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    app_paths["settings"].write_text("[preferences]\nauthor=Parwana\n", encoding="utf-8")
    window = make_window()
    window.team_sync.configure(str(team), "Parwana")
    qtbot.waitUntil(lambda: window.team_sync.last_report is not None, timeout=20000)
    article = window.reader.article
    made = window.controller.annotate(article.id, 0, 12, [window.controller.service.tags()[0].id], "Parwana", "")
    assert not any(team.glob("Parwana@*.hashiya/*.jsonld"))  # a few seconds later, not at once
    window.close()
    (shard,) = team.glob("Parwana@*.hashiya/all.jsonld")
    assert made.uuid in shard.read_text(encoding="utf-8")
