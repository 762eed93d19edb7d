"""Wires the agreement view to the window: the dock (View → Agreement and adjudication), the
comparison read off the UI thread and read again when the library changes, the coders' layers in
the reader, and decisions written under the consensus author through the window's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget

from reader.core.changes import Changes
from reader.core.disagreements import CodedSpan
from reader.core.errors import HashiyaError
from reader.gui.adjudication_dialog import AdjudicationDialog
from reader.gui.agreement_models import say
from reader.gui.agreement_view import AgreementView
from reader.gui.agreement_work import Comparison, Request, compare
from reader.gui.blind_coding import BlindCoding
from reader.gui.coder_layer import AgreementLayer
from reader.gui.errors import message_for, show_error
from reader.gui.reading_job import ReadingJob
from reader.services.adjudication import Adjudication, ConsensusSpan, Decision
from reader.services.agreement import Disagreement
from reader.services.library import Library

REFRESH_DELAY_MS = 400  # a burst of edits (a merge, quick tagging) is read again once


class AgreementController(QObject):
    """Made the first time the agreement dock is shown (`make_agreement_dock`): it fills the dock."""

    def __init__(self, window, blind: BlindCoding, dock: QDockWidget) -> None:
        super().__init__(window)
        self._window = window
        self._blind = blind
        self.view = AgreementView()
        self.view.disagreements.consensus.setText(self.consensus_author())
        self.dock = dock
        self.dock.setWidget(self.view)
        self.toggle_action = self.dock.toggleViewAction()
        self.job = ReadingJob(window.library.path, self)
        self.comparison: Comparison | None = None
        self.dialog: AdjudicationDialog | None = None
        self._stale = True
        self._choices_stale = True
        self._sized = False
        self._focus: Disagreement | None = None  # the stretch last opened in the reader
        self._decided_nothing: set[tuple[int, int, int]] = set()  # decisions that wrote no annotation
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.compare)

        self.job.succeeded.connect(self._compared)
        self.job.failed.connect(self._failed)
        self.job.running_changed.connect(self.view.set_busy)
        self.job.progressed.connect(self.view.set_progress)
        view = self.view
        view.compare_requested.connect(self.compare)
        view.pair_changed.connect(lambda: self.compare(pair_only=True))
        view.cancel_requested.connect(self.job.cancel)
        view.article_requested.connect(self.open_article)
        view.unblind_requested.connect(lambda: blind.set_on(False))
        view.disagreements.open_requested.connect(self.open_disagreement)
        view.disagreements.decision_requested.connect(self.decide)
        view.disagreements.edit_requested.connect(self.edit)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        window.ops.changed.connect(self._library_changed)
        window.annotating.highlights_refreshed.connect(lambda *_: self.show_layer())
        blind.changed.connect(self._blind_changed)
        window.installEventFilter(self)
        if self.dock.isVisible():  # made because it is being shown
            self._visibility_changed(True)

    def consensus_author(self) -> str:
        """The name decisions are written under: the one last used, else «Consensus» in the interface language."""
        return self._window.preferences.consensus_author or self.tr("Consensus")

    # Comparing, off the UI thread ---------------------------------------------------------------------------
    def compare(self, pair_only: bool = False) -> None:
        """Read the comparison the view's choices ask for (only the pair's part when only the pair changed)."""
        self._refresh_timer.stop()
        if self._blind.on:
            self._show_blind()
            return
        if self._choices_stale:
            self._fill_choices()
        request = self.view.request(self.view.disagreements.consensus_name() or self.consensus_author())
        if len(request.authors) < 2:
            self.job.cancel()
            self.view.show_message(self.tr("Choose at least two coders to compare. Coders are the authors of "
                                           "annotations; each sets a name in Settings → Preferences."))
            return
        previous = self.comparison
        reuse = pair_only and previous is not None and not self._stale and _same_report(previous.request, request)
        earlier = previous.report if reuse and previous is not None else None
        self.job.start(lambda library, report, cancelled: compare(library, request, report, cancelled, earlier))

    def _compared(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._stale = False
        self.view.disagreements.reading_font = self._reading_font()
        self.view.show_comparison(comparison, self._decided_nothing)
        self.show_layer()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HashiyaError):
            self.view.show_message(message_for(error))
        else:
            self.view.show_message(self.tr("The comparison failed."))
            show_error(self._window, self.tr("Agreement"), error, unexpected=True)

    def _fill_choices(self) -> None:
        library = self._window.library
        self.view.set_choices(library.agreement.authors(), library.annotations.tags(), library.collections(),
                              self.consensus_author())
        self._choices_stale = False

    def _library_changed(self, changes: Changes, _initiator: object) -> None:
        if not (changes.annotations or changes.tags or changes.article_list or changes.collections):
            return
        self._stale = True
        self._choices_stale = True
        if self.dock.isVisible() and not self._blind.on:
            self._refresh_timer.start()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and not self._sized:
            self._sized = True
            if self._window.isVisible():  # (else the window is restoring the size the user gave it last time)
                QTimer.singleShot(0, self._size_dock)
        if visible and self._blind.on:
            self._show_blind()
        elif visible and self._stale:
            self.compare()
        self.show_layer()

    def _size_dock(self) -> None:
        """A fair share of the height when first opened, the reading pane keeping the larger part."""
        if not self.dock.isFloating():
            self._window.resizeDocks([self.dock], [round(self._window.height() * 0.45)], Qt.Orientation.Vertical)

    def _blind_changed(self, on: bool) -> None:
        if on:
            self.job.cancel()
            self._show_blind()
        elif self.dock.isVisible():
            self.compare()
        else:
            self._stale = True
        self.show_layer()

    def _show_blind(self) -> None:
        self.view.show_message(self.tr("Blind coding is on: only your own annotations are shown, and the comparison, "
                                       "which shows everyone's, is hidden until you turn it off."), blind=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Close:
            self._refresh_timer.stop()
            self.job.cancel()  # its result would arrive to a closed window
        return False

    # The coders' layers in the reader ------------------------------------------------------------------------
    def show_layer(self) -> None:
        """Draw the compared pair's spans over the open article while the view is shown (else nothing)."""
        window = self._window
        text_view, article, display = window.reader.text_view, window.reader.article, window.reader.display
        comparison = self.comparison
        if (not self.dock.isVisible() or self._blind.on or comparison is None or comparison.request.pair is None
                or article is None or display is None):
            if text_view.marks(AgreementLayer.name):
                text_view.set_layer(AgreementLayer())
            return
        tag_ids = [figures.tag_id for figures in comparison.report.tags.values()]
        spans = window.library.agreement.spans_of(article.id, comparison.request.pair, tag_ids)
        here = [d for d in comparison.disagreements if d.article_id == article.id]
        text_view.set_layer(AgreementLayer.of_spans(display, spans, [(d.start, d.end) for d in here]))
        focus = self._focus
        key = next((str(i) for i, d in enumerate(here) if focus is not None and (d.start, d.end) == (focus.start, focus.end)
                    and focus.article_id == article.id), None)
        text_view.emphasize(AgreementLayer.name, key)

    def open_article(self, article_id: int) -> None:
        window = self._window
        if window.reader.article is None or window.reader.article.id != article_id:
            if not window.panel.select_article(article_id):
                window.open_article(article_id)
        self.show_layer()

    def open_disagreement(self, disagreement: Disagreement) -> None:
        """Show the stretch in the reader, centred, with both coders' layers and the stretch lit up."""
        self._focus = disagreement
        self.open_article(disagreement.article_id)
        display = self._window.reader.display
        if display is not None and disagreement.end <= len(display.source):
            self._window.reader.text_view.centre_on(*display.span_to_display(disagreement.start, disagreement.end))

    # Deciding --------------------------------------------------------------------------------------------------
    def decide(self, disagreement: Disagreement, decision: Decision, spans: tuple[ConsensusSpan, ...] = ()) -> None:
        """Write the decision under the consensus author, as one step of the window's undo stack."""
        author = self.view.disagreements.consensus_name()
        key = (disagreement.article_id, disagreement.start, disagreement.end)
        made: dict[str, Adjudication] = {}

        def do(library: Library) -> Adjudication:
            if "decision" in made:  # a redo: the very same annotations again
                library.adjudication.redo(made["decision"])
            else:
                made["decision"] = library.adjudication.adjudicate(disagreement, decision, author, spans)
            if not _decided(disagreement, made["decision"]):
                self._decided_nothing.add(key)
            return made["decision"]

        def undo(library: Library, adjudication: Adjudication) -> None:
            library.adjudication.undo(adjudication)
            self._decided_nothing.discard(key)

        try:
            adjudication = self._window.controller.perform_undoable(self._step_text(disagreement, decision), do, undo)
        except HashiyaError as error:
            show_error(self._window, self.tr("Adjudication"), error)
            return
        self._window.preferences.consensus_author = adjudication.consensus_author
        self.view.disagreements.record_decision(_decided(disagreement, adjudication))

    def _step_text(self, disagreement: Disagreement, decision: Decision) -> str:
        first, second = disagreement.authors
        if decision == Decision.ACCEPT_FIRST:
            return say(self.tr("Accept %1"), first)
        if decision == Decision.ACCEPT_SECOND:
            return say(self.tr("Accept %1"), second)
        return self.tr("Accept both") if decision == Decision.ACCEPT_BOTH else self.tr("Edit the consensus")

    def edit(self, disagreement: Disagreement) -> None:
        comparison = self.comparison
        if comparison is None or disagreement.article_id not in comparison.texts:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        proposal = self._window.library.adjudication.proposal(disagreement, Decision.EDIT)
        dialog = AdjudicationDialog(disagreement, comparison.texts[disagreement.article_id], comparison.tags, proposal,
                                    self._reading_font(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.decide(disagreement, Decision.EDIT, tuple(dialog.spans())))
        self.dialog = dialog
        dialog.open()

    def _reading_font(self) -> QFont:
        preferences = self._window.preferences
        return QFont(preferences.font_family, max(10, round(preferences.font_point_size() * 0.75)))


def _same_report(earlier: Request, later: Request) -> bool:
    return (earlier.authors, earlier.tags, earlier.collection_id) == (later.authors, later.tags, later.collection_id)


def _decided(disagreement: Disagreement, adjudication: Adjudication) -> tuple[CodedSpan, ...]:
    """What a decision says about the stretch itself: its consensus spans there, with the compared tags
    (a decision also rewrites what an earlier, longer consensus said around the stretch)."""
    compared = frozenset(disagreement.tag_ids)
    return tuple(CodedSpan(record.start, record.end, frozenset(record.tag_ids) & compared, record.uuid)
                 for record in adjudication.created
                 if record.start < disagreement.end and disagreement.start < record.end and compared & set(record.tag_ids))
