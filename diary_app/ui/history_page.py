"""The history page: every logged day in a table, filtered by period; open, delete and undo."""

from __future__ import annotations

from datetime import date
from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from diary_app.domain import DayEntry
from diary_app.domain.messages import fill_placeholders
from diary_app.i18n import translate
from diary_app.ui import dialogs
from diary_app.ui.date_edit import calendar_date_edit
from diary_app.ui.date_edit import day_words
from diary_app.ui.dialogs import attempt_write
from diary_app.ui.history_model import COLUMN_GAIT
from diary_app.ui.history_model import COLUMN_LEFT
from diary_app.ui.history_model import COLUMN_NOTES
from diary_app.ui.history_model import COLUMN_RIGHT
from diary_app.ui.history_model import DAY_ROLE
from diary_app.ui.history_model import GAIT_WORDS
from diary_app.ui.history_model import HistoryModel
from diary_app.ui.leg_columns import LegColumnKeeper
from diary_app.ui.widgets.dates import day_of
from diary_app.ui.widgets.labelled_row import LabelledRow

# (key, days back from today; None = no limit, 0 = chosen dates)
PERIODS = (("all", None), ("7", 7), ("30", 30), ("90", 90), ("365", 365), ("custom", 0))


class DeleteEntryCommand(QUndoCommand):
    """Deleting a day's entry; undo saves the deleted DayEntry again."""

    def __init__(self, session, profile_id: int, day: date, text: str):
        super().__init__(text)
        self.session = session
        self.profile_id = profile_id
        self.day = day
        self.deleted: DayEntry | None = None

    def redo(self) -> None:
        self.deleted = self.session.store.delete_entry(self.profile_id, self.day)
        self.session.notify_changed()

    def undo(self) -> None:
        if self.deleted is not None:
            self.session.store.save_entry(self.profile_id, self.deleted)
            self.session.notify_changed()


class HistoryPage(QWidget):
    """A table of the entries, newest first; Enter or double-click opens a day, Delete removes it."""

    entryRequested = Signal(object)  # noqa: N815  a datetime.date to open on the entry page

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = False
        self.model = HistoryModel(session.store, session.profile_id, parent=self)
        self.table = self._build_table()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in zip((k for k, _ in PERIODS), self._period_names(), strict=True):
            self.period.addItem(text, key)
        self.start_edit = calendar_date_edit(self.session.today(), self.tr("From"))
        self.end_edit = calendar_date_edit(self.session.today(), self.tr("To"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected day for editing (Enter)"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected day's entry (Delete); Ctrl+Z brings it back")
        )
        self.summary = QLabel()
        self._build_layout()
        self._connect()
        self._set_custom_visible(False)
        self._update_buttons()

    def _period_names(self) -> list[str]:
        return [
            self.tr("All days"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last 90 days"),
            self.tr("Last 12 months"),
            self.tr("Chosen dates"),
        ]

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Logged days"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for key in (COLUMN_LEFT, COLUMN_RIGHT, COLUMN_NOTES):  # long texts share the width; tooltips tell all
            header.setSectionResizeMode(self.model.column(key), QHeaderView.ResizeMode.Stretch)
        LegColumnKeeper(header, self.model.column(COLUMN_LEFT), self.model.column(COLUMN_RIGHT))
        gait = self.model.column(COLUMN_GAIT)  # wide enough for every walking word, not just the rows seen
        header.setSectionResizeMode(gait, QHeaderView.ResizeMode.Fixed)
        words = [translate("HistoryModel", word) for word in GAIT_WORDS.values()]
        title = str(self.model.headerData(gait, Qt.Orientation.Horizontal))
        header.resizeSection(gait, widest(table, [*words, title]))
        return table

    def _build_layout(self) -> None:
        pairs = (
            (self.tr("&Period:"), self.period),
            (self.tr("from"), self.start_edit),
            (self.tr("to"), self.end_edit),
        )
        bar = LabelledRow(self, pairs)
        self.from_label, self.to_label = bar.labels[self.start_edit], bar.labels[self.end_edit]
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.setTabOrder(self.period, self.table)

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.start_edit.dateChanged.connect(self._apply_period)
        self.end_edit.dateChanged.connect(self._apply_period)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.open_button.clicked.connect(lambda: self.open_row(self.selected_row()))
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_buttons)
        self.session.profileChanged.connect(lambda _: self._apply_period())
        self.session.diaryChanged.connect(self._on_diary_changed)

    # Period

    def _on_period_changed(self) -> None:
        self._set_custom_visible(self.period.currentData() == "custom")
        self._apply_period()

    def _set_custom_visible(self, visible: bool) -> None:
        for widget in (self.from_label, self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(visible)

    def period_range(self) -> tuple[date | None, date | None]:
        days = dict(PERIODS)[self.period.currentData()]
        if days is None:
            return None, None
        if days == 0:
            return day_of(self.start_edit.date()), day_of(self.end_edit.date())
        today = self.session.today()
        return today - timedelta(days=days - 1), today

    def _apply_period(self) -> None:
        start, end = self.period_range()
        self.model.set_filter(self.session.profile_id, start, end)
        self._stale = False
        if self.isVisible():
            self._load_first_page()

    def _load_first_page(self) -> None:
        """The view asks for rows only after its delayed layout; the first page is wanted at once."""
        if self.model.rowCount() == 0 and self.model.canFetchMore():
            self.model.fetchMore()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self._select(0)  # Enter and Delete work at once, without a first arrow key

    # Keeping current

    def _on_diary_changed(self) -> None:
        if self.isVisible():
            self.model.resync()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.model.resync()
        self._load_first_page()
        super().showEvent(event)

    # Rows

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.entryRequested.emit(self.model.index(row, 0).data(DAY_ROLE))

    def delete_selected(self) -> None:
        """Ask, then delete the selected day's entry as an undoable command."""
        row = self.selected_row()
        if row < 0:
            return
        day = self.model.index(row, 0).data(DAY_ROLE)
        shown = day_words(day)
        question = fill_placeholders(
            self.tr("Delete the entry for %1? You can undo this with Ctrl+Z."), [shown]
        )
        if not dialogs.ask(self, self.tr("Delete entry"), question):
            return
        text = fill_placeholders(self.tr("delete the entry for %1"), [shown])
        command = DeleteEntryCommand(self.session, self.session.profile_id, day, text)
        if not attempt_write(self, lambda: self.session.undo_stack.push(command)):
            return  # the disk refused: the entry is still there
        self.session.statusMessage.emit(fill_placeholders(self.tr("Deleted the entry for %1."), [shown]))
        self._select(min(row, self.model.rowCount() - 1))

    def _select(self, row: int) -> None:
        """Make `row` current and selected (selectRow needs a laid-out header in right-to-left)."""
        if row < 0:
            return
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def _update_buttons(self) -> None:
        has_row = self.selected_row() >= 0
        self.open_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
        count = self.model.rowCount()
        more = self.model.canFetchMore()
        text = self.tr("Days shown: %1 (scroll down for more)") if more else self.tr("Days logged: %1")
        self.summary.setText(fill_placeholders(text, [QLocale().toString(count)]))


def widest(table: QTableView, texts: list[str]) -> int:
    """Pixels a column needs to show the widest of `texts` whole, bold header included."""
    bold = table.horizontalHeader().font()
    bold.setBold(True)
    metrics, header_metrics = table.fontMetrics(), QFontMetrics(bold)
    pad = 3 * metrics.averageCharWidth()
    return max(max(metrics.horizontalAdvance(t), header_metrics.horizontalAdvance(t)) for t in texts) + pad
