from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from reader.gui import icons
from reader.gui.icons import ICONS, MIRRORED_IN_RTL, clear_cache, icon

REQUIRED = {
    "import_folder", "import_files", "import_zip", "quit", "zoom_in", "zoom_out", "zoom_reset", "font",
    "line_spacing", "page_width", "theme_light", "theme_sepia", "theme_dark", "settings", "language",
    "search", "filter", "find", "next_article", "previous_article", "about", "collection", "library",
    "article", "error", "log", "tag", "note", "undo", "redo", "delete", "export", "merge", "cancel",
    "size_preset",
}  # fmt: skip

SIZE = 32


def _palette(text: str, window: str) -> QPalette:
    palette = QPalette(QColor(window))
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(text))
    return palette


PALETTES = {"light": _palette("#111111", "#fafafa"), "dark": _palette("#eeeeee", "#202124")}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, with palette, direction and icon cache put back afterwards."""
    palette, direction = qapp.palette(), qapp.layoutDirection()
    clear_cache()
    yield qapp
    qapp.setPalette(palette)
    qapp.setLayoutDirection(direction)
    clear_cache()


def _render(name: str) -> QImage:
    pixmap = icon(name).pixmap(SIZE, SIZE)
    assert not pixmap.isNull()
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _alphas(image: QImage) -> list[int]:
    return [image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())]


def test_every_required_name_is_mapped() -> None:
    assert REQUIRED <= ICONS.keys()
    assert MIRRORED_IN_RTL <= ICONS.keys()
    assert {"next_article", "previous_article", "undo", "redo"} <= MIRRORED_IN_RTL


def test_one_icon_family_for_a_consistent_look() -> None:
    specs = [spec for stack in ICONS.values() for spec in stack]
    assert specs and all(spec.startswith("mdi6.") for spec in specs)


@pytest.mark.parametrize("theme", sorted(PALETTES))
@pytest.mark.parametrize("name", sorted(ICONS))
def test_icon_renders_in_the_palette_colour(app: QApplication, theme: str, name: str) -> None:
    app.setPalette(PALETTES[theme])
    image = _render(name)
    assert image.width() == SIZE and image.height() == SIZE

    solid = [
        image.pixelColor(x, y)
        for y in range(SIZE)
        for x in range(SIZE)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert solid, f"{name} drew nothing opaque"
    lightness = sum(color.lightness() for color in solid) / len(solid)
    # Dark theme must get light glyphs and the other way round, or the icons disappear.
    assert (lightness > 200) if theme == "dark" else (lightness < 60)


def test_palette_change_gives_a_new_icon_even_without_clearing(app: QApplication) -> None:
    app.setPalette(PALETTES["light"])
    light = _render("search")
    app.setPalette(PALETTES["dark"])
    assert _render("search") != light


def test_icons_are_cached_until_cleared(app: QApplication) -> None:
    first = icon("settings")
    assert icon("settings") is first
    clear_cache()
    assert icon("settings") is not first


def test_unknown_name_raises_key_error_naming_it(app: QApplication) -> None:
    with pytest.raises(KeyError, match="no_such_icon"):
        icon("no_such_icon")


@pytest.mark.parametrize("name", sorted(ICONS))
def test_rtl_mirrors_exactly_the_directional_icons(app: QApplication, name: str) -> None:
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    ltr = _render(name)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = _render(name)

    if name not in MIRRORED_IN_RTL:
        assert rtl == ltr
        return
    assert rtl != ltr
    # It must be the same glyph flipped, not merely some other drawing; antialiasing of a glyph
    # drawn through a flipped transform differs from flipping the pixels by a few edge pixels.
    flipped = _alphas(ltr.flipped(Qt.Orientation.Horizontal))
    difference = sum(abs(a - b) for a, b in zip(flipped, _alphas(rtl), strict=True))
    assert difference < 0.03 * sum(flipped)


def test_icon_without_an_application_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoApplication:
        @staticmethod
        def instance() -> None:
            return None

    monkeypatch.setattr(icons, "QApplication", NoApplication)
    with pytest.raises(RuntimeError, match="QApplication"):
        icon("search")


def test_the_application_has_its_own_icon(make_window) -> None:
    window = make_window()
    app_icon = QApplication.windowIcon()
    assert not app_icon.isNull() and window.windowIcon().cacheKey() == app_icon.cacheKey()
    for size in (16, 32, 256):
        image = app_icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert image.width() == size
        # A light page on a dark tile, with an amber note in the margin.
        page = QColor(image.pixel(size // 4, size * 3 // 4))  # below the text, left of the margin
        tile = QColor(image.pixel(size // 10, size // 2))
        note = QColor(image.pixel(size * 26 // 100, size * 36 // 100))
        assert page.lightness() > 200 and tile.lightness() < 90, (size, page.name(), tile.name())
        assert note.red() - note.blue() > 80, (size, note.name())  # amber, the claim colour
    assert QApplication.desktopFileName() == "hashiya"
