"""Typed access to QSettings: what the user chose, kept apart from where the user was.

`Preferences` holds choices a user would expect to keep when the app is reinstalled or moved to
another machine; `SessionState` holds what the app remembers on its own (window layout, last
article, scroll positions) and can be wiped without the user losing anything they decided.

Every value has a declared type and default. Reading never raises: a settings file edited by
hand, or left by another version, yields defaults for values that make no sense and clamps
numbers that are merely out of range. Writing through a setter is stricter, because a bad value
there is a bug in our code: a wrong type raises TypeError and an unknown choice raises ValueError,
while numbers are clamped so that "zoom in" at the limit is simply a no-op.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any, overload

from PySide6.QtCore import QByteArray, QSettings

from reader.core.date_format import CALENDARS as DATE_CALENDARS
from reader.gui.theme import THEMES as THEME_PALETTES
from reader.services.user_settings import settings_file_path

FONT_PRESETS: dict[str, int] = {"XS": 12, "SM": 14, "MD": 17, "LG": 21}  # point sizes; the source site's presets
THEMES: tuple[str, ...] = tuple(THEME_PALETTES)  # the names a setting may hold
LANGUAGES: tuple[str, ...] = ("fa", "en")
CALENDARS: tuple[str, ...] = ("auto", *DATE_CALENDARS)  # "auto": solar (Afghan months) in Persian, else Gregorian
RECENT_LIBRARIES_KEPT = 8

ZOOM_RANGE = (-6, 12)
LINE_SPACING_RANGE = (1.0, 2.5)
PAGE_WIDTH_RANGE = (400, 1600)
MIN_POINT_SIZE = 8
SCROLL_POSITIONS_KEPT = 200


def open_settings(path: str | os.PathLike[str] | None = None) -> QSettings:
    """The user's settings file, or an INI file at `path` (tests and benchmarks)."""
    # INI everywhere, not the Windows registry or macOS plists, so that one parser (and one set of
    # fallbacks) covers every platform, users can read and fix the file, and the command line can
    # read the author and the library from it without Qt (reader/services/user_settings.py).
    return QSettings(os.fspath(path if path is not None else settings_file_path()), QSettings.Format.IniFormat)


class _Group:
    """Settings stored under one QSettings group, e.g. "preferences/"."""

    GROUP = ""

    def __init__(self, qsettings: QSettings) -> None:
        self._qsettings = qsettings

    @property
    def qsettings(self) -> QSettings:
        return self._qsettings

    def sync(self) -> None:
        """Write pending changes to disk now rather than whenever Qt gets round to it."""
        self._qsettings.sync()

    def reset(self) -> None:
        """Forget every stored value in this group, so all of them read as defaults again."""
        self._qsettings.remove(self.GROUP)

    def _key(self, name: str) -> str:
        return f"{self.GROUP}/{name}"


class _Setting[T]:
    """A typed value under the owner's group, named after the attribute it is assigned to.

    `parse` turns whatever QSettings hands back (INI values come back as strings, or as lists
    when a hand-edited value contains commas) into a valid T, raising ValueError when it cannot.
    `accept` checks a value assigned in code and returns what to store.
    """

    def __init__(self, default: T, parse: Callable[[object], T], accept: Callable[[object], T]) -> None:
        self.default = default
        self._parse = parse
        self._accept = accept
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, group: None, owner: type) -> _Setting[T]: ...
    @overload
    def __get__(self, group: _Group, owner: type) -> T: ...
    def __get__(self, group: _Group | None, owner: type) -> T | _Setting[T]:
        if group is None:
            return self
        raw = group.qsettings.value(group._key(self.name))
        if raw is None:
            return self.default
        try:
            return self._parse(raw)
        except ValueError:
            return self.default

    def __set__(self, group: _Group, value: T) -> None:
        stored = self._accept(value)
        if stored is None:
            # Absent reads back as the default; a stored null would come back as "@Invalid()".
            group.qsettings.remove(group._key(self.name))
        else:
            group.qsettings.setValue(group._key(self.name), stored)


# --- parsers: lenient with what was read, strict with what code assigns --------------------------


def _text(raw: object) -> str:
    if isinstance(raw, str):
        return raw
    # An unquoted hand-edited INI value with commas comes back from Qt as a list of its parts.
    if isinstance(raw, list) and all(isinstance(part, str) for part in raw):
        return ", ".join(raw)
    raise ValueError(f"not text: {raw!r}")


def _int_of(raw: object) -> int:
    if isinstance(raw, bool):
        raise ValueError("a boolean is not a number here")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = _text(raw).strip()
    try:
        return int(text)
    except ValueError:
        number = float(text)  # "760.0" is a fair thing to type by hand
        if not number.is_integer():
            raise ValueError(f"not a whole number: {text!r}") from None
        return int(number)


