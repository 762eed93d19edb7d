"""A dock whose contents are made the first time it is shown.

The window makes the dock itself at start — its tab, its place in the saved layout and its
toggle action (menu entry, shortcut) are there from the first paint — but the panel inside, and
the modules behind it, cost nothing until the user opens it (or it was open when the window last
closed, and shows again). The search panel, the annotation table and the agreement view are such
docks: together their modules were a fifth of the time to a first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QWidget


class DockOnDemand(QDockWidget):
    def __init__(self, title: str, object_name: str, fill: Callable[[QDockWidget], None], parent: QWidget) -> None:
        """`fill(dock)` makes the contents and sets them with `dock.setWidget`; it is called once, before
        the dock is first shown (or by `ensure_filled`)."""
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self._fill: Callable[[QDockWidget], None] | None = fill
        self.setWidget(QWidget(self))  # a placeholder until it is filled: a dock needs a widget to lay out
        self.visibilityChanged.connect(self._visibility_changed)

    @property
    def filled(self) -> bool:
        return self._fill is None

    def ensure_filled(self) -> None:
        """Make the contents now, if they are not made yet."""
        fill, self._fill = self._fill, None
        if fill is not None:
            placeholder = self.widget()
            fill(self)
            contents = self.widget()
            if placeholder is not None and placeholder is not contents:
                # What the window asked of the dock's widget (how narrow it may go) holds for the contents.
                contents.setMinimumWidth(max(contents.minimumWidth(), placeholder.minimumWidth()))
                placeholder.deleteLater()

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.ensure_filled()
