"""Wires the margin to the window: its notes follow the open article's annotations (as the change
event redraws them), a click selects the passage and the panel's row, an edit in place goes through
the undo stack, and View → Show margin notes (remembered) and F8 / Shift+F8 act on it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from reader.core.records import AnnotationRecord, TagRecord
from reader.gui import icons
from reader.gui.highlight_layers import Highlight
from reader.gui.margin import WIDTH, MarginNote, MarginNotes


class MarginController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        view = window.reader.text_view
        self.margin = MarginNotes(view)
        self.margin.setMinimumWidth(WIDTH)
        view.set_side_widget(self.margin)
        window.annotating.highlights_refreshed.connect(self.show_annotations)
        self.margin.activated.connect(self._activated)
        self.margin.note_edited.connect(lambda uuid, note: window.controller.set_note(uuid, note))
        view.annotation_clicked.connect(self.margin.set_current)
        self.toggle_action = QAction(self.tr("Show &margin notes"), window)
        self.toggle_action.setObjectName("marginToggle")
        self.toggle_action.setCheckable(True)
        icons.bind(self.toggle_action, "margin_notes")
        self.toggle_action.toggled.connect(self.set_shown)
        window.addAction(self.toggle_action)
        self.next_action = window.make_action(self.tr("Ne&xt annotation"), None, lambda: self.step(1), ["F8"])
        self.previous_action = window.make_action(self.tr("Previous annotatio&n"), None, lambda: self.step(-1), ["Shift+F8"])
        self.toggle_action.setChecked(window.preferences.margin_notes)
        self.set_shown(window.preferences.margin_notes)

    def actions(self) -> list[QAction]:
        return [self.next_action, self.previous_action]

    def set_shown(self, shown: bool) -> None:
        self._window.preferences.margin_notes = shown
        self.margin.setVisible(shown)
        self._window.reader.text_view.update_margins()

    def show_annotations(self, records: list[AnnotationRecord], tags: dict[int, TagRecord],
                         highlights: list[Highlight]) -> None:
        notes = []
        for record, highlight in zip(records, highlights):
            names = tuple(tags[t].name for t in record.tag_ids if t in tags)
            notes.append(MarginNote(record.uuid, highlight.start, highlight.end, highlight.colors, names,
                                    record.note, record.author))
        self.margin.set_notes(notes)

    def step(self, delta: int) -> None:
        self.margin.step(delta)  # works with the margin hidden too: the passage is still selected

    def _activated(self, uuid: str) -> None:
        window = self._window
        record = window.controller.service.get(uuid)
        if record is None or window.reader.article is None:
            return
        window.reader.text_view.select_source_span(record.start, record.end, centre=True)
        window.reader.text_view.focus_highlight(uuid)
        window.annotation_panel.select_annotation(uuid)
