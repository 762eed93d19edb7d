from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from reader.gui.settings import (
    FONT_PRESETS,
    LANGUAGES,
    SCROLL_POSITIONS_KEPT,
    THEMES,
    Preferences,
    SessionState,
    open_settings,
)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "hashiya.ini"


def _write_ini(path: Path, text: str) -> QSettings:
    """A settings file as a user might leave it after editing it by hand."""
    path.write_text(text, encoding="utf-8")
    return open_settings(str(path))


def test_open_settings_with_a_path_is_an_ini_file_there(ini: Path) -> None:
    qsettings = open_settings(str(ini))
    assert qsettings.format() == QSettings.Format.IniFormat
    assert Path(qsettings.fileName()) == ini


def test_open_settings_without_a_path_is_the_per_user_ini_file() -> None:
    """The file Qt itself would choose for Hashiya's user settings (so an existing one is kept), at
    the path the command line reads the author and library from."""
    from reader.services.user_settings import settings_file_path

    qsettings = open_settings()
    assert qsettings.format() == QSettings.Format.IniFormat
    assert Path(qsettings.fileName()) == settings_file_path()
    qt_default = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Hashiya", "Hashiya")
    assert Path(qt_default.fileName()) == settings_file_path()


@pytest.mark.parametrize("value", [
    "زهرا احمدی", "Smith, John", 'say "hi"', "back\\slash", "  spaced  ", "@at", "semi;colon", "line\nbreak",
    "C:\\Users\\Zahra\\کتابخانه.sqlite", "tab\there", "#hash", "=eq", "", "\u200cز", "a,b, c", "x\x01y",
])
def test_the_command_line_reads_what_the_window_writes(ini: Path, value: str) -> None:
    from reader.services.user_settings import read_setting

    prefs = Preferences(open_settings(str(ini)))
    prefs.author = value
    prefs.sync()
    assert read_setting("preferences", "author", ini) == value
    assert read_setting("preferences", "missing", ini) is None
    assert read_setting("preferences", "author", ini.with_name("absent.ini")) is None


def assert_defaults(prefs: Preferences, session: SessionState) -> None:
    assert (prefs.language, prefs.font_preset, prefs.zoom_steps) == ("fa", "MD", 0)
    assert (prefs.font_family, prefs.line_spacing, prefs.page_width) == ("Noto Sans Arabic", 1.6, 760)
    assert (prefs.theme, prefs.author) == ("light", "")
    assert prefs.font_point_size() == 17
    assert (session.library_path, session.last_article_id, session.scroll_positions) == ("", 0, {})
    assert session.window_geometry is None and session.window_state is None and session.splitter_state is None


def test_defaults(ini: Path) -> None:
    qsettings = open_settings(str(ini))
    prefs, session = Preferences(qsettings), SessionState(qsettings)
    assert_defaults(prefs, session)
    assert session.scroll_position(42) == 0.0


def _fill(qsettings: QSettings) -> None:
    prefs, session = Preferences(qsettings), SessionState(qsettings)
    prefs.language = "en"
    prefs.font_preset = "LG"
    prefs.zoom_steps = -3
    prefs.font_family = "Vazirmatn"
    prefs.line_spacing = 2.15
    prefs.page_width = 1234
    prefs.theme = "sepia"
    prefs.author = 'زهرا احمدی, "ed." ; = \\'  # commas, quotes and INI specials must survive
    session.library_path = "C:\\Users\\Zahra Ahmadi\\کتابخانه.sqlite"
    session.last_article_id = 2**40
    session.scroll_positions = {3: 0.25, 1: 0.5, 2: 1.0}
    session.window_geometry = QByteArray(b"\x00\x01geometry\xff\n=,")
    session.window_state = QByteArray(b"state")
    session.splitter_state = QByteArray(b"\x00splitter")
    qsettings.sync()
    assert qsettings.status() == QSettings.Status.NoError


def _check(qsettings: QSettings) -> None:
    prefs, session = Preferences(qsettings), SessionState(qsettings)
    assert prefs.language == "en"
    assert prefs.font_preset == "LG"
    assert prefs.zoom_steps == -3
    assert prefs.font_family == "Vazirmatn"
    assert prefs.line_spacing == 2.15
    assert prefs.page_width == 1234
    assert prefs.theme == "sepia"
    assert prefs.author == 'زهرا احمدی, "ed." ; = \\'
    assert session.library_path == "C:\\Users\\Zahra Ahmadi\\کتابخانه.sqlite"
    assert session.last_article_id == 2**40
    assert session.scroll_positions == {3: 0.25, 1: 0.5, 2: 1.0}
    assert list(session.scroll_positions) == [3, 1, 2]  # recency order survives too
    assert session.window_geometry == QByteArray(b"\x00\x01geometry\xff\n=,")
    assert session.window_state == QByteArray(b"state")
    assert session.splitter_state == QByteArray(b"\x00splitter")


