"""The main window: library dock, reading pane, menus, toolbar and status bar.

It wires widgets to services and remembers state; the panels do their own drawing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QFontDialog, QLabel, QMainWindow, QMessageBox, QToolBar, QToolButton

from reader import __version__
from reader.gui import icons
from reader.gui.annotating import Annotating
from reader.gui.article_export import ArticleExportController
from reader.gui.blind_coding import BlindCoding
from reader.gui.annotation_controller import AnnotationController
from reader.gui.date_text import date_style
from reader.gui.dock_on_demand import DockOnDemand
from reader.gui.first_paint import after_first_paint
from reader.gui.exchange_controller import ExchangeController
from reader.gui.import_controller import ImportController
from reader.gui.library_files import LibraryFiles
from reader.gui.library_panel import LibraryPanel
from reader.gui.organizing import Organizing
from reader.gui.margin_controller import MarginController
from reader.gui.article_note import ArticleNotes
from reader.gui.reader_view import ReaderView
from reader.gui.finding import Finding
from reader.gui.settings import FONT_PRESETS, Preferences, SessionState
from reader.gui.team_sync import TeamSync
from reader.gui.suggesting import Suggesting
from reader.gui.theme import THEMES, apply_theme
from reader.core.changes import Changes
from reader.core.errors import HashiyaError, fill
from reader.gui.errors import isolate, show_error
from reader.gui.operations import Operations
from reader.services.library import Library
from reader.services.locations import library_name

if TYPE_CHECKING:
    from reader.gui.agreement_controller import AgreementController
    from reader.gui.annotation_panel import AnnotationPanel

log = logging.getLogger(__name__)

LINE_SPACINGS = (1.2, 1.4, 1.6, 1.8, 2.0)
PAGE_WIDTHS = {"narrow": 560, "medium": 760, "wide": 1000, "full": 1600}
DOCK_WIDTH = 330  # at the default 1280 px the text keeps about 700 px beside its margin
DOCK_MIN_WIDTH = 56


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    """Fires with a language code when the user picks another interface language (the window host
    rebuilds the window in it)."""

    def __init__(self, library: Library, preferences: Preferences, session: SessionState) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.library = library
        self.preferences = preferences
        self.session = session
        self._update_title()
        date_style().configure(preferences.date_calendar(), preferences.language)  # before any view shows a date
        self.reader = ReaderView(self)
        self.setCentralWidget(self.reader)
        self.panel = LibraryPanel(library, self)
        self.dock = QDockWidget(self.tr("Library"), self)
        self.dock.setObjectName("libraryDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        # Qt does not mirror dock areas: the library goes on the reading side's start.
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        start_area = Qt.DockWidgetArea.RightDockWidgetArea if rtl else Qt.DockWidgetArea.LeftDockWidgetArea
        self.addDockWidget(start_area, self.dock)
        self.ops = Operations(library, self)
        self.panel.connect_changes(self.ops)  # before the window's own handler: it reopens by the list
        self.ops.changed.connect(self._apply_changes)
        self.ops.status.connect(self._show_status)
        self.controller = AnnotationController(self.ops, self)
        self.controller.step_failed.connect(self._step_failed)
        self.annotating = Annotating(self, self.reader, self.controller, preferences, self._show_status)
        self.article_notes = ArticleNotes(self.reader, self.ops, self.annotating.ensure_author)
        self.suggesting = Suggesting(self, self.reader, self.controller, preferences, self.annotating.ensure_author,
                                     self._show_status)
        self.reader.article_shown.connect(self.suggesting.article_shown)
        self.annotating.more_actions = self.suggesting.context_actions
        # The margin shows the notes beside the text; the full table shares the library's side, a tab
        # away, and is made when that tab is first shown.
        self._annotation_panel: AnnotationPanel | None = None
        self.annotation_dock = DockOnDemand(self.tr("Annotations"), "annotationDock", self._fill_annotations, self)
        self.addDockWidget(start_area, self.annotation_dock)
        self.tabifyDockWidget(self.dock, self.annotation_dock)
        self.annotating.annotation_clicked = self._annotation_clicked
        self.margin = MarginController(self)
        self.finding = Finding(self, library, start_area)
        self._size_docks()
        self.importer = ImportController(self, self.ops)
        self.exchange = ExchangeController(self, self.ops, self._show_status)
        self.library_files = LibraryFiles(self, session, library.path)
        self.organizing = Organizing(self, self.panel, self.controller, self._show_status)
        self.article_export = ArticleExportController(self, self._show_status)
        self.blind_coding = BlindCoding(self)
        self._agreement: AgreementController | None = None
        self._make_agreement_dock()
        self.team_sync = TeamSync(self.ops, preferences, self)
        self.team_sync.status.connect(self._show_status)
        self.reports = None
        self._sample: Path | None = None
        self._sample_importing = False
        self.status_count = QLabel(self)
        self.status_date = QLabel(self)
        self.statusBar().addWidget(self.status_date, 1)
        self.statusBar().addPermanentWidget(self.status_count)
        self.status_library = QLabel(library_name(library.path), self)
        self.status_library.setObjectName("libraryName")
        self.status_library.setToolTip(str(library.path.absolute()))
        self.statusBar().addPermanentWidget(self.status_library)
        self._build_actions()
        self._build_menus_and_toolbar()
        self.panel.article_activated.connect(self.open_article)
        self.reader.text_view.zoom_requested.connect(self.zoom)
        self.apply_preferences()
        self._restore_layout()
        self._update_status()
        self.team_sync.start_soon()

    def _size_docks(self) -> None:
        """The docks take a fair share by default, and each can be dragged down to a narrow strip."""
        for dock in (self.dock, self.annotation_dock, self.finding.dock):
            dock.widget().setMinimumWidth(DOCK_MIN_WIDTH)
        self.dock.raise_()
        self.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _fill_annotations(self, dock: QDockWidget) -> None:
        from reader.gui.annotation_panel import AnnotationPanel

        panel = self._annotation_panel = AnnotationPanel(self.library, self.controller, self)
        panel.only_author = self.blind_coding.only_author
        dock.setWidget(panel)
        panel.jump_requested.connect(self.jump_to_annotation)
        panel.place_requested.connect(self.place_orphan)
        self.controller.annotation_created.connect(panel.select_annotation)
        panel.show_article(self.reader.article.id if self.reader.article is not None else None)

    @property
    def annotation_panel(self) -> AnnotationPanel:
        """The annotation table (made now if its tab was never shown)."""
        self.annotation_dock.ensure_filled()
        assert self._annotation_panel is not None
        return self._annotation_panel

    def _make_agreement_dock(self) -> None:
        """The agreement dock, under the reading pane only (the library and annotation docks keep the
        window's full height); its view and controller are made when it is first shown."""
        dock = self.agreement_dock = DockOnDemand(self.tr("Agreement"), "agreementDock", self._fill_agreement, self)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        toggle = dock.toggleViewAction()
        toggle.setText(self.tr("A&greement and adjudication"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
        toggle.setObjectName("agreementToggle")
        icons.bind(toggle, "agreement")
        self.addAction(toggle)

    def _fill_agreement(self, dock: QDockWidget) -> None:
        from reader.gui.agreement_controller import AgreementController

        self._agreement = AgreementController(self, self.blind_coding, dock)

    @property
    def agreement(self) -> AgreementController:
        """The agreement view's controller (made now if the dock was never shown)."""
        self.agreement_dock.ensure_filled()
        assert self._agreement is not None
        return self._agreement

    # Actions -------------------------------------------------------------------------------------------
    def make_action(self, text: str, icon_name: str | None, slot, shortcuts=(), checkable: bool = False) -> QAction:
        """An action of the window (its shortcuts work even when no menu or toolbar shows it)."""
        action = QAction(text, self)
        if icon_name:
            icons.bind(action, icon_name)
        keys = []
        for shortcut in shortcuts:  # a standard key may mean several sequences, or none on this platform
            found = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey) \
                else [QKeySequence(shortcut)]
            keys += [key for key in found if not key.isEmpty() and key not in keys]
        action.setShortcuts(keys)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the toolbar is hidden
        return action

    def _build_actions(self) -> None:
        self.import_folder_action = self.make_action(self.tr("Import &folder…"), "import_folder", self.importer.choose_folder, [QKeySequence.StandardKey.Open])
        self.import_files_action = self.make_action(self.tr("Import f&iles…"), "import_files", self.importer.choose_files, ["Ctrl+Shift+O"])
        self.import_zip_action = self.make_action(self.tr("Import &zip archive…"), "import_zip", self.importer.choose_zip)
        self.export_action = self.make_action(self.tr("&Export annotations…"), "export",
                                          self.exchange.choose_export, ["Ctrl+E"])
        self.merge_action = self.make_action(self.tr("&Merge annotation files…"), "merge", self.exchange.choose_merge,
                                         ["Ctrl+Shift+M"])
        self.quit_action = self.make_action(self.tr("&Quit"), "quit", self.close, [QKeySequence.StandardKey.Quit])
        self.zoom_in_action = self.make_action(self.tr("Zoom &in"), "zoom_in", lambda: self.zoom(1), ["Ctrl+=", "Ctrl++"])
        self.zoom_out_action = self.make_action(self.tr("Zoom &out"), "zoom_out", lambda: self.zoom(-1), ["Ctrl+-"])
        self.zoom_reset_action = self.make_action(self.tr("&Reset zoom"), "zoom_reset", self.reset_zoom, ["Ctrl+0"])
        self.font_action = self.make_action(self.tr("&Font…"), "font", self.choose_font)
        self.next_action = self.make_action(self.tr("&Next article"), "next_article", lambda: self.panel.step(1), ["Ctrl+PgDown", "Alt+Down"])
        self.previous_action = self.make_action(self.tr("&Previous article"), "previous_article", lambda: self.panel.step(-1), ["Ctrl+PgUp", "Alt+Up"])
        self.filter_action = self.make_action(self.tr("&Filter the list"), "filter", self.focus_filter, ["Ctrl+L"])
        self.about_action = self.make_action(self.tr("&About Hashiya"), "about", self.about)
        self.tag_manager_action = self.make_action(self.tr("&Tags…"), "tag", self.manage_tags, ["Ctrl+T"])
        self.preferences_action = self.make_action(self.tr("&Preferences…"), "settings", self.show_preferences,
                                                   [QKeySequence.StandardKey.Preferences, "Ctrl+,"])
        self.guide_action = self.make_action(self.tr("User &guide"), "guide", self.show_guide,
                                             [QKeySequence.StandardKey.HelpContents])
        self.reports_action = self.make_action(self.tr("&Reports…"), "reports", self.show_reports, ["Ctrl+Shift+R"])
        self.shortcuts_action = self.make_action(self.tr("&Keyboard shortcuts"), "shortcut", self.show_shortcuts,
                                                 ["Ctrl+F1"])
        self.team_folder_action = self.make_action(self.tr("Team &folder…"), "team_folder", self.team_sync.open_dialog)
        self.review_action = self.make_action(self.tr("&Review suggestions…"), "suggestions", self.review_suggestions,
                                              ["Ctrl+Shift+E"])
        self.suggestion_settings_action = self.make_action(self.tr("&Suggestions…"), "suggestions",
                                                           self.suggestion_settings)

        self.preset_group = QActionGroup(self)
        self.preset_actions: dict[str, QAction] = {}
        for number, preset in enumerate(FONT_PRESETS, start=1):
            action = self.make_action(preset, None, lambda _=False, p=preset: self.set_font_preset(p), [f"Ctrl+Alt+{number}"], checkable=True)
            action.setToolTip(self.tr("Text size %1").replace("%1", preset))
            action.setObjectName(f"preset{preset}")
            self.preset_group.addAction(action)
            self.preset_actions[preset] = action
        self.theme_group = QActionGroup(self)
        theme_names = {"light": self.tr("&Light"), "sepia": self.tr("&Sepia"), "dark": self.tr("&Dark")}
        self.theme_actions = {
            name: self.make_action(theme_names[name], f"theme_{name}", lambda _=False, n=name: self.set_theme(n), checkable=True)
            for name in THEMES
        }
        for action in self.theme_actions.values():
            self.theme_group.addAction(action)
        self.spacing_group = QActionGroup(self)
        self.spacing_actions = {
            value: self.make_action(QLocale().toString(value, "f", 1), None, lambda _=False, v=value: self.set_line_spacing(v), checkable=True)
            for value in LINE_SPACINGS
        }
        for action in self.spacing_actions.values():
            self.spacing_group.addAction(action)
        width_names = {"narrow": self.tr("&Narrow"), "medium": self.tr("&Medium"), "wide": self.tr("&Wide"), "full": self.tr("&Full width")}
        self.width_group = QActionGroup(self)
        self.width_actions = {
            px: self.make_action(width_names[name], None, lambda _=False, w=px: self.set_page_width(w), checkable=True)
            for name, px in PAGE_WIDTHS.items()
        }
        for action in self.width_actions.values():
            self.width_group.addAction(action)
        self.language_group = QActionGroup(self)
        self.language_actions = {
            "fa": self.make_action("فارسی / دری", None, lambda: self.set_language("fa"), checkable=True),
            "en": self.make_action("English", None, lambda: self.set_language("en"), checkable=True),
        }
        for action in self.language_actions.values():
            self.language_group.addAction(action)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions(self.library_files.actions())
        file_menu.addSeparator()
        file_menu.addActions([self.import_folder_action, self.import_files_action, self.import_zip_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.merge_action])
        file_menu.addSeparator()
        file_menu.addActions(self.article_export.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.annotating.undo_action, self.annotating.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.annotating.note_action, self.annotating.delete_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.review_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.tag_manager_action)
        edit_menu.addSeparator()
        edit_menu.addActions(self.finding.actions())
        bar.addMenu(self.organizing.menu)
        view_menu = bar.addMenu(self.tr("&View"))
        size_menu = icons.bind(view_menu.addMenu(self.tr("Text &size")), "size_preset")
        size_menu.addActions(list(self.preset_actions.values()))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.font_action)
        spacing_menu = icons.bind(view_menu.addMenu(self.tr("&Line spacing")), "line_spacing")
        spacing_menu.addActions(list(self.spacing_actions.values()))
        width_menu = icons.bind(view_menu.addMenu(self.tr("Page &width")), "page_width")
        width_menu.addActions(list(self.width_actions.values()))
        self.theme_menu = icons.bind(view_menu.addMenu(self.tr("&Theme")), f"theme_{self.preferences.theme}")
        self.theme_menu.addActions(list(self.theme_actions.values()))
        self.theme_button_action = icons.bind(QAction(self.tr("Theme"), self), f"theme_{self.preferences.theme}")
        self.theme_button_action.setToolTip(self.tr("Next theme (the arrow lists them)"))
        self.theme_button_action.setMenu(self.theme_menu)
        self.theme_button_action.triggered.connect(self.next_theme)
        view_menu.addSeparator()
        library_toggle = self.dock.toggleViewAction()
        library_toggle.setText(self.tr("Show &library"))
        library_toggle.setShortcut(QKeySequence("F9"))
        view_menu.addAction(library_toggle)
        annotations_toggle = self.annotation_dock.toggleViewAction()
        annotations_toggle.setText(self.tr("Show &annotations"))
        annotations_toggle.setShortcut(QKeySequence("F10"))
        view_menu.addAction(annotations_toggle)
        view_menu.addAction(self.margin.toggle_action)
        view_menu.addSeparator()
        view_menu.addActions([self.agreement_dock.toggleViewAction(), self.blind_coding.action])
        view_menu.addAction(self.reports_action)
        view_menu.addAction(self.suggesting.show_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addActions([self.next_action, self.previous_action, self.filter_action])
        go_menu.addSeparator()
        go_menu.addActions(self.margin.actions())
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.preferences_action)
        settings_menu.addAction(self.suggestion_settings_action)
        language_menu = icons.bind(settings_menu.addMenu(self.tr("&Language")), "language")
        language_menu.addActions(list(self.language_actions.values()))
        settings_menu.addAction(self.team_folder_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addAction(self.import_folder_action)
        toolbar.addSeparator()
        toolbar.addActions([self.previous_action, self.next_action])
        toolbar.addSeparator()
        toolbar.addActions(list(self.preset_actions.values()))
        for preset, action in self.preset_actions.items():
            toolbar.widgetForAction(action).setObjectName(f"presetButton{preset}")
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action])
        toolbar.addSeparator()
        toolbar.addAction(self.font_action)
        toolbar.addAction(self.theme_button_action)
        toolbar.addSeparator()
        toolbar.addAction(self.blind_coding.action)
        button = toolbar.widgetForAction(self.theme_button_action)
        button.setObjectName("themeButton")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)  # a click: the next theme; ▾: the list
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.annotating.palette)

    # Preferences -----------------------------------------------------------------------------------------
    def apply_preferences(self) -> None:
        p = self.preferences
        self.preset_actions[p.font_preset].setChecked(True)
        self.theme_actions[p.theme].setChecked(True)
        self.language_actions[p.language].setChecked(True)
        spacing = min(LINE_SPACINGS, key=lambda v: abs(v - p.line_spacing))
        self.spacing_actions[spacing].setChecked(True)
        width = min(PAGE_WIDTHS.values(), key=lambda v: abs(v - p.page_width))
        self.width_actions[width].setChecked(True)
        self.reader.apply_typography(p.font_family, p.font_point_size(), p.line_spacing, p.page_width)
        date_style().configure(p.date_calendar(), p.language)
        self.status_zoom_text()
        self._update_status()

    def set_font_preset(self, preset: str) -> None:
        self.preferences.font_preset = preset
        self.preferences.zoom_steps = 0
        self.apply_preferences()

    def zoom(self, steps: int) -> None:
        self.preferences.zoom_steps = self.preferences.zoom_steps + steps
        self.apply_preferences()

    def reset_zoom(self) -> None:
        self.preferences.zoom_steps = 0
        self.apply_preferences()

    def choose_font(self) -> None:
        ok, font = QFontDialog.getFont(self.reader.text_view.document().defaultFont(), self, self.tr("Reading font"))
        if ok:
            self.preferences.font_family = font.family()
            self.apply_preferences()

    def set_line_spacing(self, value: float) -> None:
        self.preferences.line_spacing = value
        self.apply_preferences()

    def set_page_width(self, width: int) -> None:
        self.preferences.page_width = width
        self.apply_preferences()

    def set_theme(self, name: str) -> None:
        self.preferences.theme = name
        apply_theme(QApplication.instance(), name)
        icons.clear_cache()
        # The theme's own icon on the toolbar button and the menu, then every icon in the new colours.
        icons.bind(self.theme_button_action, f"theme_{name}")
        icons.bind(self.theme_menu, f"theme_{name}")
        icons.refresh(self)
        self.apply_preferences()

    def next_theme(self) -> None:
        names = list(THEMES)
        self.set_theme(names[(names.index(self.preferences.theme) + 1) % len(names)])

    def set_language(self, language: str) -> None:
        """Ask for the interface in `language` (the window is rebuilt in it, no restart)."""
        self.language_actions[self.preferences.language].setChecked(True)  # until the new window shows
        if language != self.preferences.language:
            self.language_requested.emit(language)

    def show_preferences(self) -> None:
        from reader.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences, LINE_SPACINGS, PAGE_WIDTHS, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_choices(dialog.choices()))
        self.preferences_dialog = dialog
        dialog.open()

    def apply_choices(self, choices) -> None:
        """What the Preferences dialog chose: applied now (a new language rebuilds the window)."""
        p = self.preferences
        p.author, p.calendar, p.font_family, p.font_preset = choices.author, choices.calendar, choices.font_family, choices.font_preset
        p.line_spacing, p.page_width = choices.line_spacing, choices.page_width
        if choices.theme != p.theme:
            self.set_theme(choices.theme)
        self.apply_preferences()
        p.sync()
        self.set_language(choices.language)

    def show_guide(self) -> None:
        from reader.gui.help import UserGuideDialog

        dialog = UserGuideDialog(self.preferences.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dialog
        dialog.show()

    def show_shortcuts(self) -> None:
        from reader.gui.help import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog = dialog
        dialog.show()

    def import_sample_when_painted(self, path: Path) -> None:
        """A first start: the bundled sample collection is imported once the window has been painted,
        in the background with its progress shown — the window does not wait for it (building the
        search lexicon for it takes seconds). The first article opens when it is in."""
        self._sample = path
        self.reader.set_sample_coming(True)
        after_first_paint(self.reader.text_view.viewport(), self.start_sample_import)

    def start_sample_import(self) -> None:
        """Start the sample's import now, if one waits (at most once)."""
        path, self._sample = self._sample, None
        if path is not None:
            self.importer.finished.connect(self._sample_imported)
            self._sample_importing = True
            self.importer.start([path], summary=False)

    def _sample_imported(self, _report: object) -> None:
        self.importer.finished.disconnect(self._sample_imported)
        self._sample_importing = False
        self.reader.set_sample_coming(False)  # (cancelled or refused: the empty library's own hint)
        if self.isVisible() and QApplication.activeWindow() is None:
            # Its progress dialog was the active window; without a window manager to hand it back
            # (or with one that does not), keys would reach no window until a click.
            self.activateWindow()

    @property
    def starting_sample(self) -> bool:
        """A first start's sample import waits or runs."""
        return self._sample is not None or self._sample_importing

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("%1 — Hashiya").replace("%1", library_name(self.library.path)))

    def status_zoom_text(self) -> None:
        self.status_count.setToolTip(self.tr("Text size: %1 pt").replace("%1", str(self.preferences.font_point_size())))

    # Articles --------------------------------------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        current = self.reader.article
        if current is not None:
            self.session.remember_scroll(current.id, self.reader.scroll_fraction())
        record = self.library.article(article_id)
        self.reader.show_article(record)
        self.annotating.article_shown()
        if (panel := self._annotation_panel) is not None:  # (a table never shown needs no refresh)
            panel.show_article(record.id if record is not None else None)
        if record is not None:
            self.session.last_article_id = record.id
            fraction = self.session.scroll_position(record.id)
            if fraction:
                QTimer.singleShot(0, lambda: self.reader.set_scroll_fraction(fraction))
        self._update_status(count=False)  # opening an article changes no count (100,000 articles: ~20 ms)

    def open_initial_article(self) -> None:
        """The last article read, else the first in the list."""
        last = self.session.last_article_id
        if not (last and self.panel.select_article(last)):
            self.panel.select_first()

    def jump_to_annotation(self, article_id: int, uuid: str) -> None:
        """Open the annotation's article (if needed) and select its passage."""
        if self.reader.article is None or self.reader.article.id != article_id:
            if not self.panel.select_article(article_id):
                self.open_article(article_id)
        record = self.controller.service.get(uuid)
        if not record.orphan:
            self.reader.text_view.select_source_span(record.start, record.end, centre=True)
        self.reader.text_view.focus_highlight(uuid)

    def place_orphan(self, uuid: str) -> None:
        """Put an orphan on the passage selected in the reader (its own article only)."""
        record = self.controller.service.get(uuid)
        span = self.reader.selection_offsets()
        if self.reader.article is None or self.reader.article.id != record.article_id or span is None:
            self.jump_to_annotation(record.article_id, uuid)
            self._show_status(self.tr("Select the passage this annotation belongs to, then choose Place at selection."))
            return
        self.controller.place(uuid, *span)
        self._show_status(self.tr("Placed."))

    def _annotation_clicked(self, uuid: str) -> None:
        if not self.annotation_dock.isVisible():
            self.annotation_dock.show()
        self.annotation_panel.select_annotation(uuid)

    def show_reports(self) -> None:
        """The Reports window (one per main window; it recounts on every change while shown)."""
        if self.reports is None:
            from reader.gui.reports_window import ReportsWindow

            self.reports = ReportsWindow(self.library, self.ops, self._open_passage, self)
        self.reports.show()
        self.reports.raise_()
        self.reports.activateWindow()

    def _open_passage(self, article_id: int, uuid: str) -> None:
        self.jump_to_annotation(article_id, uuid)
        self.raise_()
        self.activateWindow()

    def manage_tags(self) -> None:
        from reader.gui.tag_manager import TagManagerDialog

        dialog = TagManagerDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.tag_manager = dialog

    def review_suggestions(self) -> None:
        """The review queue, for the collection chosen in the library list (if one is)."""
        from reader.gui.suggestion_review import SuggestionReview

        dialog = getattr(self, "suggestion_review", None)
        if dialog is None:
            dialog = self.suggestion_review = SuggestionReview(self.ops, self.suggesting, self._open_for_review, self)
        index = self.panel.collection_view.currentIndex()
        dialog.choose_collection(self.panel.collections.collection_id(index.row()) if index.isValid() else None)
        dialog.show()
        dialog.raise_()

    def _open_for_review(self, article_id: int) -> None:
        if not self.panel.select_article(article_id):
            self.open_article(article_id)

    def suggestion_settings(self) -> None:
        from reader.gui.suggestion_settings import SuggestionSettingsDialog

        dialog = SuggestionSettingsDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.suggestion_settings_dialog = dialog
        dialog.open()

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def focus_filter(self) -> None:
        if not self.dock.isVisible():
            self.dock.show()
        self.panel.filter_box.setFocus()
        self.panel.filter_box.selectAll()

    def _update_status(self, count: bool = True) -> None:
        """The status bar: the library's article count (`count`: counted again) and the article's date."""
        if count:
            total = self.panel.collections.total  # read with the lists, on the same changes
            self.status_count.setText(self.tr("%Ln article(s)", "", total))
            self.reader.set_library_empty(total == 0)
        article = self.reader.article
        self.status_date.setText(self.reader.caption.text() if article is not None else "")

    def _apply_changes(self, changes: Changes, _initiator: object) -> None:
        """The open article follows what happened to it; the status bar counts what is there now."""
        article = self.reader.article
        if article is not None:
            newer = changes.superseded.get(article.id)
            if newer is not None:
                # A re-import replaced the article: read the new version at the same place.
                self.session.remember_scroll(newer, self.reader.scroll_fraction())
                self.panel.select_article(newer, emit=False)
                self.open_article(newer)
            elif article.id in changes.articles_removed:
                self.reader.show_article(None)
                self.annotating.article_shown()
                if (panel := self._annotation_panel) is not None:  # (a table never shown needs no refresh)
                    panel.show_article(None)
                self.panel.select_first()
            elif article.id in changes.articles_updated:
                self.reader.show_article(self.library.article(article.id))
                self.annotating.article_shown()
        elif changes.articles_added:
            self.panel.select_first()
        if changes.article_list:
            self._update_status()

    def _step_failed(self, step: str, error: HashiyaError) -> None:
        show_error(self, self.tr("Undo"), error).setInformativeText(
            self.tr("«%1» could not be undone or redone, so it was taken off the undo list.").replace("%1", isolate(step)))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Hashiya"),
            fill(self.tr("Hashiya %1: a reader and annotator for Persian and Dari article collections.\n\n"
                         "Library: %2"), [__version__, f"\u2068{self.library.path.absolute()}\u2069"]),
        )

    # State ------------------------------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.session.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.session.window_state
        if state is not None:
            self.restoreState(state)
        splitter = self.session.splitter_state
        if splitter is not None:
            self.panel.splitter.restoreState(splitter)

    def save_state(self) -> None:
        if self.reader.article is not None:
            self.session.remember_scroll(self.reader.article.id, self.reader.scroll_fraction())
            self.session.last_article_id = self.reader.article.id
        self.session.window_geometry = self.saveGeometry()
        self.session.window_state = self.saveState()
        self.session.splitter_state = self.panel.splitter.saveState()
        self.session.sync()
        self.preferences.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.ops.shutdown()  # cancels an import, export or merge, and waits for it to roll back
        self.team_sync.shutdown()  # then writes the user's last changes into the team folder
        if self.reports is not None:
            self.reports.release()
        self.annotating.shutdown()
        self.suggesting.shutdown()
        self.finding.release()
        self.save_state()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self.reader.text_view.viewport().update()
        super().changeEvent(event)
