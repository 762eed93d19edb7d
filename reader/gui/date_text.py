"""Dates on screen, in the calendar and language the user chose (`reader.core.date_format`).

One `DateStyle` per application holds the choice; every view that shows a date asks it and redraws
when it announces a change (Settings → Preferences → Calendar), so no view keeps its own format.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.core.date_format import article_date_caption, format_date_value, format_day, format_timestamp


class DateStyle(QObject):
    changed = Signal()
    """Fires after the calendar or the language changed: every date shown must be written again."""

    def __init__(self) -> None:
        super().__init__()
        self.calendar = "afghan"
        self.language = "fa"

    def configure(self, calendar: str, language: str) -> None:
        if (calendar, language) != (self.calendar, self.language):
            self.calendar, self.language = calendar, language
            self.changed.emit()

    def day(self, value: str | None) -> str:
        """A stored article date (ISO 8601 or a dateline) as a day."""
        return format_date_value(value, self.calendar, self.language)

    def caption(self, iso_date: str | None, dateline: str | None) -> str:
        """An article's date for the reader's caption: weekday, day and time of day."""
        return article_date_caption(iso_date, dateline, self.calendar, self.language)

    def moment(self, iso_timestamp: str) -> str:
        """A time the library recorded (an annotation made or changed), in local time."""
        return format_timestamp(iso_timestamp, self.calendar, self.language)

    def today(self) -> str:
        import datetime

        return format_day(datetime.date.today(), self.calendar, self.language, weekday=True)


_STYLE: DateStyle | None = None


def date_style() -> DateStyle:
    """The application's date style (the main window configures it from the preferences)."""
    global _STYLE
    if _STYLE is None:
        _STYLE = DateStyle()
    return _STYLE
