"""Every icon in the interface, by what it means rather than by which glyph draws it.

Widgets ask for `icon("next_article")`, never for a qtawesome name, so the look can change in one
place. The colour is taken from the application palette when the icon is made, which is what lets
the dark theme get light glyphs. A QIcon already handed out keeps the colour it was drawn with, so
widgets take their icons through `bind` / `bind_tab`, and after a theme switch `clear_cache()` and
`refresh(window)` redraw every bound icon.

qtawesome loads a dozen icon fonts and Qt bindings of its own when imported (about a third of a
second of CPU here), which the window's first paint must not wait for. So an icon is drawn only
when Qt first asks for its pixels (`_GlyphEngine`), and each drawing — one glyph, one size, mode,
state and colour — is kept as a PNG in the user's cache folder (`icon_cache_dir`). A returning
user's window takes its icons from there without importing qtawesome at all; the first start,
a new theme or a new qtawesome draws them once.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QTabWidget

from reader.services.locations import user_cache_dir

log = logging.getLogger(__name__)

# One family (Material Design Icons 6) so stroke weight and proportions match across the toolbar.
# A tuple of more than one spec is drawn stacked, bottom first. Every glyph here either has no
# horizontal direction or is listed in MIRRORED_IN_RTL: import/export use up/down arrows and quit
# uses a power symbol precisely so that they need no mirroring.
ICONS: dict[str, tuple[str, ...]] = {
    "import_folder": ("mdi6.folder-download-outline",),
    "import_files": ("mdi6.file-download-outline",),
    "import_zip": ("mdi6.folder-zip-outline",),
    "quit": ("mdi6.power",),
    "zoom_in": ("mdi6.magnify-plus-outline",),
    "zoom_out": ("mdi6.magnify-minus-outline",),
    "zoom_reset": ("mdi6.magnify-expand",),
    "font": ("mdi6.format-font",),
    "line_spacing": ("mdi6.format-line-spacing",),
    "page_width": ("mdi6.arrow-expand-horizontal",),
    "theme_light": ("mdi6.weather-sunny",),
    "theme_sepia": ("mdi6.weather-sunset",),
    "theme_dark": ("mdi6.weather-night",),
    "settings": ("mdi6.cog-outline",),
    "language": ("mdi6.translate",),
    "search": ("mdi6.magnify",),
    "filter": ("mdi6.filter-variant",),
    "find": ("mdi6.text-box-search-outline",),
    "next_article": ("mdi6.chevron-right",),
    "previous_article": ("mdi6.chevron-left",),
    "about": ("mdi6.information-outline",),
    "collection": ("mdi6.newspaper-variant-multiple-outline",),
    "library": ("mdi6.bookshelf",),
    "article": ("mdi6.newspaper-variant-outline",),
    "error": ("mdi6.alert-circle-outline",),
    "log": ("mdi6.clipboard-text-clock-outline",),
    "tag": ("mdi6.tag-outline",),
    "note": ("mdi6.note-edit-outline",),
    "undo": ("mdi6.undo",),
    "redo": ("mdi6.redo",),
    "delete": ("mdi6.delete-outline",),
    "export": ("mdi6.export-variant",),
    "merge": ("mdi6.call-merge",),
    "export_article": ("mdi6.file-export-outline",),
    "print": ("mdi6.printer-outline",),
    "margin_notes": ("mdi6.comment-text-multiple-outline",),
    "team_folder": ("mdi6.folder-account-outline",),
    "cancel": ("mdi6.close-circle-outline",),
    "size_preset": ("mdi6.format-size",),
    "tag_add": ("mdi6.tag-plus-outline",),
    "rename": ("mdi6.rename-outline",),
    "shortcut": ("mdi6.keyboard-outline",),
    "move_up": ("mdi6.arrow-up",),
    "move_down": ("mdi6.arrow-down",),
    "edit": ("mdi6.pencil-outline",),
    "library_new": ("mdi6.book-plus-outline",),
    "library_open": ("mdi6.folder-open-outline",),
    "recent": ("mdi6.history",),
    "help": ("mdi6.help-circle-outline",),
    "guide": ("mdi6.book-open-variant",),
    "agreement": ("mdi6.account-multiple-check-outline",),
    "blind_coding": ("mdi6.eye-off-outline",),
    "accept": ("mdi6.check",),
    "accept_both": ("mdi6.check-all",),
    "refresh": ("mdi6.refresh",),
    "disagreements": ("mdi6.compare-horizontal",),
    "reports": ("mdi6.chart-bar",),
    "suggestions": ("mdi6.lightbulb-outline",),
    "reject": ("mdi6.close",),
}

# Qt mirrors layouts, arrows drawn by the style and text, but never the pixels of a QIcon, so
# glyphs whose direction carries meaning are flipped here. The glyphs above are drawn for
# left-to-right reading: "next" points right, which in Persian means going back.
MIRRORED_IN_RTL: frozenset[str] = frozenset({"next_article", "previous_article", "undo", "redo"})

# Keyed by everything the drawing depends on, so a palette or direction change can never return
# a stale icon even if the caller forgets clear_cache(); clearing just frees the old ones.
_cache: dict[tuple[str, str, str, str, bool], QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon for `name`, coloured for the current palette and mirrored for RTL when needed."""
    try:
        specs = ICONS[name]
    except KeyError:
        known = ", ".join(sorted(ICONS))
        raise KeyError(f"no icon named {name!r}; add it to ICONS in {__name__} (known: {known})") from None
    if QApplication.instance() is None:
        # qtawesome would only warn and hand back an empty icon, which shows up much later as a
        # blank button; failing here points at the real mistake.
        raise RuntimeError("icons need a QApplication; create it before asking for icons")

    palette = QApplication.palette()
    normal = _hex(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText))
    disabled = _hex(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText))
    # Selected items in lists and menus sit on the highlight colour, where ButtonText may vanish.
    selected = _hex(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText))
    mirrored = name in MIRRORED_IN_RTL and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft

    key = (name, normal, disabled, selected, mirrored)
    cached = _cache.get(key)
    if cached is not None:
        return cached

    options: dict[str, Any] = {
        "color": normal,
        "color_active": normal,
        "color_disabled": disabled,
        "color_selected": selected,
    }
    if mirrored:
        options["hflip"] = True
    made = QIcon(_GlyphEngine(specs, options))
    _cache[key] = made
    return made


