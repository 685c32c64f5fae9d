"""The main window: the pages in tabs, profiles, menus, and never losing what was typed."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain import DiaryValidationError
from diary_app.domain import Profile
from diary_app.domain.messages import fill_placeholders
from diary_app.settings import AppSettings
from diary_app.storage import DuplicateError
from diary_app.ui import dialogs
from diary_app.ui.accessibility import install_accessible_factory
from diary_app.ui.input_guard import install_input_guard
from diary_app.ui.main_menus import build_menus
from diary_app.ui.main_pages import PAGES
from diary_app.ui.main_pages import PageSlot
from diary_app.ui.main_pages import title_text
from diary_app.ui.page_preparer import PagePreparer
from diary_app.ui.profile_switcher import ProfileSwitcher
from diary_app.ui.widgets.application import gui_application

STATUS_TIMEOUT_MS = 8000
DEFAULT_SIZE = (1150, 860)


class MainWindow(QMainWindow):
    """Hosts the pages; saves the entry before leaving it, switching profile or closing."""

    restartRequested = Signal()  # noqa: N815  the user changed the language and asked to restart
    firstPainted = Signal()  # noqa: N815  emitted once, just after the window's first paint

    def __init__(
        self,
        session,
        settings: AppSettings,
        appearance=None,
        log_path: str = "",
        pages=PAGES,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.appearance = appearance
        self.input_guard = install_input_guard(self)
        install_accessible_factory(gui_application())
        self.setObjectName("main_window")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("pages")
        self.tabs.setAccessibleName(self.tr("Pages"))
        self.reminder_banner = self._build_reminder_banner()
        self.setCentralWidget(self._central(self.reminder_banner, self.tabs))
        self.slots: dict[str, PageSlot] = {}
        for spec in pages:
            slot = PageSlot(spec, session, log_path)
            self.slots[spec.name] = slot
            self.tabs.addTab(slot, title_text(spec))
            if not spec.lazy:
                self._build_page(spec.name)
        self._current_name = self.page_names()[0] if self.slots else ""
        self._reverting = False
        self.preparer = PagePreparer(pages, self)
        self.preparer.prepared.connect(self._on_page_prepared)
        self.installEventFilter(self)  # the first paint starts the preparer
        self.switcher = ProfileSwitcher()
        self.switcher.profileRequested.connect(self.switch_profile)
        self.tabs.setCornerWidget(self.switcher, Qt.Corner.TopRightCorner)  # beside the tabs: no extra row
        self.actions_by_name: dict[str, QAction] = build_menus(self)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        session.statusMessage.connect(self.show_status)
        session.undo_stack.writeFailed.connect(lambda error: dialogs.show_write_error(self, error))
        session.profileChanged.connect(self._update_title)
        self.refresh_profiles()
        self._update_title()

    def _central(self, *widgets) -> QWidget:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            if widget is not None:
                layout.addWidget(widget)
        layout.setStretchFactor(self.tabs, 1)
        return central

    def _build_reminder_banner(self):
        """The reminder banner above the pages: what fell due, with a button to log it."""
        from diary_app.ui.reminder_banner import ReminderBanner

        banner = ReminderBanner(self.session)
        banner.diaryRequested.connect(self.show_entry_for)
        return banner

    def start_reminders(self) -> None:
        """Once the window is shown: what fell due while the program was closed, then every minute."""
        if self.reminder_banner is not None:
            self.reminder_banner.start()

    # Pages

    def page_names(self) -> list[str]:
        return list(self.slots)

    def page(self, name: str) -> QWidget | None:
        """The page named `name`, built now if it was not yet; None when absent or broken."""
        return self._build_page(name) if name in self.slots else None

    def entry_page(self):
        slot = self.slots.get("entry")
        return slot.page if slot is not None else None

    def current_page_name(self) -> str:
        return self._current_name

    def show_page(self, name: str) -> bool:
        """Switch to a page (saving the entry first); False when it is absent or leaving was refused."""
        slot = self.slots.get(name)
        if slot is None:
            return False
        self.tabs.setCurrentWidget(slot)
        return self._current_name == name

    def show_entry_for(self, day: date) -> None:
        """Open the entry page at `day` (History's double-click or Enter)."""
        if self.show_page("entry"):
            self.entry_page().show_date(day)
            self.entry_page().setFocus()

    def _build_page(self, name: str) -> QWidget | None:
        slot = self.slots[name]
        already = slot.page is not None
        page = slot.load()
        if page is not None and not already and hasattr(page, "entryRequested"):
            page.entryRequested.connect(self.show_entry_for)
        return page

    def _on_tab_changed(self, index: int) -> None:
        if self._reverting:
            return
        leaving, arriving = self._current_name, cast(PageSlot, self.tabs.widget(index)).spec.name
        if leaving == "entry" and arriving != "entry" and not self.save_entry():
            self._reverting = True
            self.tabs.setCurrentWidget(self.slots["entry"])
            self._reverting = False
            return
        self._current_name = arriving
        self._build_page(arriving)

    # Saving

    def save_entry(self) -> bool:
        """Save the entry page when it has changes; False (with a message) when it cannot be saved."""
        entry = self.entry_page()
        if entry is None or not entry.has_unsaved_changes():
            return True
        if entry.save():
            return True
        self.show_status(self._not_saved_text())
        return False

    def save_entry_now(self) -> None:
        """Ctrl+S: save explicitly, even when nothing changed the page says so itself."""
        entry = self.entry_page()
        if entry is not None and not entry.save():
            self.show_entry_page_with_errors()

    def show_entry_page_with_errors(self) -> None:
        self._reverting = True
        self.tabs.setCurrentWidget(self.slots["entry"])
        self._current_name = "entry"
        self._reverting = False
        self.show_status(self._not_saved_text())

    def _not_saved_text(self) -> str:
        refused = getattr(self.entry_page(), "write_error", None)
        if refused is not None:
            return dialogs.message_text(refused.message)
        return self.tr("The entry was not saved: please correct the marked fields.")

    def copy_previous_day(self) -> None:
        if self.show_page("entry"):
            self.entry_page().copy_previous_day()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._entry_saved_or_discarded():
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        if self._current_name:
            self.settings.last_page = self._current_name
        self.settings.last_profile = self.session.store.profile(self.session.profile_id).name
        self.settings.sync()
        event.accept()

    def _entry_saved_or_discarded(self) -> bool:
        entry = self.entry_page()
        if entry is None or not entry.has_unsaved_changes():
            return True
        while not entry.save(tell=False):
            answer = dialogs.ask_unsaved_entry(self, entry.write_error)
            if answer == QMessageBox.StandardButton.Discard:
                return True
            if answer != QMessageBox.StandardButton.Save:
                self.show_entry_page_with_errors()
                return False
        return True

    # Window state

    def restore_state(self) -> None:
        """Geometry and last page from the settings; a heavy page is built after the first paint."""
        if self.settings.geometry is None or not self.restoreGeometry(self.settings.geometry):
            self._default_size()
        name = self.settings.last_page
        slot = self.slots.get(name)
        if slot is None or name == self._current_name:
            return
        if not slot.spec.heavy:
            self.show_page(name)
            return
        self._reverting = True  # its tab now; the page once its module is ready (_on_page_prepared)
        self.tabs.setCurrentWidget(slot)
        self._reverting = False
        self._current_name = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self and event.type() == QEvent.Type.Paint and not self.preparer.started:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self.firstPainted.emit()  # first: the collector is back on before the preparer's worker runs
        self.preparer.start(first=self._current_name)

    def _on_page_prepared(self, name: str) -> None:
        if name == self._current_name:
            self._build_page(name)

    def _default_size(self) -> None:
        """First start: a roomy window, within the screen."""
        screen = self.screen().availableGeometry()
        width = min(DEFAULT_SIZE[0], int(screen.width() * 0.9))
        height = min(DEFAULT_SIZE[1], int(screen.height() * 0.9))
        self.resize(max(width, self.minimumSizeHint().width()), height)
        self.move(screen.center() - self.rect().center())

    def bring_to_front(self) -> None:
        """Another start of the program asked for this window: show it, raised and active."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # Profiles

    def refresh_profiles(self) -> None:
        profiles = self.session.store.profiles()
        self.switcher.set_profiles(profiles, self.session.profile_id)
        self.switcher.setVisible(len(profiles) > 1)

    def switch_profile(self, profile_id: int) -> bool:
        """Show another profile's diary, after saving the entry; False when the entry cannot be saved."""
        if profile_id == self.session.profile_id:
            return True
        if not self.save_entry():
            self.switcher.show_current(self.session.profile_id)
            self.show_entry_page_with_errors()
            return False
        self.session.set_profile(profile_id)
        self.switcher.show_current(profile_id)
        return True

    def add_profile(self) -> None:
        dialog = dialogs.ProfileNameDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            profile = self.session.store.add_profile(Profile(name=dialog.name()))
        except (DuplicateError, DiaryValidationError):
            text = self.tr("A profile named %1 exists already, or the name is too long.")
            dialogs.warn(self, self.tr("New profile"), fill_placeholders(text, [dialog.name()]))
            return
        self.refresh_profiles()
        if self.switch_profile(profile.id):
            self.show_status(fill_placeholders(self.tr("Added the profile %1."), [profile.name]))

    def _update_title(self) -> None:
        name = self.session.store.profile(self.session.profile_id).name
        self.setWindowTitle(fill_placeholders(self.tr("%1 — Symptom Diary"), [name]))

    # Backups and settings

    def open_backups(self) -> None:
        """The Backups dialog, after saving the entry (a backup then holds it, a restore cannot lose it)."""
        if not self.save_entry():
            self.show_entry_page_with_errors()
            return
        from diary_app.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session, self)
        dialog.exec()
        if dialog.restored:
            self.session.undo_stack.clear()  # its steps refer to the diary as it was before
            self.refresh_profiles()
            self._update_title()

    def open_settings(self) -> None:
        from diary_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if self.appearance is not None:
            self.appearance.apply(self.settings.text_scale, self.settings.high_contrast)
        if dialog.needs_restart() and self._ask_restart() and self.close():
            self.restartRequested.emit()

    def _ask_restart(self) -> bool:
        return dialogs.ask(
            self,
            self.tr("Restart now?"),
            self.tr(
                "The new language and digits are used after a restart. Restart the program now? "
                "Your entry is saved first."
            ),
            yes_by_default=True,
        )