def test_round_trip_through_a_fresh_qsettings(ini: Path) -> None:
    _fill(open_settings(str(ini)))
    _check(open_settings(str(ini)))


def test_round_trip_parses_the_file_from_disk(ini: Path, tmp_path: Path) -> None:
    # Qt shares one in-memory copy per file path within a process, so a fresh QSettings on the
    # same path can hand back the typed values it was given; a copy at a new path has to be parsed.
    _fill(open_settings(str(ini)))
    copy = tmp_path / "copy.ini"
    shutil.copy(ini, copy)
    _check(open_settings(str(copy)))


def test_groups_are_kept_apart(ini: Path) -> None:
    qsettings = open_settings(str(ini))
    _fill(qsettings)
    assert {key.split("/")[0] for key in qsettings.allKeys()} == {"preferences", "session"}
    SessionState(qsettings).reset()
    assert SessionState(qsettings).library_path == ""
    assert Preferences(qsettings).theme == "sepia"


GARBAGE = """\
[preferences]
language=klingon
font_preset=XXL
zoom_steps=lots
font_family=
line_spacing=nan
page_width=@ByteArray(wide)
theme=
author=@Invalid()

[session]
library_path=@ByteArray(\\0\\xff)
last_article_id=twelve
scroll_positions={not json
window_geometry=just text
window_state=12
splitter_state=
"""


def test_garbage_values_fall_back_to_defaults(ini: Path) -> None:
    qsettings = _write_ini(ini, GARBAGE)
    prefs, session = Preferences(qsettings), SessionState(qsettings)
    assert_defaults(prefs, session)


def test_a_file_that_is_not_ini_at_all_gives_defaults(ini: Path) -> None:
    ini.write_bytes(b"\x00\xff\xfe[[[=\n\x89PNG\r\n=====\n[preferences\nzoom_steps")
    qsettings = open_settings(str(ini))
    assert Preferences(qsettings).font_point_size() == 17
    assert SessionState(qsettings).scroll_positions == {}


def test_hand_edited_values_are_read_leniently(ini: Path) -> None:
    qsettings = _write_ini(
        ini,
        "[preferences]\nfont_preset= lg\ntheme=Dark\nlanguage=EN\nzoom_steps= 4 \npage_width=900.0\n"
        "line_spacing=2\nauthor=Ahmadi, Zahra\n"
        "[session]\nscroll_positions=\"[[1,0.5],[\\\"x\\\",0.1],[2,\\\"bad\\\"],[3],[4,0.75],true]\"\n",
    )
    prefs, session = Preferences(qsettings), SessionState(qsettings)
    assert (prefs.font_preset, prefs.theme, prefs.language) == ("LG", "dark", "en")
    assert (prefs.zoom_steps, prefs.page_width, prefs.line_spacing) == (4, 900, 2.0)
    assert prefs.author == "Ahmadi, Zahra"  # unquoted commas make Qt split the value into a list
    assert session.scroll_positions == {1: 0.5, 4: 0.75}  # bad pairs dropped, good ones kept


def test_out_of_range_stored_values_are_clamped(ini: Path) -> None:
    qsettings = _write_ini(
        ini,
        "[preferences]\nzoom_steps=99\nline_spacing=0.2\npage_width=-5\n"
        "[session]\nlast_article_id=-7\nscroll_positions=\"[[1,1.5],[2,-0.5]]\"\n",
    )
    prefs, session = Preferences(qsettings), SessionState(qsettings)
    assert (prefs.zoom_steps, prefs.line_spacing, prefs.page_width) == (12, 1.0, 400)
    assert session.last_article_id == 0
    assert session.scroll_positions == {1: 1.0, 2: 0.0}
    # A second file: Qt may answer a new QSettings on the first path from its in-memory copy.
    prefs = Preferences(_write_ini(ini.with_name("high.ini"), "[preferences]\nzoom_steps=-99\nline_spacing=9\npage_width=99999\n"))
    assert (prefs.zoom_steps, prefs.line_spacing, prefs.page_width) == (-6, 2.5, 1600)


