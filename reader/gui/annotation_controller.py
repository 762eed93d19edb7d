"""Every annotation and tag change the user makes, as undoable commands over the service.

Widgets ask; this controller calls `AnnotationService` through a QUndoStack and announces what
changed, so the reader's highlights and the panels can refresh just that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.services.annotations import AnnotationService, TagRemoval
from reader.storage.records import AnnotationRecord, TagRecord


class _Command(QUndoCommand):
    """A command from two closures; each returns nothing and raises on failure."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class AnnotationController(QObject):
    annotations_changed = Signal(int)
    """Fires with an article id after any of its annotations was created, edited or deleted."""
    tags_changed = Signal()
    """Fires after tags were created, renamed, recoloured, reordered, merged or deleted."""
    annotation_created = Signal(str)
    """Fires with the uuid of an annotation the user just made (not on redo)."""

    def __init__(self, service: AnnotationService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)

    # Annotations --------------------------------------------------------------------------------------
    def annotate(self, article_id: int, start: int, end: int, tag_ids: list[int], author: str, note: str = "") -> AnnotationRecord:
        record = self.service.create(article_id, start, end, tag_ids, note, author)
        uuid = record.uuid

        def changed() -> None:
            self.annotations_changed.emit(article_id)

        self._push_done(self.tr("Tag passage"), lambda: (self.service.restore(uuid), changed()),
                        lambda: (self.service.delete(uuid), changed()), announce=changed)
        self.annotation_created.emit(uuid)
        return self.service.get(uuid)

    def set_tags(self, uuid: str, tag_ids: list[int]) -> None:
        before = list(self.service.get(uuid).tag_ids)
        self._push_annotation_change(self.tr("Change tags"), uuid, lambda: self.service.set_tags(uuid, tag_ids),
                                     lambda: self.service.set_tags(uuid, before))

    def add_tag(self, uuid: str, tag_id: int) -> None:
        tags = list(self.service.get(uuid).tag_ids)
        if tag_id not in tags:
            self.set_tags(uuid, [*tags, tag_id])

    def set_note(self, uuid: str, note: str) -> None:
        before = self.service.get(uuid).note
        if before == note:
            return
        self._push_annotation_change(self.tr("Edit note"), uuid, lambda: self.service.set_note(uuid, note),
                                     lambda: self.service.set_note(uuid, before))

    def delete(self, uuid: str) -> None:
        self._push_annotation_change(self.tr("Delete annotation"), uuid, lambda: self.service.delete(uuid),
                                     lambda: self.service.restore(uuid))

    def place(self, uuid: str, start: int, end: int) -> None:
        before = self.service.get(uuid)
        self._push_annotation_change(self.tr("Place annotation"), uuid, lambda: self.service.place(uuid, start, end),
                                     lambda: self.service.restore_placement(before))

    def _push_annotation_change(self, text: str, uuid: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        article_id = self.service.get(uuid).article_id

        def redo() -> None:
            do()
            self.annotations_changed.emit(article_id)

        def revert() -> None:
            undo()
            self.annotations_changed.emit(article_id)

        self.undo_stack.push(_Command(text, redo, revert))

    # Tags ------------------------------------------------------------------------------------------------
    def tags(self) -> list[TagRecord]:
        return self.service.tags()

    def create_tag(self, name: str, color: str | None = None) -> TagRecord:
        tag = self.service.create_tag(name, color)
        state: dict[str, TagRemoval] = {}

        def redo() -> None:
            self.service.undo_tag_removal(state["removal"])
            self._tags_and_annotations_changed()

        def undo() -> None:
            state["removal"] = self.service.delete_tag(tag.id)
            self._tags_and_annotations_changed()

        self._push_done(self.tr("New tag"), redo, undo)
        return tag

    def update_tag(self, tag_id: int, *, name: str | None = None, color: str | None = None,
                   shortcut: str | None = None, clear_shortcut: bool = False) -> None:
        before = self.service.tag(tag_id)
        self.service.update_tag(tag_id, name=name, color=color, shortcut=shortcut, clear_shortcut=clear_shortcut)

        def redo() -> None:
            self.service.update_tag(tag_id, name=name, color=color, shortcut=shortcut, clear_shortcut=clear_shortcut)
            self._tags_and_annotations_changed()

        def undo() -> None:
            self.service.update_tag(tag_id, name=before.name, color=before.color, shortcut=before.shortcut,
                                    clear_shortcut=before.shortcut is None)
            self._tags_and_annotations_changed()

        self._push_done(self.tr("Edit tag"), redo, undo)

    def reorder_tags(self, tag_ids: list[int]) -> None:
        before = [t.id for t in self.service.tags()]
        self.service.reorder_tags(tag_ids)  # fails here, before anything reaches the undo stack
        self._push_done(self.tr("Reorder tags"),
                        lambda: (self.service.reorder_tags(tag_ids), self.tags_changed.emit()),
                        lambda: (self.service.reorder_tags(before), self.tags_changed.emit()))

    def delete_tag(self, tag_id: int) -> None:
        self._push_removal(self.tr("Delete tag"), lambda: self.service.delete_tag(tag_id))

    def merge_tags(self, source_id: int, target_id: int) -> None:
        self._push_removal(self.tr("Merge tags"), lambda: self.service.merge_tags(source_id, target_id))

    def _push_removal(self, text: str, remove: Callable[[], TagRemoval]) -> None:
        state = {"removal": remove()}  # a failure raises here, before the undo stack is touched

        def redo() -> None:
            state["removal"] = remove()
            self._tags_and_annotations_changed()

        def undo() -> None:
            self.service.undo_tag_removal(state["removal"])
            self._tags_and_annotations_changed()

        self._push_done(text, redo, undo)

    def _push_done(self, text: str, redo: Callable[[], object], undo: Callable[[], object],
                   announce: Callable[[], object] | None = None) -> None:
        """Record a change already made: the stack's first redo only announces it (by default:
        tags and annotations changed)."""
        first = [True]

        def redo_once_done() -> None:
            if first[0]:
                first[0] = False
                (announce or self._tags_and_annotations_changed)()
                return
            redo()

        self.undo_stack.push(_Command(text, redo_once_done, undo))

    def _tags_and_annotations_changed(self) -> None:
        self.tags_changed.emit()
        self.annotations_changed.emit(0)  # 0: any article may show the tag
