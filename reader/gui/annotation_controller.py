"""Every annotation and tag change the user makes, as undoable commands over the library.

Widgets ask; this controller performs the change through `Operations` (which broadcasts what
changed, so highlights and panels refresh) and records how to reverse it on a QUndoStack.
A step that can no longer be undone or redone (someone else changed the library meanwhile) is
dropped from the stack with a message, so the stack never lies about what Ctrl+Z will do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.changes import Changes
from reader.core.errors import HashiyaError
from reader.core.records import AnnotationRecord, TagRecord
from reader.gui.operations import Operations
from reader.services.annotations import AnnotationService, TagRemoval
from reader.services.library import Library


class _Command(QUndoCommand):
    """A change already made (the stack's first redo does nothing) and how to reverse and redo it."""

    def __init__(self, controller: AnnotationController, text: str, redo: Callable[[Library], object],
                 undo: Callable[[Library], object]) -> None:
        super().__init__(text)
        self._controller = controller
        self._redo, self._undo = redo, undo
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False  # pushed after the change was made: nothing to do the first time
            return
        self._step(self._redo)

    def undo(self) -> None:
        self._step(self._undo)

    def _step(self, step: Callable[[Library], object]) -> None:
        try:
            self._controller.ops.run(step, initiator=self._controller)
        except HashiyaError as error:
            # QUndoStack deletes an obsolete command after this call and keeps its index in step.
            self.setObsolete(True)
            self._controller.step_failed.emit(self.text(), error)


class AnnotationController(QObject):
    annotation_created = Signal(str)
    """Fires with the uuid of an annotation the user just made (not on redo)."""
    step_failed = Signal(str, object)
    """Fires with an undo step's text and the HashiyaError that stopped it undoing or redoing."""

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = QUndoStack(self)
        ops.changed.connect(self._changed_elsewhere)

    @property
    def service(self) -> AnnotationService:
        """For reading annotations and tags; changes go through this controller's methods."""
        return self.ops.library.annotations

    def _changed_elsewhere(self, changes: Changes, initiator: object) -> None:
        # An import or merge may have moved, replaced or deleted what the steps refer to: undoing
        # one now could write an old version over a colleague's newer one. Start afresh.
        if initiator is not self and (changes.annotations or changes.tags or changes.articles_superseded
                                      or changes.articles_removed):
            self.undo_stack.clear()

    def _perform(self, text: str, do: Callable[[Library], object], undo: Callable[[Library], object]) -> object:
        """Make a change now and push the step that reverses it (a failure raises before the push)."""
        result = self.ops.run(do, initiator=self)
        self.undo_stack.push(_Command(self, text, do, undo))
        return result

    # Annotations --------------------------------------------------------------------------------------
    def annotate(self, article_id: int, start: int, end: int, tag_ids: list[int], author: str, note: str = "") -> AnnotationRecord:
        record = self.ops.run(lambda lib: lib.annotations.create(article_id, start, end, tag_ids, note, author),
                              initiator=self)
        uuid = record.uuid
        self.undo_stack.push(_Command(self, self.tr("Tag passage"), lambda lib: lib.annotations.restore(uuid),
                                      lambda lib: lib.annotations.delete(uuid)))
        self.annotation_created.emit(uuid)
        return record

    def set_tags(self, uuid: str, tag_ids: list[int]) -> None:
        before = list(self.service.get(uuid).tag_ids)
        self._perform(self.tr("Change tags"), lambda lib: lib.annotations.set_tags(uuid, tag_ids),
                      lambda lib: lib.annotations.set_tags(uuid, before))

    def add_tag(self, uuid: str, tag_id: int) -> None:
        tags = list(self.service.get(uuid).tag_ids)
        if tag_id not in tags:
            self.set_tags(uuid, [*tags, tag_id])

    def set_note(self, uuid: str, note: str) -> None:
        before = self.service.get(uuid).note
        if before == note:
            return
        self._perform(self.tr("Edit note"), lambda lib: lib.annotations.set_note(uuid, note),
                      lambda lib: lib.annotations.set_note(uuid, before))

    def delete(self, uuid: str) -> None:
        self._perform(self.tr("Delete annotation"), lambda lib: lib.annotations.delete(uuid),
                      lambda lib: lib.annotations.restore(uuid))

    def place(self, uuid: str, start: int, end: int) -> None:
        before = self.service.get(uuid)
        self._perform(self.tr("Place annotation"), lambda lib: lib.annotations.place(uuid, start, end),
                      lambda lib: lib.annotations.restore_placement(before))

    # Tags ------------------------------------------------------------------------------------------------
    def tags(self) -> list[TagRecord]:
        return self.service.tags()

    def create_tag(self, name: str, color: str | None = None) -> TagRecord:
        tag: TagRecord = self.ops.run(lambda lib: lib.annotations.create_tag(name, color), initiator=self)
        removal: dict[str, TagRemoval] = {}

        def undo(lib: Library) -> None:
            removal["tag"] = lib.annotations.delete_tag(tag.id)

        self.undo_stack.push(_Command(self, self.tr("New tag"),
                                      lambda lib: lib.annotations.undo_tag_removal(removal["tag"]), undo))
        return tag

    def update_tag(self, tag_id: int, *, name: str | None = None, color: str | None = None,
                   shortcut: str | None = None, clear_shortcut: bool = False) -> None:
        before = self.service.tag(tag_id)
        self._perform(
            self.tr("Edit tag"),
            lambda lib: lib.annotations.update_tag(tag_id, name=name, color=color, shortcut=shortcut,
                                                   clear_shortcut=clear_shortcut),
            lambda lib: lib.annotations.update_tag(tag_id, name=before.name, color=before.color,
                                                   shortcut=before.shortcut, clear_shortcut=before.shortcut is None),
        )

    def reorder_tags(self, tag_ids: list[int]) -> None:
        before = [t.id for t in self.service.tags()]
        self._perform(self.tr("Reorder tags"), lambda lib: lib.annotations.reorder_tags(tag_ids),
                      lambda lib: lib.annotations.reorder_tags(before))

    def delete_tag(self, tag_id: int) -> None:
        self._push_removal(self.tr("Delete tag"), lambda lib: lib.annotations.delete_tag(tag_id))

    def merge_tags(self, source_id: int, target_id: int) -> None:
        self._push_removal(self.tr("Merge tags"), lambda lib: lib.annotations.merge_tags(source_id, target_id))

    def _push_removal(self, text: str, remove: Callable[[Library], TagRemoval]) -> None:
        self.perform_undoable(text, remove, lambda lib, removal: lib.annotations.undo_tag_removal(removal))

    # Any undoable change -------------------------------------------------------------------------------
    def perform_undoable[R](self, text: str, do: Callable[[Library], R], undo: Callable[[Library, R], object]) -> R:
        """Make a change now and push a step whose undo gets what the change returned (a removal
        record, the details as they were); a redo makes the change again and keeps its new record.
        A failure raises before anything is pushed."""
        state = {"result": self.ops.run(do, initiator=self)}

        def redo(lib: Library) -> None:
            state["result"] = do(lib)

        self.undo_stack.push(_Command(self, text, redo, lambda lib: undo(lib, state["result"])))
        return state["result"]
