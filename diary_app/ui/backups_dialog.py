"""The Backups dialog: the kept generations with what they hold, restore, and back up now (to a file)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.messages import path_text
from diary_app.i18n import translate
from diary_app.paths import backup_dir
from diary_app.storage import LATEST_VERSION
from diary_app.storage import open_store
from diary_app.storage.backup import BackupError
from diary_app.storage.backup import BackupInfo
from diary_app.storage.backup import list_backups
from diary_app.storage.backup import make_backup
from diary_app.storage.restore import BackupContents
from diary_app.storage.restore import backup_contents
from diary_app.storage.restore import restore_backup
from diary_app.storage.sqlite_file import diary_file_of
from diary_app.ui import dialogs
from diary_app.ui.date_edit import day_words
from diary_app.ui.date_edit import moment_words

CONTEXT = "BackupsDialog"
REASON_TEXT = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Made by you"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsDialog", "Before an upgrade"),
    "before-import": QT_TRANSLATE_NOOP("BackupsDialog", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
    "before-repair": QT_TRANSLATE_NOOP("BackupsDialog", "Before a repair"),
}


def tr(source: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, source, None, n)


@dataclass(frozen=True)
class BackupRow:
    info: BackupInfo
    contents: BackupContents | None  # None: the backup failed its check


def load_rows(diary_path: Path) -> list[BackupRow]:
    """Every kept backup, newest first, with what it holds (each one is verified on the way)."""
    rows = []
    for info in list_backups(diary_path):
        try:
            rows.append(BackupRow(info, backup_contents(info.path)))
        except BackupError:
            rows.append(BackupRow(info, None))
    return rows


class BackupListModel(QAbstractTableModel):
    """One backup per row: when, why, whose diaries, how many days, which period."""

    MADE, REASON, PROFILES, ENTRIES, PERIOD = range(5)
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: list[BackupRow], parent=None):
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("BackupsDialog", "Made on"),
            translate("BackupsDialog", "Why"),
            translate("BackupsDialog", "Profiles"),
            translate("BackupsDialog", "Day entries"),
            translate("BackupsDialog", "Period"),
        )[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.info.path)
        return None

    def _text(self, row: BackupRow, column: int) -> str:
        locale = QLocale()
        if column == self.MADE:
            moment = QDateTime.fromSecsSinceEpoch(int(row.info.taken_at.timestamp()))
            return moment_words(moment, locale)
        if column == self.REASON:
            return tr(REASON_TEXT[row.info.reason])
        if row.contents is None:
            damaged = translate("BackupsDialog", "damaged: cannot be restored")
            return damaged if column == self.PROFILES else ""
        if column == self.PROFILES:
            return locale.createSeparatedList([p.name for p in row.contents.profiles])
        if column == self.ENTRIES:
            return locale.toString(row.contents.entries)
        return period_text(row.contents, locale)


def period_text(contents: BackupContents, locale: QLocale) -> str:
    if contents.first_day is None or contents.last_day is None:
        return translate("BackupsDialog", "no day entries")
    return fill_placeholders(
        translate("BackupsDialog", "%1 to %2"),
        [_day(contents.first_day, locale), _day(contents.last_day, locale)],
    )


def _day(day: date, locale: QLocale) -> str:
    return day_words(day, locale)


class BackupsDialog(QDialog):
    """Lists the backups; restores one (after backing up the diary as it is); backs up now."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        diary_path = diary_file_of(session.store.conn)
        if diary_path is None:
            raise ValueError("a diary held in memory has no backups")
        self.diary_path = diary_path
        self.restored = False  # True once a backup replaced the diary
        self.setWindowTitle(translate("BackupsDialog", "Backups"))
        self.model = BackupListModel([], self)
        self.table = self._make_table()
        intro = QLabel(
            fill_placeholders(
                translate(
                    "BackupsDialog",
                    "A backup is made once a day when the diary has changed, and before every import that "
                    "replaces days, every upgrade and every restore. Each one is checked before it is kept. "
                    "They are in %1.",
                ),
                [str(backup_dir(self.diary_path))],
            )
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self._add_button(
            translate("BackupsDialog", "Restore this backup…"), self.restore_selected
        )
        self.backup_button = self._add_button(translate("BackupsDialog", "Back up now"), self.back_up_now)
        self.backup_to_button = self._add_button(
            translate("BackupsDialog", "Back up now to…"), self.back_up_to_file
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.reload()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAccessibleName(translate("BackupsDialog", "Backups"))
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _add_button(self, text: str, slot) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        self.model.beginResetModel()
        self.model.rows = load_rows(self.diary_path)
        self.model.endResetModel()
        if self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_row(self) -> BackupRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.data(chosen[0], BackupListModel.RowRole) if chosen else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.restore_button.setEnabled(row is not None and row.contents is not None)

    def back_up_now(self) -> None:
        if self._run(lambda: make_backup(self.diary_path, "manual")) is not None:
            self.reload()
            self.session.statusMessage.emit(
                translate("BackupsDialog", "The diary was backed up and checked.")
            )

    def back_up_to_file(self) -> None:
        suggested = str(Path.home() / f"symptom-diary-{date.today().isoformat()}.sqlite3")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("BackupsDialog", "Back up to"),
            suggested,
            translate("BackupsDialog", "Diary backups (*.sqlite3)"),
        )
        if not chosen:
            return
        written = self._run(lambda: make_backup(self.diary_path, "manual", out=Path(chosen)))
        if written is not None:
            dialogs.tell(
                self,
                translate("BackupsDialog", "Backup written"),
                fill_placeholders(
                    translate("BackupsDialog", "The backup was written to %1 and checked."),
                    [path_text(written)],
                    isolate=False,
                ),
            )

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.contents is None or not self._confirm_restore(row, row.contents):
            return
        result = self._run(lambda: restore_backup(row.info.path, self.diary_path, in_use=True))
        if result is None:
            return
        if result.contents.schema_version < LATEST_VERSION:
            open_store(self.diary_path).close()  # upgrades the restored diary to this version
        self._after_restore()

    def _confirm_restore(self, row: BackupRow, contents: BackupContents) -> bool:
        made = self.model.data(self.model.index(self.model.rows.index(row), BackupListModel.MADE))
        count = contents.entries  # lupdate before 6.12 skips a translate() counting `a.b.c`
        text = fill_placeholders(
            translate(
                "BackupsDialog",
                "Replace the diary with the backup made on %1? It holds %2 (%3). Whatever was entered "
                "after it is replaced; the diary as it is now is backed up first.",
            ),
            [
                made,
                translate("BackupsDialog", "%n diary entries", None, count),
                period_text(contents, QLocale()),
            ],
        )
        return dialogs.ask(self, translate("BackupsDialog", "Restore a backup"), text)

    def _after_restore(self) -> None:
        self.restored = True
        profiles = self.session.store.profiles()
        if profiles and all(p.id != self.session.profile_id for p in profiles):
            self.session.set_profile(profiles[0].id)
        self.session.notify_changed()
        self.session.statusMessage.emit(translate("BackupsDialog", "The backup was restored."))
        self.reload()

    def _run(self, action):
        """Run a backup action with a busy cursor; a failure is shown, and None returned."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return action()
        except (BackupError, OSError) as error:
            failure = error
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialogs.warn(
            self,
            translate("BackupsDialog", "Backups"),
            fill_placeholders(
                translate("BackupsDialog", "This did not work, and nothing was changed: %1"), [str(failure)]
            ),
        )
        return None
