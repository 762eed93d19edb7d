"""Suggested claims and denials in the reader: dotted outlines in the tag's colour, accepted with
Enter or a second click (an ordinary annotation, undoable), rejected with Delete (remembered for
the article, undoable).

Suggestions are matched off the UI thread, with a library of the worker's own; the service keeps
them cached per article text, so coming back to an article, accepting or rejecting is quick. The
review queue (gui/suggestion_review.py) accepts and rejects through the same two methods.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.core import words
from reader.core.changes import Changes
from reader.core.errors import HashiyaError
from reader.gui import icons, tasks
from reader.gui.annotation_controller import AnnotationController
from reader.gui.errors import isolate, show_error
from reader.gui.highlight_layers import Mark, SuggestionLayer
from reader.gui.reader_view import ReaderView
from reader.gui.settings import Preferences
from reader.services.library import Library

if TYPE_CHECKING:  # the matching itself runs on a worker: its modules stay off the start-up path
    from reader.services.suggestions import ArticleSuggestion

log = logging.getLogger(__name__)

HAZM_RETRY_MS = 500


def key_of(suggestion: ArticleSuggestion) -> str:
    return f"{suggestion.tag_id}:{suggestion.start}:{suggestion.end}"


def describe(suggestion: ArticleSuggestion) -> str:
    """What a suggestion rests on, for a tooltip or the status bar (translated by the caller's context)."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Suggesting", "Suggested «%1» (cues: %2)").replace(
        "%1", isolate(suggestion.tag)).replace("%2", isolate("، ".join(suggestion.cues)))
    if suggestion.speaker:
        text += "\n" + QCoreApplication.translate("Suggesting", "Speaker: %1").replace("%1", isolate(suggestion.speaker))
    return text