class _GlyphEngine(QIconEngine):
    """Pixels of one icon, drawn by qtawesome only when Qt asks for a size not drawn before, and
    kept (in memory and as PNG files in the cache folder) per size, mode and state."""

    def __init__(self, specs: tuple[str, ...], options: dict[str, Any]) -> None:
        super().__init__()
        self.specs = specs
        self.options = options
        self.pixmaps: dict[tuple[int, int, QIcon.Mode, QIcon.State], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.specs, self.options)

    def actualSize(self, size: QSize, _mode: QIcon.Mode, _state: QIcon.State) -> QSize:  # noqa: N802 - Qt override
        return size

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode, state)
        found = self.pixmaps.get(key)
        if found is None:
            found = self.pixmaps[key] = _drawn(self.specs, self.options, size, mode, state)
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)), mode, state)
        painter.drawPixmap(rect, pixmap)


def _file_name(recipe: str) -> str:
    """The cache file of one drawing: two checksums of its recipe (that two of a folder's few hundred
    drawings share both: far under one chance in a million). Not hashlib, which loads OpenSSL: 3 ms
    of the first paint."""
    data = recipe.encode("utf-8")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}.png"


def _drawn(specs: tuple[str, ...], options: dict[str, Any], size: QSize, mode: QIcon.Mode,
           state: QIcon.State) -> QPixmap:
    """The glyph at `size` from the cache folder, else drawn by qtawesome and put there."""
    if size.isEmpty():
        return QPixmap()
    recipe = repr((_qtawesome_stamp(), specs, sorted(options.items()), size.width(), size.height(),
                   mode.value, state.value))
    path = icon_cache_dir() / _file_name(recipe)
    pixmap = QPixmap()
    if pixmap.load(str(path), "PNG") and pixmap.size() == size:
        return pixmap
    import qtawesome

    pixmap = qtawesome.icon(*specs, options=[dict(options) for _ in specs]).pixmap(size, mode, state)
    _keep(pixmap, path)
    return pixmap