def test_assigned_values_are_clamped(ini: Path) -> None:
    prefs = Preferences(open_settings(str(ini)))
    prefs.zoom_steps = 13
    prefs.line_spacing = 0.5
    prefs.page_width = 5000
    assert (prefs.zoom_steps, prefs.line_spacing, prefs.page_width) == (12, 1.0, 1600)
    prefs.zoom_steps = -100
    prefs.line_spacing = 3
    prefs.page_width = 10
    assert (prefs.zoom_steps, prefs.line_spacing, prefs.page_width) == (-6, 2.5, 400)
    session = SessionState(open_settings(str(ini)))
    session.scroll_positions = {1: 7, 2: -1}
    assert session.scroll_positions == {1: 1.0, 2: 0.0}


def test_assigning_nonsense_in_code_is_an_error(ini: Path) -> None:
    prefs = Preferences(open_settings(str(ini)))
    with pytest.raises(ValueError):
        prefs.theme = "neon"
    with pytest.raises(ValueError):
        prefs.font_preset = "XXL"
    with pytest.raises(ValueError):
        prefs.font_family = "  "
    with pytest.raises(TypeError):
        prefs.zoom_steps = "3"  # type: ignore[assignment]
    with pytest.raises(TypeError):
        prefs.page_width = True
    with pytest.raises(ValueError):
        prefs.line_spacing = float("nan")
    session = SessionState(open_settings(str(ini)))
    with pytest.raises(TypeError):
        session.window_state = "state"  # type: ignore[assignment]
    with pytest.raises(TypeError):
        session.scroll_positions = {"1": 0.5}  # type: ignore[dict-item]
    assert (prefs.theme, prefs.font_preset, prefs.zoom_steps) == ("light", "MD", 0)


def test_choices_are_the_declared_ones(ini: Path) -> None:
    prefs = Preferences(open_settings(str(ini)))
    for theme in THEMES:
        prefs.theme = theme
        assert prefs.theme == theme
    for language in LANGUAGES:
        prefs.language = language
        assert prefs.language == language
    for preset in FONT_PRESETS:
        prefs.font_preset = preset
        assert prefs.font_preset == preset


@pytest.mark.parametrize(
    ("preset", "steps", "expected"),
    [("MD", 0, 17), ("XS", 0, 12), ("SM", 2, 16), ("LG", 12, 33), ("LG", -6, 15), ("XS", -3, 9), ("XS", -6, 8)],
)
def test_font_point_size(ini: Path, preset: str, steps: int, expected: int) -> None:
    prefs = Preferences(open_settings(str(ini)))
    prefs.font_preset = preset
    prefs.zoom_steps = steps
    assert prefs.font_point_size() == expected


def test_clearing_a_saved_layout(ini: Path) -> None:
    session = SessionState(open_settings(str(ini)))
    session.window_geometry = QByteArray(b"geometry")
    session.window_geometry = None
    session.sync()
    assert SessionState(open_settings(str(ini))).window_geometry is None
    assert "session/window_geometry" not in open_settings(str(ini)).allKeys()


def test_scroll_positions_keep_only_the_most_recent(ini: Path) -> None:
    qsettings = open_settings(str(ini))
    session = SessionState(qsettings)
    for article_id in range(1, SCROLL_POSITIONS_KEPT + 1):
        session.remember_scroll(article_id, article_id / 1000)
    session.remember_scroll(1, 0.9)  # revisiting the oldest makes it the newest
    session.remember_scroll(SCROLL_POSITIONS_KEPT + 1, 0.5)
    qsettings.sync()

    positions = SessionState(open_settings(str(ini))).scroll_positions
    assert SCROLL_POSITIONS_KEPT == 200
    assert len(positions) == 200
    assert 2 not in positions  # the least recently visited went
    assert positions[1] == 0.9 and positions[201] == 0.5
    assert list(positions)[-2:] == [1, 201]
    assert session.scroll_position(2) == 0.0 and session.scroll_position(3) == 0.003


def test_assigning_more_than_the_limit_keeps_the_last_ones(ini: Path) -> None:
    session = SessionState(open_settings(str(ini)))
    session.scroll_positions = {article_id: 0.5 for article_id in range(500)}
    assert list(session.scroll_positions) == list(range(300, 500))
