"""List cells whose text is laid out, and cut short, in its own direction: a Persian title in the
English interface is elided at its end (on the left) and keeps its word order, and so is an
English title in the Persian interface. Each cell stays aligned to the interface's leading side."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from reader.core.text import text_direction


class OwnDirectionDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        rtl = text_direction(option.text) == "rtl"
        option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option.textElideMode = Qt.TextElideMode.ElideRight  # the text's logical end, on its own side
        interface_rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
        option.displayAlignment = vertical | Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if interface_rtl else Qt.AlignmentFlag.AlignLeft)