def _keep(pixmap: QPixmap, path: Path) -> None:
    """Write the drawing to the cache folder whole (a partly written file is never read), or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.stem}.{os.getpid()}.part")
        if pixmap.save(str(partial), "PNG"):
            os.replace(partial, path)
        else:
            partial.unlink(missing_ok=True)
    except OSError as error:  # a read-only or full cache folder: icons are drawn every time instead
        log.debug("icon cache not written: %s", error)


def icon_cache_dir() -> Path:
    """Where drawn icons are kept (safe to delete: they are drawn again)."""
    return user_cache_dir() / "icons"


_stamp: str | None = None


def _qtawesome_stamp() -> str:
    """What tells one qtawesome from another without importing it: its file's size and time, or the
    bundle's own executable (whose qtawesome changes only with it)."""
    global _stamp
    if _stamp is None:
        from importlib.util import find_spec

        spec = find_spec("qtawesome")
        origin = spec.origin if spec is not None and spec.origin else ""
        target = origin if origin and os.path.exists(origin) else sys.executable
        stat = os.stat(target)
        _stamp = f"{stat.st_size}-{stat.st_mtime_ns}"
    return _stamp


# Objects whose icon is drawn from a name carry it in this property, so that `refresh` can redraw
# them in a new palette's colours; tab widgets carry one name per tab.
ICON_PROPERTY = "icon_name"
TAB_ICONS_PROPERTY = "tab_icon_names"


def bind[T: QObject](target: T, name: str) -> T:
    """Give `target` (a QAction, a button, a QMenu) the icon `name`, redrawn by `refresh`."""
    target.setIcon(icon(name))
    target.setProperty(ICON_PROPERTY, name)
    return target


def bind_tab(tabs: QTabWidget, index: int, name: str) -> None:
    """Give tab `index` of `tabs` the icon `name`, redrawn by `refresh`."""
    tabs.setTabIcon(index, icon(name))
    names = list(tabs.property(TAB_ICONS_PROPERTY) or [])
    names.extend([""] * (index + 1 - len(names)))
    names[index] = name
    tabs.setProperty(TAB_ICONS_PROPERTY, names)


def refresh(root: QObject) -> None:
    """Redraw every bound icon under `root` (itself included) for the current palette."""
    for target in (root, *root.findChildren(QObject)):
        name = target.property(ICON_PROPERTY)
        if name:
            target.setIcon(icon(name))
        for index, tab_name in enumerate(target.property(TAB_ICONS_PROPERTY) or []):
            if tab_name:
                target.setTabIcon(index, icon(tab_name))


def tag_swatch(color: str, size: int = 14) -> QIcon:
    """A square of a tag's colour with a thin outline, so pale colours show on any theme: the same
    mark for a tag in the tag bar, the panels, the filters and the tag manager."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(0, 0, 0, 110))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def clear_cache() -> None:
    """Forget drawn icons; call after changing the palette or the layout direction."""
    _cache.clear()
    # qtawesome keeps its own cache keyed by the options, colours included; icons in the old
    # theme's colours would otherwise live there for the rest of the session.
    if "qtawesome" in sys.modules:
        sys.modules["qtawesome"].reset_cache()


def _hex(color: QColor) -> str:
    # A plain string keeps the cache key hashable and qtawesome's own cache key stable.
    return color.name(QColor.NameFormat.HexArgb)
