"""Light, sepia and dark: one palette each for the whole app, and the reading colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.record import Record


class Theme(Record):
    name: str
    window: str
    base: str
    text: str
    muted: str
    highlight: str
    highlighted_text: str
    button: str


THEMES = {
    "light": Theme("light", "#f3f3f1", "#ffffff", "#1d1d1f", "#6b6b70", "#2f6fd0", "#ffffff", "#ececea"),
    "sepia": Theme("sepia", "#eadfc8", "#f6efdf", "#4a3a28", "#7d6a52", "#a4652a", "#fffaf0", "#e2d5b9"),
    "dark": Theme("dark", "#202124", "#17181a", "#e4e4e6", "#9a9aa0", "#5a8fe0", "#0b0b0c", "#2c2d30"),
}


# Search and find hits: the same marker yellow in every theme (the current hit in orange), with
# dark text on it, in the reader and in the search results' snippets.
HIT_BACKGROUND = "#ffe08a"
HIT_CURRENT_BACKGROUND = "#ff9f1c"
HIT_FOREGROUND = "#1d1d1f"


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.Highlight: theme.highlight,
        QPalette.ColorRole.HighlightedText: theme.highlighted_text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.BrightText: theme.highlighted_text,
        QPalette.ColorRole.Link: theme.highlight,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted))
    return palette


def apply_theme(app: QApplication, name: str) -> Theme:
    theme = THEMES.get(name, THEMES["light"])
    app.setPalette(palette_for(theme))
    return theme
