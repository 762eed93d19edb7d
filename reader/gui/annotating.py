"""Tagging from the reader: the tag palette, keys 1–9, the context menu, highlights, undo/redo.

The main window owns one `Annotating`; it turns what the reader and panels report into
controller calls and keeps the reader's highlights and word segments current.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QToolBar, QWidget

from reader.core import lexicon, words
from reader.core.changes import Changes
from reader.gui import icons, tasks
from reader.gui.annotation_controller import AnnotationController
from reader.gui.errors import isolate
from reader.gui.highlight_layers import Highlight
from reader.gui.reader_view import ReaderView
from reader.gui.settings import Preferences
from reader.core.records import AnnotationRecord, TagRecord

if TYPE_CHECKING:
    from reader.gui.annotation_dialogs import NoteDialog

log = logging.getLogger(__name__)

HAZM_DELAY_MS = 1500
# An article's words are segmented (hazm, on a worker thread) this long after it is shown: its first
# paint does not share the interpreter with the tokenizer (a 60,000-character article: ~0.2 s of CPU),
# and stepping quickly through the list segments only the article the reader stops at.
SEGMENT_DELAY_MS = 300


class Annotating(QObject):
    highlights_refreshed = Signal(object, object, object)
    """Fires with the open article's placed annotations, the tags by id and their highlights (display
    spans, in the same order), each time the highlights were redrawn (an article opened, an
    annotation or tag changed)."""

    def __init__(self, window: QWidget, reader: ReaderView, controller: AnnotationController,
                 preferences: Preferences, status: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self.reader = reader
        self.controller = controller
        self.preferences = preferences
        self._status = status
        self.tag_actions: list[QAction] = []
        self.note_dialog: NoteDialog | None = None  # the open note editor (tests reach it here)
        self.palette = QToolBar(self.tr("Tags"), window)
        self.palette.setObjectName("tagToolbar")
        self.palette.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.undo_action = controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        icons.bind(self.undo_action, "undo")
        self.redo_action = controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Both usual keys, each once: the platform's Redo is one of them, and a key listed twice on an
        # action is an ambiguous shortcut that does nothing.
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        self.redo_action.setShortcuts(list({key.toString(): key for key in redo_keys if not key.isEmpty()}.values()))
        icons.bind(self.redo_action, "redo")
        window.addActions([self.undo_action, self.redo_action])
        self.note_action = icons.bind(QAction(self.tr("Edit &note…"), self), "note")
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_action.triggered.connect(self.edit_note_at_selection)
        self.delete_action = icons.bind(QAction(self.tr("&Delete annotation"), self), "delete")
        self.delete_action.triggered.connect(self.delete_at_selection)
        reader.addActions([self.note_action, self.delete_action])
        reader.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        reader.text_view.customContextMenuRequested.connect(self._context_menu)
        reader.text_view.annotation_clicked.connect(self._clicked)
        controller.ops.changed.connect(self.apply_changes)
        self.annotation_clicked: Callable[[str], None] = lambda uuid: None
        self.shown: Callable[[AnnotationRecord], bool] = lambda record: True
        """Which annotations the reader marks and acts on (blind coding: only the user's own)."""
        self.more_actions: Callable[[], list[QAction]] = lambda: []
        """Actions another feature offers in the context menu where it was opened (a suggestion's)."""
        self._stopped = False
        self._tooltips: dict[str, tuple[AnnotationRecord, dict[int, TagRecord]]] = {}
        reader.text_view.tooltip_for = self.tooltip_for
        self.rebuild_tags()
        self._hazm_timer = QTimer(self)
        self._hazm_timer.setSingleShot(True)
        self._hazm_timer.timeout.connect(self._preload_hazm)
        self._hazm_timer.start(HAZM_DELAY_MS)
        self._segment_timer = QTimer(self)
        self._segment_timer.setSingleShot(True)
        self._segment_timer.setInterval(SEGMENT_DELAY_MS)
        self._segment_timer.timeout.connect(self._segment_shown_article)

    def shutdown(self) -> None:
        """The window is closing: background results arriving later are dropped."""
        self._stopped = True
        self._hazm_timer.stop()
        self._segment_timer.stop()

    # Tags ----------------------------------------------------------------------------------------------
    def rebuild_tags(self) -> None:
        for action in self.tag_actions:
            self.palette.removeAction(action)
            self.reader.removeAction(action)
            action.deleteLater()
        self.tag_actions = []
        for number, tag in enumerate(self.controller.tags(), start=1):
            action = QAction(icons.tag_swatch(tag.color), tag.name, self)
            action.setObjectName(f"tagAction{tag.id}")
            keys = [QKeySequence(str(number))] if number <= 9 else []
            if tag.shortcut and not tag.shortcut.isdigit():  # digits belong to positions 1–9
                keys.append(QKeySequence.fromString(tag.shortcut, QKeySequence.SequenceFormat.PortableText))
            action.setShortcuts(keys)
            # Digits act only in the reader, so typing a number in the filter box stays typing.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(self.tr("Tag the selection as «%1» (%2)").replace("%1", isolate(tag.name))
                              .replace("%2", isolate(", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys))))
            action.triggered.connect(lambda _=False, t=tag.id: self.tag_selection(t))
            self.tag_actions.append(action)
            self.palette.addAction(action)
            self.reader.addAction(action)
        self.refresh_highlights()

    def tag_selection(self, tag_id: int) -> None:
        article = self.reader.article
        span = self.reader.selection_offsets()
        if article is None or span is None:
            self._status(self.tr("Select a passage first, then choose a tag."))
            return
        author = self.ensure_author()
        # Only the user's own annotation of the very same words takes the tag: one on a colleague's
        # would make their code the user's (and two coders' annotations one, for agreement).
        same = next((a for a in self._current if (a.start, a.end) == span and a.author == author), None)
        if same is not None:
            self.controller.add_tag(same.uuid, tag_id)
            return
        record = self.controller.annotate(article.id, span[0], span[1], [tag_id], author)
        self._status(self.tr("Tagged and saved."))
        self.reader.text_view.focus_highlight(record.uuid)

    def ensure_author(self) -> str:
        """The name stored on the user's annotations, asked for once."""
        if self.preferences.author:
            return self.preferences.author
        from reader.services.locations import default_author

        name, ok = QInputDialog.getText(
            self._window, self.tr("Your name"),
            self.tr("Your annotations carry your name, so a team can tell whose is whose:"),
            QLineEdit.EchoMode.Normal, default_author(),
        )
        name = name.strip() if ok else ""
        self.preferences.author = name or default_author()
        self.preferences.sync()
        return self.preferences.author

    # Highlights ---------------------------------------------------------------------------------------------
    @property
    def _current(self) -> list[AnnotationRecord]:
        article = self.reader.article
        if article is None:
            return []
        return [record for record in self.controller.service.for_article(article.id) if self.shown(record)]

    def refresh_highlights(self) -> None:
        display = self.reader.display
        if display is None:
            self.reader.set_highlights([])
            self.highlights_refreshed.emit([], {}, [])
            return
        tags = {t.id: t for t in self.controller.tags()}
        highlights = []
        placed = []
        self._tooltips.clear()
        for record in self._current:
            if record.orphan or record.end > len(display.source):
                continue
            start, end = display.span_to_display(record.start, record.end)
            self._tooltips[record.uuid] = (record, tags)
            highlights.append(Highlight(record.uuid, start, end, tuple(tags[t].color for t in record.tag_ids if t in tags)))
            placed.append(record)
        self.reader.set_highlights(highlights)
        self.highlights_refreshed.emit(placed, tags, highlights)

    def tooltip_for(self, uuid: str) -> str:
        """Hover text, made when the pointer is over the highlight rather than for all 1,000 up front."""
        found = self._tooltips.get(uuid)
        return self._tooltip(*found) if found else ""

    def _tooltip(self, record: AnnotationRecord, tags: dict[int, TagRecord]) -> str:
        names = "، ".join(tags[t].name for t in record.tag_ids if t in tags) or self.tr("(no tag)")
        lines = [names]
        if record.note:
            lines.append(record.note)
        if record.author:
            lines.append("— " + record.author)
        return "\n".join(lines)

    def apply_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Keep the tag palette and the open article's highlights as the library now is."""
        if changes.tags:
            self.rebuild_tags()  # redraws the highlights too
        elif self.reader.article is not None and changes.annotations_of(self.reader.article.id):
            self.refresh_highlights()

    def article_shown(self) -> None:
        self.refresh_highlights()
        if self.reader.article is not None and words.hazm_loaded():
            self._segment_timer.start()

    def _segment_shown_article(self) -> None:
        article = self.reader.article
        if article is not None and not self._stopped:
            self._segment_in_background(article.id, article.text)

    # Notes, deletion, context menu ---------------------------------------------------------------------------
    def annotation_at_selection(self) -> AnnotationRecord | None:
        span = self.reader.selection_offsets()
        cursor_offset = None
        if span is None and self.reader.display is not None:
            cursor_offset = self.reader.display.to_source(self.reader.text_view.textCursor().position())
        for record in sorted(self._current, key=lambda r: r.end - r.start):
            if span is not None and record.start <= span[0] and span[1] <= record.end:
                return record
            if cursor_offset is not None and record.start <= cursor_offset < record.end:
                return record
        return None

    def edit_note_at_selection(self) -> None:
        record = self.annotation_at_selection()
        if record is not None:
            self.edit_note(record.uuid)

    def edit_note(self, uuid: str) -> None:
        """The same note editor as the annotation panel's (it keeps what was typed exactly)."""
        record = self.controller.service.get(uuid)
        rtl = self.reader.article is None or self.reader.article.direction != "ltr"
        from reader.gui.annotation_dialogs import NoteDialog

        dialog = self.note_dialog = NoteDialog(record.note, self._window,
                                               Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        dialog.setWindowTitle(self.tr("Note on «%1»").replace(
            "%1", record.quote if len(record.quote) < 60 else record.quote[:57] + "…"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            current = self.controller.service.get(uuid)
            if current is not None and not current.deleted:
                self.controller.set_note(uuid, dialog.note())

        dialog.accepted.connect(accepted)
        dialog.open()

    def delete_at_selection(self) -> None:
        record = self.annotation_at_selection()
        if record is not None:
            self.controller.delete(record.uuid)
            self._status(self.tr("Annotation deleted; Ctrl+Z brings it back."))

    def _context_menu(self, point: QPoint) -> None:
        view = self.reader.text_view
        if not view.textCursor().hasSelection():
            view.setTextCursor(view.cursorForPosition(point))
        menu = QMenu(view)
        tag_menu = menu.addMenu(icons.icon("tag"), self.tr("&Tag as"))
        tag_menu.addActions(self.tag_actions)
        tag_menu.setEnabled(view.textCursor().hasSelection())
        record = self.annotation_at_selection()
        self.note_action.setEnabled(record is not None)
        self.delete_action.setEnabled(record is not None)
        menu.addActions([self.note_action, self.delete_action])
        more = self.more_actions()
        if more:
            menu.addSeparator()
            menu.addActions(more)
        menu.addSeparator()
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        copy = menu.addAction(self.tr("&Copy"), view.copy)
        copy.setEnabled(view.textCursor().hasSelection())
        menu.popup(view.viewport().mapToGlobal(point))

    def _clicked(self, uuid: str) -> None:
        self.reader.text_view.focus_highlight(uuid)
        self.annotation_clicked(uuid)

    # hazm, off the UI thread --------------------------------------------------------------------------------
    def _preload_hazm(self) -> None:
        def done(_: object) -> None:
            if not self._stopped:
                self._segment_shown_article()

        tasks.start(lambda report, cancelled: words.preload(), done, lambda exc: log.warning("hazm failed: %s", exc))
        # Search's word lexicon too (a cache file, or a few seconds' build), so the first search
        # does not wait for it on the UI thread.
        tasks.start(lambda report, cancelled: lexicon.shared(), lambda _: None,
                    lambda exc: log.warning("the search lexicon failed to load: %s", exc))

    def _segment_in_background(self, article_id: int, text: str) -> None:
        tasks.start(
            lambda report, cancelled: words.segment(text),
            lambda segments: None if self._stopped else self.reader.set_segments(article_id, segments),
            lambda exc: log.warning("segmenting article %s failed: %s", article_id, exc),
        )