def _float_of(raw: object) -> float:
    if isinstance(raw, bool):
        raise ValueError("a boolean is not a number here")
    number = float(raw) if isinstance(raw, int | float) else float(_text(raw).strip())
    # Clamping NaN gives NaN back, and inf would pass clamping as the maximum of a typo.
    if not math.isfinite(number):
        raise ValueError(f"not a finite number: {raw!r}")
    return number


def _clamp[N: (int, float)](value: N, bounds: tuple[N, N]) -> N:
    low, high = bounds
    return max(low, min(high, value))


def _int_setting(default: int, bounds: tuple[int, int]) -> _Setting[int]:
    def accept(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an int, got {value!r}")
        return _clamp(value, bounds)

    return _Setting(default, lambda raw: _clamp(_int_of(raw), bounds), accept)


def _float_setting(default: float, bounds: tuple[float, float]) -> _Setting[float]:
    def accept(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"expected a number, got {value!r}")
        if not math.isfinite(value):
            raise ValueError(f"expected a finite number, got {value!r}")
        return _clamp(float(value), bounds)

    return _Setting(default, lambda raw: _clamp(_float_of(raw), bounds), accept)


def _str_setting(default: str, *, allow_empty: bool = True) -> _Setting[str]:
    def parse(raw: object) -> str:
        text = _text(raw)
        if not allow_empty and not text.strip():
            raise ValueError("empty")
        return text

    def accept(value: object) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected a str, got {value!r}")
        if not allow_empty and not value.strip():
            raise ValueError("this setting cannot be empty")
        return value

    return _Setting(default, parse, accept)


def _choice_setting(default: str, choices: Iterable[str]) -> _Setting[str]:
    # Matching ignores case and surrounding spaces, so "md" or " Dark" typed by hand still work.
    canonical = {choice.casefold(): choice for choice in choices}

    def parse(raw: object) -> str:
        text = _text(raw).strip().casefold()
        if text not in canonical:
            raise ValueError(f"unknown choice {raw!r}")
        return canonical[text]

    def accept(value: object) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected a str, got {value!r}")
        try:
            return parse(value)
        except ValueError:
            raise ValueError(f"{value!r} is not one of {tuple(canonical.values())}") from None

    return _Setting(default, parse, accept)


def _bool_setting(default: bool) -> _Setting[bool]:
    def parse(raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        text = _text(raw).strip().casefold()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ValueError(f"not a yes or no: {raw!r}")

    def accept(value: object) -> bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected a bool, got {value!r}")
        return value

    return _Setting(default, parse, accept)


def _bytes_setting() -> _Setting[QByteArray | None]:
    # Qt's saveGeometry()/saveState() blobs; restoreGeometry() rejects a corrupt blob by itself,
    # so the only check needed here is that it is a byte array at all.
    def parse(raw: object) -> QByteArray | None:
        if isinstance(raw, QByteArray):
            return raw if not raw.isEmpty() else None
        raise ValueError(f"not a byte array: {raw!r}")

    def accept(value: object) -> QByteArray | None:
        if value is None:
            return None
        if isinstance(value, bytes | bytearray):
            return QByteArray(bytes(value))
        if not isinstance(value, QByteArray):
            raise TypeError(f"expected a QByteArray or None, got {value!r}")
        return value

    return _Setting(None, parse, accept)


# --- the two groups ---------------------------------------------------------------------------


def language_calendar(language: str) -> str:
    """The calendar a language suggests: the solar one (Afghan months) in Persian, else Gregorian."""
    return "afghan" if language == "fa" else "gregorian"


class Preferences(_Group):
    """What the user chose, under "preferences/"."""

    GROUP = "preferences"

    language = _choice_setting("fa", LANGUAGES)
    font_preset = _choice_setting("MD", FONT_PRESETS)
    zoom_steps = _int_setting(0, ZOOM_RANGE)  # each step is one point on top of the preset
    font_family = _str_setting("Noto Sans Arabic", allow_empty=False)
    line_spacing = _float_setting(1.6, LINE_SPACING_RANGE)
    page_width = _int_setting(760, PAGE_WIDTH_RANGE)  # pixels
    theme = _choice_setting("light", THEMES)
    author = _str_setting("")  # signs the user's notes; empty means anonymous
    calendar = _choice_setting("auto", CALENDARS)

    def date_calendar(self) -> str:
        """The calendar every date is shown in: the user's choice, else what the language suggests."""
        return self.calendar if self.calendar != "auto" else language_calendar(self.language)
    margin_notes = _bool_setting(True)  # the notes' cards beside the text
    blind_coding = _bool_setting(False)  # only the user's own annotations are shown while coding
    consensus_author = _str_setting("")  # the author adjudicated decisions are written under; empty: not named yet
    show_suggestions = _bool_setting(True)  # suggested claims and denials outlined in the reader

    def font_point_size(self) -> int:
        """The reading font size: the preset plus the zoom steps, never below MIN_POINT_SIZE."""
        return max(MIN_POINT_SIZE, FONT_PRESETS[self.font_preset] + self.zoom_steps)


class SessionState(_Group):
    """What the app remembers about where the user was, under "session/"."""

    GROUP = "session"

    library_path = _str_setting("")  # the library last opened from the menu; empty means the default one
    reading_library = _str_setting("")  # the library that last_article_id and the scroll positions belong to
    first_start_done = _bool_setting(False)  # the sample collection is offered on the first start only
    last_article_id = _int_setting(0, (0, 2**63 - 1))  # 0 means none; SQLite rowids are 64-bit
    window_geometry = _bytes_setting()
    window_state = _bytes_setting()
    splitter_state = _bytes_setting()

    @property
    def scroll_positions(self) -> dict[int, float]:
        """Article id -> fraction scrolled (0..1), oldest first; a copy, so assign to change it."""
        raw = self.qsettings.value(self._key("scroll_positions"))
        if raw is None:
            return {}
        try:
            return _parse_scroll_positions(json.loads(_text(raw)))
        except ValueError:  # JSONDecodeError is a ValueError
            return {}

    @scroll_positions.setter
    def scroll_positions(self, positions: Mapping[int, float]) -> None:
        if not isinstance(positions, Mapping):
            raise TypeError(f"expected a mapping of article id to fraction, got {positions!r}")
        cleaned: dict[int, float] = {}
        for article_id, fraction in positions.items():
            if isinstance(article_id, bool) or not isinstance(article_id, int):
                raise TypeError(f"article ids are ints, got {article_id!r}")
            if isinstance(fraction, bool) or not isinstance(fraction, int | float) or not math.isfinite(fraction):
                raise TypeError(f"scroll fractions are finite numbers, got {fraction!r}")
            cleaned[article_id] = _clamp(float(fraction), (0.0, 1.0))
        self._store_scroll_positions(cleaned)

    @property
    def recent_libraries(self) -> list[str]:
        """Library files opened from the menu, most recent first."""
        raw = self.qsettings.value(self._key("recent_libraries"))
        if raw is None:
            return []
        try:
            data = json.loads(_text(raw))
        except ValueError:
            return []
        if not isinstance(data, list):
            return []
        return [path for path in data if isinstance(path, str) and path][:RECENT_LIBRARIES_KEPT]

    def remember_library(self, path: str) -> None:
        """`path` is the library the window opens from now on, and the first of the recent ones."""
        if not isinstance(path, str) or not path:
            raise ValueError(f"expected a library path, got {path!r}")
        self.library_path = path
        recent = [path, *(p for p in self.recent_libraries if p != path)][:RECENT_LIBRARIES_KEPT]
        self.qsettings.setValue(self._key("recent_libraries"), json.dumps(recent, ensure_ascii=False))

    def forget_recent_libraries(self) -> None:
        self.qsettings.remove(self._key("recent_libraries"))

    def scroll_position(self, article_id: int) -> float:
        """Where the user left `article_id`, 0.0 if the app does not remember."""
        return self.scroll_positions.get(article_id, 0.0)

    def remember_scroll(self, article_id: int, fraction: float) -> None:
        """Record a position and make it the most recent, so it is the last to be pruned."""
        positions = self.scroll_positions
        positions.pop(article_id, None)  # re-inserting moves it to the end: dicts keep order
        positions[article_id] = fraction
        self.scroll_positions = positions

    def _store_scroll_positions(self, positions: dict[int, float]) -> None:
        # Insertion order is the recency order, oldest first, so pruning keeps the tail. A list of
        # pairs rather than a JSON object keeps that order explicit for anyone reading the file.
        # Six decimals is far finer than a pixel of any article and keeps 200 entries short.
        kept = list(positions.items())[-SCROLL_POSITIONS_KEPT:]
        text = json.dumps([[article_id, round(fraction, 6)] for article_id, fraction in kept], separators=(",", ":"))
        self.qsettings.setValue(self._key("scroll_positions"), text)


def _parse_scroll_positions(data: Any) -> dict[int, float]:
    # One bad pair is dropped rather than losing every remembered position.
    if not isinstance(data, list):
        raise ValueError("scroll positions are a list of [id, fraction] pairs")
    positions: dict[int, float] = {}
    for pair in data:
        if not (isinstance(pair, list) and len(pair) == 2):
            continue
        article_id, fraction = pair
        if isinstance(article_id, bool) or not isinstance(article_id, int):
            continue
        try:
            value = _float_of(fraction)
        except ValueError:
            continue
        positions.pop(article_id, None)
        positions[article_id] = _clamp(value, (0.0, 1.0))
    return dict(list(positions.items())[-SCROLL_POSITIONS_KEPT:])
