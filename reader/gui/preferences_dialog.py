"""Settings → Preferences…: the author name, the interface language, the calendar dates are shown
in, and the reading text's defaults — in one place instead of an INI file."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFontComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout,
    QWidget,
)

from reader.core.date_format import CALENDARS, format_day
from reader.core.record import Record
from reader.gui.settings import FONT_PRESETS, THEMES, Preferences, language_calendar

LANGUAGE_NAMES = {"fa": "فارسی / دری", "en": "English"}  # each in its own language


class PreferenceChoices(Record):
    author: str
    language: str
    calendar: str
    font_family: str
    font_preset: str
    line_spacing: float
    page_width: int
    theme: str


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, line_spacings: Sequence[float], page_widths: Mapping[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        p = preferences

        self.author_edit = QLineEdit(p.author, self)
        self.author_edit.setObjectName("author")
        self.author_edit.setPlaceholderText(self.tr("Your name, as colleagues should see it"))
        self.language_box = self._combo("language", [(code, name) for code, name in LANGUAGE_NAMES.items()], p.language)
        calendar_names = {
            "afghan": self.tr("Solar, Afghan months (Hamal, Sawr …)"),
            "iranian": self.tr("Solar, Iranian months (Farvardin, Ordibehesht …)"),
            "gregorian": self.tr("Gregorian"),
        }
        self.calendar_box = self._combo("calendar", [(c, calendar_names[c]) for c in CALENDARS], p.date_calendar())
        # Until the user picks a calendar, the calendar follows the language (as it did before).
        self._calendar_follows_language = p.calendar == "auto"
        self.calendar_box.activated.connect(self._calendar_chosen)
        self.calendar_example = QLabel(self)
        self.calendar_example.setObjectName("calendarExample")
        people = QGroupBox(self.tr("You and the interface"), self)
        form = QFormLayout(people)
        form.addRow(self.tr("&Author name:"), self.author_edit)
        hint = QLabel(self.tr("Signs your annotations and notes; the command line uses it too."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Calendar:"), self.calendar_box)
        form.addRow("", self.calendar_example)

        self.font_box = QFontComboBox(self)
        self.font_box.setObjectName("fontFamily")
        self.font_box.setCurrentFont(QFont(p.font_family))
        self.preset_box = self._combo("fontPreset", [(name, f"{name} ({size} pt)") for name, size in FONT_PRESETS.items()],
                                      p.font_preset)
        locale = QLocale()
        closest_spacing = min(line_spacings, key=lambda v: abs(v - p.line_spacing))
        self.spacing_box = self._combo("lineSpacing", [(v, locale.toString(v, "f", 1)) for v in line_spacings],
                                       closest_spacing)
        width_names = {"narrow": self.tr("Narrow"), "medium": self.tr("Medium"), "wide": self.tr("Wide"),
                       "full": self.tr("Full width")}
        closest_width = min(page_widths.values(), key=lambda v: abs(v - p.page_width))
        self.width_box = self._combo("pageWidth", [(px, width_names.get(name, name)) for name, px in page_widths.items()],
                                     closest_width)
        theme_names = {"light": self.tr("Light"), "sepia": self.tr("Sepia"), "dark": self.tr("Dark")}
        self.theme_box = self._combo("theme", [(t, theme_names.get(t, t)) for t in THEMES], p.theme)
        reading = QGroupBox(self.tr("Reading text"), self)
        form = QFormLayout(reading)
        form.addRow(self.tr("&Font:"), self.font_box)
        form.addRow(self.tr("Text &size:"), self.preset_box)
        form.addRow(self.tr("Line &spacing:"), self.spacing_box)
        form.addRow(self.tr("Page &width:"), self.width_box)
        form.addRow(self.tr("&Theme:"), self.theme_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(people)
        layout.addWidget(reading)
        layout.addWidget(buttons)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.setMinimumWidth(560)
        self.calendar_box.currentIndexChanged.connect(self._show_example)
        self._show_example()

    def _combo(self, name: str, items: Sequence[tuple[object, str]], current: object) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for value, text in items:
            box.addItem(text, value)
        index = box.findData(current)
        box.setCurrentIndex(max(0, index))
        return box

    def _calendar_chosen(self) -> None:
        self._calendar_follows_language = False

    def _language_changed(self) -> None:
        if self._calendar_follows_language:
            default = language_calendar(self.language_box.currentData())
            self.calendar_box.setCurrentIndex(self.calendar_box.findData(default))
        self._show_example()

    def _show_example(self) -> None:
        example = format_day(datetime.date.today(), self.calendar_box.currentData(), self.language_box.currentData(),
                             weekday=True)
        self.calendar_example.setText(self.tr("Today: %1").replace("%1", f"\u2068{example}\u2069"))

    def choices(self) -> PreferenceChoices:
        return PreferenceChoices(
            author=self.author_edit.text().strip(),
            language=self.language_box.currentData(),
            calendar="auto" if self._calendar_follows_language else self.calendar_box.currentData(),
            font_family=self.font_box.currentFont().family(),
            font_preset=self.preset_box.currentData(),
            line_spacing=float(self.spacing_box.currentData()),
            page_width=int(self.width_box.currentData()),
            theme=self.theme_box.currentData(),
        )
