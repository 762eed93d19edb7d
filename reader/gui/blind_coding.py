"""Blind coding: while it is on, the window shows only the user's own annotations — in the reader's
highlights, the margin, the annotation panel (both lists) and the tooltips — so that a coder is
not swayed by colleagues' codes. Nothing in the library changes; the others are only not shown.

It is a preference (View → Blind coding, remembered), and unmistakable while on: the toolbar
button stays pressed and the status bar carries a highlighted notice that turns it off when
clicked. The agreement view, which would show the others' codes, says so instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from reader.core.errors import fill
from reader.core.records import AnnotationRecord
from reader.gui import icons
from reader.gui.errors import isolate

NOTICE_STYLE = ("QToolButton#blindCodingNotice { background: #fff1c2; color: #5c4300; border: 1px solid #e0b43a;"
                " border-radius: 4px; padding: 1px 8px; font-weight: bold; }")


class BlindCoding(QObject):
    changed = Signal(bool)
    """Fires with the new state after blind coding was turned on or off."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.action: QAction = window.make_action(self.tr("&Blind coding: only my annotations"), "blind_coding",
                                                  self.set_on, ["Ctrl+Shift+B"], checkable=True)
        self.action.setObjectName("blindCodingAction")
        self.action.setToolTip(self.tr("Show only your own annotations while you code, so that colleagues' codes "
                                       "do not sway you (Ctrl+Shift+B)"))
        self.notice = QToolButton(window)
        self.notice.setObjectName("blindCodingNotice")
        self.notice.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setCursor(Qt.CursorShape.PointingHandCursor)
        self.notice.clicked.connect(lambda: self.set_on(False))
        window.statusBar().addPermanentWidget(self.notice)
        self.on = False
        window.annotating.shown = self.shown
        self.set_on(window.preferences.blind_coding)

    def set_on(self, on: bool) -> None:
        """Turn blind coding on or off (remembered); the views redraw what they show."""
        window = self._window
        if on:
            window.annotating.ensure_author()  # whose annotations are "mine" must be known
        changed = on != self.on
        self.on = on
        window.preferences.blind_coding = on
        self.action.setChecked(on)
        icons.bind(self.notice, "blind_coding")
        self.notice.setText(fill(self.tr("Blind coding: only the annotations of %1 are shown"),
                                 [window.preferences.author], wrap=isolate))
        self.notice.setToolTip(self.tr("Click to show everyone's annotations again"))
        self.notice.setVisible(on)
        if changed:
            window.annotating.refresh_highlights()
            if window.annotation_dock.filled:  # (made later, the table reads the setting as it is then)
                window.annotation_panel.refresh()
            self.changed.emit(on)

    def shown(self, record: AnnotationRecord) -> bool:
        """Whether the reader marks `record`."""
        return not self.on or record.author == self._window.preferences.author

    def only_author(self) -> str | None:
        """The one author the annotation panel lists (None: every author)."""
        return self._window.preferences.author if self.on else None
