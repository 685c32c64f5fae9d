"""The program started in Arabic: right to left, Arabic menus, Qt's own buttons, dates and digits."""

import re
from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtCore import QLocale
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTabWidget

from diary_app.commands.screenshot import wait_for_page
from diary_app.reports import build_report

NOW = datetime(2026, 11, 25, 20, 30, tzinfo=timezone(timedelta(hours=1)))
ARABIC_INDIC = re.compile("[٠-٩]")
WESTERN = re.compile("[0-9]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Words that stay Latin in an Arabic window: file types, lab abbreviations and units, keys, names.
LATIN_ALLOWED = {
    "PDF",
    "PNG",
    "SVG",
    "HbA",
    "MCV",
    "MMA",
    "Ctrl",
    "Alt",
    "Shift",
    "End",
    "Home",
    "Delete",
    "Enter",
    "NICE",
    "SQLite",
    "English",
    "Demo",
    "pmol",
    "mol",
    "mmol",
    "png",
    "svg",
    "pdf",
}


def visible_texts(widget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [t for button in widget.findChildren(QAbstractButton) for t in (button.text(), button.toolTip())]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    texts += [box.itemText(i) for box in widget.findChildren(QComboBox) for i in range(box.count())]
    texts += [tabs.tabText(i) for tabs in widget.findChildren(QTabWidget) for i in range(tabs.count())]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            horizontal = Qt.Orientation.Horizontal
            texts += [str(model.headerData(c, horizontal) or "") for c in range(model.columnCount())]
    return texts


def english_words(texts: list[str]) -> list[str]:
    return [t for t in texts if set(ENGLISH_WORD.findall(t)) - LATIN_ALLOWED]


def test_arabic_start_gives_a_right_to_left_window(open_window):
    window = open_window("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.entry_page().isRightToLeft()
    assert "يوميات الأعراض" in window.windowTitle()


def test_english_start_stays_left_to_right(open_window):
    window = open_window("en")
    assert not window.isRightToLeft()
    assert next(a.text() for a in window.menuBar().actions()) == "&File"


def test_menus_and_tabs_are_arabic(open_window):
    window = open_window("ar")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "&ملف" and titles[-1] == "م&ساعدة"
    menus = [menu.menu() for menu in window.menuBar().actions()]
    items = [item.text() for menu in menus for item in menu.actions() if item.text()]
    assert items and not english_words(items)
    assert [window.tabs.tabText(i) for i in range(3)] == ["إدخال اليوم", "السجل", "المخططات"]


def test_qt_dialog_buttons_are_arabic(open_window, qtbot):
    open_window("ar")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert "ألغ" in cancel  # Qt's own qtbase_ar: "ألغِ"
    yes = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(yes)
    assert re.search("[\u0621-\u064a]", yes.button(QDialogButtonBox.StandardButton.Yes).text())


@pytest.mark.parametrize("page", ["entry", "history", "treatment"])
def test_no_english_is_left_on_the_light_pages(open_window, page):
    window = open_window("ar")
    assert window.show_page(page)
    assert not english_words(visible_texts(window.page(page)))


@pytest.mark.parametrize(
    ("arabic_digits", "digits", "other"), [(True, ARABIC_INDIC, WESTERN), (False, WESTERN, ARABIC_INDIC)]
)
def test_dates_are_arabic_in_the_chosen_digits(open_window, arabic_digits, digits, other):
    open_window("ar", arabic_digits)
    text = QLocale().toString(QDate(2026, 11, 25), QLocale.FormatType.LongFormat)
    assert "نوفمبر" in text and digits.search(text) and not other.search(text)


@pytest.mark.parametrize("arabic_digits", [True, False])
def test_the_digit_setting_reaches_window_charts_and_report(
    open_window, store, demo_profile, tmp_path, arabic_digits
):
    window = open_window("ar", arabic_digits)
    digits, other = (ARABIC_INDIC, WESTERN) if arabic_digits else (WESTERN, ARABIC_INDIC)
    window.show_page("history")
    model = window.page("history").model
    if model.canFetchMore():  # rows arrive when the view first paints; ask for them directly
        model.fetchMore()
    first_date = str(model.data(model.index(0, 0)))
    assert digits.search(first_date) and not other.search(first_date)
    window.show_page("charts")
    wait_for_page(window.page("charts"))
    style = window.page("charts").chart_style()
    assert style.numbers.arabic_digits is arabic_digits and style.rtl
    window.show_page("report")
    wait_for_page(window.page("report"))
    options = window.page("report").options()
    assert options.numbers.arabic_digits is arabic_digits
    scale = options.translate("Report", "Gait: 0 normal, 4 cannot walk unaided.")
    assert digits.search(scale) and not other.search(scale)
    counted = options.translate("Report", "Period: %1 to %2 (%n days)", 11)
    assert "%n" in counted and "%Ln" not in counted  # the core writes the count in its own digits
    out = tmp_path / "report.pdf"
    build_report(store.load_diary(demo_profile.id), *window.page("report").period(), out, options)
    first_page = PdfReader(out).pages[0].extract_text()
    assert len(digits.findall(first_page)) > 20
    assert not other.search(first_page.replace("HbA1c", "").replace("B12", ""))


def test_plural_counts_in_the_window_follow_the_digits(open_window):
    from diary_app.i18n import translate

    open_window("ar", True)
    assert translate(
        "ReminderBanner",
        "The diary was not filled in on %n days while the program was closed; the last was %1.",
        None,
        12,
    ).startswith("لم تُملأ اليوميات في ١٢ يومًا")


def test_switching_language_in_settings_restarts_into_arabic(open_window, settings, qtbot, monkeypatch):
    """The settings dialog saves Arabic and offers a restart; the restarted program is Arabic."""
    from diary_app.i18n import resolve_language
    from diary_app.ui.settings_dialog import SettingsDialog

    window = open_window("en")
    monkeypatch.setattr(window, "_ask_restart", lambda: True)

    def choose_arabic():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_arabic)
    with qtbot.waitSignal(window.restartRequested):
        window.actions_by_name["settings"].trigger()
    assert settings.language == "ar"
    restarted = open_window(resolve_language(settings.language), settings.arabic_digits)
    assert restarted.isRightToLeft()
    assert restarted.menuBar().actions()[0].text() == "&ملف"


def test_bundled_font_is_registered_and_leads_in_arabic(open_window):
    from PySide6.QtGui import QFontDatabase

    open_window("ar")
    assert "Symptom Diary Sans" in QFontDatabase.families()
    assert QApplication.font().families()[0] == "Symptom Diary Sans"
    assert QApplication.font().pointSizeF() > 0


@pytest.mark.parametrize(
    ("language", "typed", "direction"),
    [
        ("en", "ألم في القدمين عند الاستيقاظ", Qt.LayoutDirection.RightToLeft),
        ("ar", "Pins and needles in both feet", Qt.LayoutDirection.LeftToRight),
    ],
)
def test_notes_keep_their_own_direction(open_window, language, typed, direction):
    notes = open_window(language).entry_page().form.notes
    notes.insertPlainText(typed)  # QTest cannot type letters that have no key on a Latin keyboard
    assert notes.toPlainText() == typed
    assert notes.document().firstBlock().textDirection() == direction


def test_f1_help_page_is_arabic(open_window, qtbot):
    window = open_window("ar")
    help_action = window.actions_by_name["help"]
    assert help_action.shortcut().toString() == "F1" and help_action.text() == "&المفاتيح وطريقة الاستخدام"
    help_action.trigger()
    dialog = window.help_dialog
    text = dialog.text.toPlainText()
    assert dialog.windowTitle() == "المفاتيح وطريقة الاستخدام"
    assert "تضبط الدرجة نفسها للساقين." in text and "خريطة الجسم" in text
    assert english_words([dialog.windowTitle(), *text.split("\n")[:3]]) == []
    dialog.close()
