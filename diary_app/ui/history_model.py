"""The history table: one row per logged day, newest first, read from the database a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from diary_app.charts import palette
from diary_app.domain import DayEntry
from diary_app.domain.messages import FSI
from diary_app.domain.messages import PDI
from diary_app.domain.messages import QT_TRANSLATE_NOOP
from diary_app.domain.messages import fill_placeholders
from diary_app.domain.vocab import GAIT_LEVELS
from diary_app.domain.vocab import SENSATIONS
from diary_app.i18n import translate
from diary_app.storage.rows import entry_from_row
from diary_app.ui.date_edit import day_words

CONTEXT = "HistoryModel"
PAGE_SIZE = 200
NOTES_EXCERPT_LENGTH = 80

COLUMN_DATE, COLUMN_LEFT, COLUMN_RIGHT = "date", "left", "right"
COLUMN_LATERALITY, COLUMN_GAIT, COLUMN_DOSES, COLUMN_NOTES = "laterality", "gait", "doses", "notes"

DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # datetime.date of the row
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the DayEntry
DOSE_COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # number of doses logged that day
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # a plain value (ISO date, number) for sorting or tests
ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        DAY_ROLE,
        ENTRY_ROLE,
        DOSE_COUNT_ROLE,
        SORT_ROLE,
    }
)

HEADERS = {
    COLUMN_DATE: QT_TRANSLATE_NOOP("HistoryModel", "Date"),
    COLUMN_LEFT: QT_TRANSLATE_NOOP("HistoryModel", "Left leg"),
    COLUMN_RIGHT: QT_TRANSLATE_NOOP("HistoryModel", "Right leg"),
    COLUMN_LATERALITY: QT_TRANSLATE_NOOP("HistoryModel", "Which legs"),
    COLUMN_GAIT: QT_TRANSLATE_NOOP("HistoryModel", "Walking"),
    COLUMN_DOSES: QT_TRANSLATE_NOOP("HistoryModel", "Doses"),
    COLUMN_NOTES: QT_TRANSLATE_NOOP("HistoryModel", "Notes"),
}
SENSATION_WORDS = {
    "tingling": QT_TRANSLATE_NOOP("HistoryModel", "tingling"),
    "numbness": QT_TRANSLATE_NOOP("HistoryModel", "numbness"),
    "burning": QT_TRANSLATE_NOOP("HistoryModel", "burning"),
    "pain": QT_TRANSLATE_NOOP("HistoryModel", "pain"),
    "weakness": QT_TRANSLATE_NOOP("HistoryModel", "weakness"),
}
GAIT_WORDS = dict(
    zip(
        GAIT_LEVELS,
        (
            QT_TRANSLATE_NOOP("HistoryModel", "normal"),
            QT_TRANSLATE_NOOP("HistoryModel", "slightly unsteady"),
            QT_TRANSLATE_NOOP("HistoryModel", "unsteady, careful"),
            QT_TRANSLATE_NOOP("HistoryModel", "needs support"),
            QT_TRANSLATE_NOOP("HistoryModel", "cannot walk unaided"),
        ),
        strict=False,
    )
)
LATERALITY_WORDS = {
    "symmetric": QT_TRANSLATE_NOOP("HistoryModel", "both legs alike"),
    "asymmetric": QT_TRANSLATE_NOOP("HistoryModel", "both legs, one worse"),
    "left_only": QT_TRANSLATE_NOOP("HistoryModel", "left leg only"),
    "right_only": QT_TRANSLATE_NOOP("HistoryModel", "right leg only"),
    "no_symptoms": QT_TRANSLATE_NOOP("HistoryModel", "no symptoms"),
}

_PAGE_SQL = """
SELECT e.*, (SELECT count(*) FROM doses d WHERE d.profile_id = e.profile_id AND d.day = e.day) AS dose_count
FROM entries e WHERE {where} ORDER BY e.day DESC LIMIT ?
"""


def tr(source: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, source, None, n)


def laterality_function():
    """analysis.laterality_of_day when the analysis package provides it, else None (column left out)."""
    try:
        from diary_app.analysis import laterality_of_day
    except ImportError:
        return None
    return laterality_of_day


@dataclass(frozen=True)
class HistoryRow:
    entry: DayEntry
    dose_count: int


class HistoryModel(QAbstractTableModel):
    """Entries of one profile in an optional period; rows arrive PAGE_SIZE at a time via fetchMore."""

    def __init__(
        self,
        store,
        profile_id: int,
        start: date | None = None,
        end: date | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.profile_id = profile_id
        self.start, self.end = start, end
        self.page_size = page_size
        self.laterality_of_day = laterality_function()
        self.columns = tuple(c for c in HEADERS if c != COLUMN_LATERALITY or self.laterality_of_day)
        self._rows: list[HistoryRow] = []
        self._exhausted = False
        self.queries = 0  # SQL page queries run so far (the tests check laziness with it)

    # Loading

    def column(self, key: str) -> int:
        return self.columns.index(key)

    def set_filter(self, profile_id: int, start: date | None, end: date | None) -> None:
        """Show another profile or period: a reset, then the first page."""
        self.beginResetModel()
        self.profile_id, self.start, self.end = profile_id, start, end
        self._rows, self._exhausted = [], False
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 (Qt override)
        if parent.isValid() or self._exhausted:
            return
        before = self._rows[-1].entry.day if self._rows else None
        found = self._query(before=before, limit=self.page_size)
        self._exhausted = len(found) < self.page_size
        if found:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()

    def _query(
        self, before: date | None = None, since: date | None = None, day: date | None = None, limit: int = -1
    ) -> list[HistoryRow]:
        clauses = ["e.profile_id = ?"]
        params: list[int | str] = [self.profile_id]
        for clause, value in (
            ("e.day >= ?", self.start),
            ("e.day <= ?", self.end),
            ("e.day < ?", before),
            ("e.day >= ?", since),
            ("e.day = ?", day),
        ):
            if value is not None:
                clauses.append(clause)
                params.append(value.isoformat())
        self.queries += 1
        found = self.store.select_rows(_PAGE_SQL.format(where=" AND ".join(clauses)), [*params, limit])
        return [HistoryRow(entry_from_row(row), row["dose_count"]) for row in found]

    # Keeping up with changes, row by row

    def refresh_day(self, day: date) -> None:
        """Re-read one day (saved, added or deleted) and update just its row."""
        found = self._query(day=day, limit=1)
        self._apply_day(day, found[0] if found else None)

    def resync(self) -> None:
        """Bring the loaded rows up to date with one query, touching only rows that differ."""
        if not self._rows:
            if self._exhausted:  # was empty when last read: read the first page again
                self._exhausted = False
                self.fetchMore()
            return
        oldest = self._rows[-1].entry.day
        fresh = {row.entry.day: row for row in self._query(since=oldest)}
        for day in sorted({row.entry.day for row in self._rows} | set(fresh), reverse=True):
            self._apply_day(day, fresh.get(day))

    def _apply_day(self, day: date, fresh: HistoryRow | None) -> None:
        position = self.row_of(day)
        if position is not None and fresh is None:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
        elif position is not None and fresh is not None and fresh != self._rows[position]:
            self._rows[position] = fresh
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))
        elif position is None and fresh is not None and self._belongs_to_loaded_range(day):
            insert_at = self._insertion_point(day)
            self.beginInsertRows(QModelIndex(), insert_at, insert_at)
            self._rows.insert(insert_at, fresh)
            self.endInsertRows()

    def _belongs_to_loaded_range(self, day: date) -> bool:
        return self._exhausted or (bool(self._rows) and day > self._rows[-1].entry.day)

    def _insertion_point(self, day: date) -> int:
        return next((i for i, row in enumerate(self._rows) if row.entry.day < day), len(self._rows))

    def row_of(self, day: date) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.entry.day == day), None)

    def entry_at(self, row: int) -> DayEntry:
        return self._rows[row].entry

    # Qt model interface

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[key])
        if role == Qt.ItemDataRole.ForegroundRole and key in (COLUMN_LEFT, COLUMN_RIGHT):
            return QColor(palette.LEFT_INK if key == COLUMN_LEFT else palette.RIGHT_INK)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The view asks ~10 roles per cell when sizing columns: the others are answered first, and cheaply.
        if role not in ANSWERED_ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DAY_ROLE:
            return row.entry.day
        if role == ENTRY_ROLE:
            return row.entry
        if role == DOSE_COUNT_ROLE:
            return row.dose_count
        key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, row)
        if role == SORT_ROLE:
            return self._sort_value(key, row)
        return None

    def _display(self, key: str, row: HistoryRow) -> str:
        entry, locale = row.entry, QLocale()
        if key == COLUMN_DATE:
            text = day_words(entry.day, locale)
            flagged = fill_placeholders(translate("HistoryModel", "%1 (red flag)"), [text], False)
            return flagged if entry.red_flags else text
        if key in (COLUMN_LEFT, COLUMN_RIGHT):
            return side_summary(entry, key, locale)
        if key == COLUMN_LATERALITY:
            return tr(LATERALITY_WORDS.get(self.laterality_of_day(entry), ""))
        if key == COLUMN_GAIT:
            return tr(GAIT_WORDS[GAIT_LEVELS[entry.gait]])
        if key == COLUMN_DOSES:
            return locale.toString(row.dose_count) if row.dose_count else ""
        excerpt = notes_excerpt(entry.notes)
        return f"{FSI}{excerpt}{PDI}" if excerpt else ""  # the notes' own direction, in either layout

    def _tooltip(self, key: str, row: HistoryRow) -> str | None:
        if key == COLUMN_NOTES and row.entry.notes:
            return row.entry.notes
        if key in (COLUMN_LEFT, COLUMN_RIGHT):
            return self._display(key, row)
        if key == COLUMN_DATE and row.entry.red_flags:
            return translate(
                "HistoryModel", "A warning sign was ticked on this day: it needs urgent medical attention."
            )
        return None

    def _sort_value(self, key: str, row: HistoryRow):
        entry = row.entry
        values = {
            COLUMN_DATE: entry.day.isoformat(),
            COLUMN_LEFT: sum(entry.side_scores("left")),
            COLUMN_RIGHT: sum(entry.side_scores("right")),
            COLUMN_GAIT: entry.gait,
            COLUMN_DOSES: row.dose_count,
            COLUMN_NOTES: entry.notes,
        }
        return values.get(key, self._display(key, row))


def side_summary(entry: DayEntry, side: str, locale: QLocale) -> str:
    """'tingling 6, pain 3' for one leg, in the same order on every row (the entry page's); else 'none'."""
    felt = [name for name in SENSATIONS if entry.score(name, side)]
    pattern = translate("HistoryModel", "%1 %2")  # sensation, score
    parts = [
        fill_placeholders(
            pattern, [tr(SENSATION_WORDS[name]), locale.toString(entry.score(name, side))], isolate=False
        )
        for name in felt
    ]
    return translate("HistoryModel", ", ").join(parts) if parts else translate("HistoryModel", "none")


def notes_excerpt(notes: str) -> str:
    """The first line of the notes, cut at a word near NOTES_EXCERPT_LENGTH characters; '…' if cut."""
    text = notes.strip()
    if not text:
        return ""
    first = text.splitlines()[0]
    if len(first) > NOTES_EXCERPT_LENGTH:
        return first[:NOTES_EXCERPT_LENGTH].rsplit(" ", 1)[0] + "…"
    return first if first == text else first + "…"