class Suggesting(QObject):
    def __init__(self, window: QWidget, reader: ReaderView, controller: AnnotationController,
                 preferences: Preferences, ensure_author: Callable[[], str], status: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self.reader = reader
        self.controller = controller
        self.preferences = preferences
        self._ensure_author = ensure_author
        self.status = status
        """Shows a message in the window's status bar (the review queue's too)."""
        self.suggestions: list[ArticleSuggestion] = []  # the open article's, in text order
        self.current: ArticleSuggestion | None = None
        self._generation = 0
        self._stopped = False
        self._pending: str | None = None  # the suggestion to choose when the article's arrive
        view = reader.text_view
        # Enter and Delete are read by the text view itself (an event filter), not as shortcuts: a
        # shortcut would take them wherever the window's focus is, and away from the text elsewhere.
        enter = QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
        delete = QKeySequence(Qt.Key.Key_Delete).toString(QKeySequence.SequenceFormat.NativeText)
        self.accept_action = icons.bind(QAction(self.tr("&Accept suggestion") + "\t" + enter, self), "accept")
        self.accept_action.setObjectName("acceptSuggestion")
        self.accept_action.triggered.connect(self.accept_current)
        self.reject_action = icons.bind(QAction(self.tr("&Reject suggestion") + "\t" + delete, self), "reject")
        self.reject_action.setObjectName("rejectSuggestion")
        self.reject_action.triggered.connect(self.reject_current)
        view.installEventFilter(self)
        self.show_action = icons.bind(QAction(self.tr("Show &suggestions"), self), "suggestions")
        self.show_action.setObjectName("showSuggestions")
        self.show_action.setCheckable(True)
        self.show_action.setChecked(preferences.show_suggestions)
        self.show_action.toggled.connect(self.set_shown)
        # Matching needs hazm, which the window loads on the thread pool a moment after start
        # (never on the start-up path): until then, look again now and then.
        self._hazm_wait = QTimer(self)
        self._hazm_wait.setSingleShot(True)
        self._hazm_wait.setInterval(HAZM_RETRY_MS)
        self._hazm_wait.timeout.connect(self.refresh)
        view.clicked_at.connect(self._clicked)
        view.tooltip_at = self.tooltip_at
        controller.ops.changed.connect(self.apply_changes)

    def shutdown(self) -> None:
        self._stopped = True
        self._hazm_wait.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter accepts and Delete rejects the suggestion chosen or under the cursor; without one
        the keys do what they did."""
        if watched is self.reader.text_view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete) and self.at_cursor() is not None:
                if key == Qt.Key.Key_Delete:
                    self.reject_current()
                else:
                    self.accept_current()
                return True
        return super().eventFilter(watched, event)

    # What is shown -------------------------------------------------------------------------------------
    def set_shown(self, shown: bool) -> None:
        self.preferences.show_suggestions = shown
        self.refresh()

    def article_shown(self) -> None:
        self.current = None
        self.suggestions = []
        self._paint()
        self.refresh()

    def refresh(self) -> None:
        """Match the open article again, off the UI thread (quick when its text is cached)."""
        self._generation += 1
        article = self.reader.article
        if article is None or not self.show_action.isChecked():
            self.suggestions, self.current = [], None
            self._paint()
            return
        if not words.hazm_loaded():
            self._hazm_wait.start()
            return
        generation, article_id, path = self._generation, article.id, self.controller.ops.library.path

        def work(_report, _cancelled) -> list[ArticleSuggestion]:
            with Library(path) as library:
                return library.suggestions.for_article(article_id)

        tasks.start(work, lambda found: self._arrived(generation, article_id, found),
                    lambda exc: log.warning("suggesting for article %s failed: %s", article_id, exc))

    def _arrived(self, generation: int, article_id: int, found: list[ArticleSuggestion]) -> None:
        article = self.reader.article
        if self._stopped or generation != self._generation or article is None or article.id != article_id:
            return
        self.suggestions = found
        if self.current is not None and key_of(self.current) not in {key_of(s) for s in found}:
            self.current = None
        pending, self._pending = self._pending, None
        self.current = next((s for s in found if key_of(s) == pending), self.current)
        self._paint()

    def _paint(self) -> None:
        display = self.reader.display
        view = self.reader.text_view
        if display is None:
            return
        colours = {t.id: t.color for t in self.controller.tags()}
        marks = [Mark(key_of(s), *display.span_to_display(s.start, s.end), (colours.get(s.tag_id, "#999999"),))
                 for s in self.suggestions if s.end <= len(display.source)]
        view.set_layer(SuggestionLayer(marks))
        view.emphasize(SuggestionLayer.name, key_of(self.current) if self.current is not None else None)

    def apply_changes(self, changes: Changes, _initiator: object = None) -> None:
        article = self.reader.article
        if article is None:
            return
        if changes.suggestions or changes.tags or changes.annotations_of(article.id):
            self.refresh()

    # Which suggestion ------------------------------------------------------------------------------------
    def suggestion_at(self, source_offset: int) -> ArticleSuggestion | None:
        found = [s for s in self.suggestions if s.start <= source_offset < s.end]
        return min(found, key=lambda s: s.end - s.start) if found else None

    def _at_display(self, position: int) -> ArticleSuggestion | None:
        display = self.reader.display
        return self.suggestion_at(display.to_source(position)) if display is not None else None

    def at_cursor(self) -> ArticleSuggestion | None:
        """The chosen suggestion, else the one under the text cursor."""
        if self.current is not None:
            return self.current
        return self._at_display(self.reader.text_view.textCursor().position())

    def focus(self, suggestion: ArticleSuggestion | None) -> None:
        self.current = suggestion
        self.reader.text_view.emphasize(SuggestionLayer.name, key_of(suggestion) if suggestion is not None else None)
        if suggestion is not None:
            self.status(self.tr("%1 — Enter accepts, Delete rejects.").replace("%1", describe(suggestion).replace("\n", " · ")))

    def show(self, suggestion: ArticleSuggestion) -> None:
        """Choose `suggestion` in the open article (its outline is drawn when the article's
        suggestions arrive, if they have not) and bring it to the middle of the screen."""
        self.reader.text_view.select_source_span(suggestion.start, suggestion.end, centre=True)
        if any(key_of(s) == key_of(suggestion) for s in self.suggestions):
            self.focus(suggestion)
        else:
            self.current = None
            self._pending = key_of(suggestion)

    def context_actions(self) -> list[QAction]:
        """Accept and Reject for the reader's context menu, over a suggestion (else none)."""
        return [self.accept_action, self.reject_action] if self.at_cursor() is not None else []

    def tooltip_at(self, position: int) -> str:
        suggestion = self._at_display(position)
        return describe(suggestion) if suggestion is not None else ""

    def _clicked(self, position: int) -> None:
        suggestion = self._at_display(position)
        if suggestion is not None and self.current is not None and key_of(suggestion) == key_of(self.current):
            self.accept(suggestion)  # a second click on the chosen one
        else:
            self.focus(suggestion)

    # Deciding --------------------------------------------------------------------------------------------------
    def accept_current(self) -> None:
        self._decide_current(self.accept)

    def reject_current(self) -> None:
        self._decide_current(self.reject)

    def _decide_current(self, decide: Callable[[ArticleSuggestion], bool]) -> None:
        suggestion = self.at_cursor()
        if suggestion is None:
            self.status(self.tr("No suggestion here: click an outlined passage first."))
        else:
            decide(suggestion)

    def accept(self, suggestion: ArticleSuggestion) -> bool:
        """An ordinary annotation with the suggested tag (Ctrl+Z deletes it)."""
        author = self._ensure_author()
        try:
            self.controller.perform_undoable(
                self.tr("Accept suggestion"), lambda lib: lib.suggestions.accept(suggestion, author),
                lambda lib, record: lib.annotations.delete(record.uuid))
        except HashiyaError as error:
            show_error(self._window, self.tr("Accept suggestion"), error)
            return False
        self._settled(suggestion, self.tr("Accepted: tagged «%1» and saved.").replace("%1", isolate(suggestion.tag)))
        return True

    def reject(self, suggestion: ArticleSuggestion) -> bool:
        """Not suggested again for this article (Ctrl+Z suggests it again)."""
        try:
            self.controller.perform_undoable(
                self.tr("Reject suggestion"), lambda lib: lib.suggestions.reject(suggestion),
                lambda lib, rejection: lib.suggestions.unreject(rejection))
        except HashiyaError as error:
            show_error(self._window, self.tr("Reject suggestion"), error)
            return False
        self._settled(suggestion, self.tr("Rejected; it will not be suggested again here. Ctrl+Z brings it back."))
        return True

    def _settled(self, suggestion: ArticleSuggestion, message: str) -> None:
        """Take a decided suggestion off the screen at once (the refresh that follows agrees)."""
        key = key_of(suggestion)
        if self.current is not None and key_of(self.current) == key:
            self.current = None
        before = len(self.suggestions)
        self.suggestions = [s for s in self.suggestions if key_of(s) != key]
        if len(self.suggestions) != before:
            self._paint()
        self.status(message)
