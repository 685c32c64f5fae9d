"""The entry page driven by keys and clicks: a whole day, editing, switching days, red flags, errors."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest
from PySide6.QtCore import QDate
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from diary_app.domain import DayEntry
from diary_app.domain import Profile
from diary_app.domain import Regimen
from diary_app.domain import SideScores
from diary_app.domain.vocab import B12
from diary_app.domain.vocab import MAX_NOTES_LENGTH
from diary_app.domain.vocab import RED_FLAGS
from diary_app.ui.entry_page import EntryPage
from diary_app.ui.session import DiarySession

NOW = datetime(2026, 3, 10, 20, 15, tzinfo=timezone(timedelta(hours=1)))
TODAY = NOW.date()
YESTERDAY = TODAY - timedelta(days=1)
TYPICAL_DAY_KEY_PRESSES = 26


@pytest.fixture
def diary(store):
    return store, store.add_profile(Profile(name="Mona")).id


@pytest.fixture
def page_session(qapp, diary):
    store, profile_id = diary
    made = DiarySession(store, profile_id, clock=lambda: NOW)
    yield made
    made.undo_stack.clear()


@pytest.fixture
def page(qtbot, page_session):
    """The page as the window shows it: active, with Ctrl+S wired to save() like the window's menu."""
    shown = EntryPage(page_session)
    qtbot.addWidget(shown)
    QShortcut(QKeySequence.StandardKey.Save, shown, shown.save)
    shown.resize(1100, 800)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    shown.setFocus()
    yield shown
    shown.close()


class Keyboard:
    """Presses keys on whatever has the focus, as a person would, and counts them."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self.qtbot.keyClicks(QApplication.focusWidget(), character)
            self.count += 1

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)


def add_b12_plan(store, profile_id):
    return store.add_regimen(
        profile_id,
        Regimen(
            substance=B12, form="injection", amount=1000.0, unit="µg", every_days=7, start=date(2026, 1, 1)
        ),
    )


def log_typical_day(keys: Keyboard, entry_page: EntryPage) -> None:
    """Four feelings on both sides, four places, walking and one dose, then Ctrl+S, by keys alone."""
    assert QApplication.focusWidget() is entry_page.form.first_field()
    keys.type("3"), keys.tab(), keys.type("2"), keys.press(Qt.Key.Key_Down)  # tingling 3 / 2
    keys.press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # numbness 4 both
    keys.press(Qt.Key.Key_Down), keys.type("1")  # burning right 1
    keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier), keys.type("2")  # left 2
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # pain 1 both
    keys.press(Qt.Key.Key_Down), keys.tab(3)  # no weakness
    assert QApplication.focusWidget() is entry_page.form.body_map.button("left", "toes")
    keys.press(Qt.Key.Key_Space), keys.press(Qt.Key.Key_Right), keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Up), keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Left), keys.press(Qt.Key.Key_Space)  # toes, the right foot's top
    keys.tab(), keys.type("1")  # walking slightly unsteady
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # took my usual B12 dose now
    store, profile_id = entry_page.session.store, entry_page.session.profile_id
    keys.qtbot.waitUntil(lambda: len(store.doses(profile_id)) == 1)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save (the window's Ctrl+S)


def assert_typical_day_saved(store, profile_id, day, now) -> None:
    saved = store.entry(profile_id, day)
    assert saved.symptoms["tingling"] == SideScores(3, 2)
    assert saved.symptoms["numbness"] == SideScores(4, 4)
    assert saved.symptoms["burning"] == SideScores(2, 1)
    assert saved.symptoms["pain"] == SideScores(1, 1)
    assert saved.symptoms["weakness"] == SideScores(0, 0)
    assert saved.regions_left == {"toes"}
    assert saved.regions_right == {"toes", "foot_top_little_toe_side", "foot_top_big_toe_side"}
    assert saved.gait == 1
    dose = store.doses(profile_id)[0]
    assert (dose.substance, dose.amount, dose.taken_at) == (B12, 1000.0, now)


def test_typical_day_by_keyboard_counts_its_key_presses(page, qtbot, diary):
    store, profile_id = diary
    add_b12_plan(store, profile_id)
    page.dose_log.refresh()
    keys = Keyboard(qtbot)
    log_typical_day(keys, page)
    assert_typical_day_saved(store, profile_id, TODAY, NOW)
    print(f"A typical day takes {keys.count} key presses")
    assert keys.count == TYPICAL_DAY_KEY_PRESSES


def test_typical_day_from_the_open_window_takes_the_same_key_presses(main_window, qtbot, store, profile):
    add_b12_plan(store, profile.id)
    main_window.session.notify_changed()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    keys = Keyboard(qtbot)
    log_typical_day(keys, main_window.entry_page())
    session = main_window.session
    assert_typical_day_saved(store, profile.id, session.today(), session.clock())
    assert keys.count == TYPICAL_DAY_KEY_PRESSES


def test_full_day_by_keyboard_only(page, qtbot, diary):
    store, profile_id = diary
    keys = Keyboard(qtbot)
    keys.type("5"), keys.tab(), keys.type("6")  # tingling 5 / 6
    keys.tab(14)  # to the body map
    assert QApplication.focusWidget() is page.form.body_map.button("left", "toes")
    keys.press(Qt.Key.Key_Up, times=3), keys.press(Qt.Key.Key_Space)  # top of the foot, shin, knee
    keys.tab(), keys.type("2")  # walking
    keys.tab(), keys.type("1")  # one fall
    keys.tab(), keys.type("14.5")  # timed walk
    keys.tab(), keys.type("10")  # back pain 10
    keys.tab(), keys.press(Qt.Key.Key_Space)  # spreads down the leg
    keys.tab(3), keys.press(Qt.Key.Key_Space)  # fatigue
    keys.tab(7 + len(RED_FLAGS) + 1)  # past other symptoms, red flags
    assert QApplication.focusWidget() is page.form.notes
    keys.type("Walked to the shop. ")
    keys.tab(), keys.press(Qt.Key.Key_Space)  # ask my doctor
    assert page.has_unsaved_changes()
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = store.entry(profile_id, TODAY)
    assert saved == DayEntry(
        day=TODAY,
        symptoms={"tingling": SideScores(5, 6)},
        regions_left={"knee"},
        gait=2,
        falls=1,
        walk_10m_seconds=14.5,
        back_pain=10,
        radiates_from_back=True,
        other_symptoms={"fatigue"},
        notes="Walked to the shop. ",
        ask_doctor=True,
    )
    assert not page.has_unsaved_changes()
    assert "Saved" in page.day_state.text()


def test_opening_yesterday_loads_it_for_editing(page, qtbot, diary):
    store, profile_id = diary
    store.save_entry(
        profile_id,
        DayEntry(
            day=YESTERDAY, symptoms={"burning": SideScores(2, 3)}, notes="yesterday", regions_right={"feet"}
        ),
    )
    page.date_edit.setDate(QDate(YESTERDAY.year, YESTERDAY.month, YESTERDAY.day))
    assert page.current_date() == YESTERDAY
    form = page.form
    assert form.symptoms.inputs[("burning", "right")].value() == 3
    assert form.body_map.regions("right") == {"feet"}
    assert form.notes.toPlainText() == "yesterday"
    assert not page.has_unsaved_changes()
    form.first_field().setFocus()
    qtbot.keyClick(form.first_field(), Qt.Key.Key_7)
    assert page.has_unsaved_changes()
    assert page.save()
    edited = store.entry(profile_id, YESTERDAY)
    assert edited.score("tingling", "left") == 7 and edited.notes == "yesterday"
    assert store.entry(profile_id, TODAY) is None


def test_switching_days_saves_the_edits_and_loses_nothing(page, qtbot, diary, page_session):
    store, profile_id = diary
    qtbot.keyClick(page.form.first_field(), Qt.Key.Key_4)
    page.form.notes.setPlainText("ملاحظة اليوم")
    with qtbot.waitSignal(page_session.diaryChanged):
        page.show_date(YESTERDAY)
    assert store.entry(profile_id, TODAY).score("tingling", "left") == 4
    assert page.form.first_field().value() == 0
    page.show_date(TODAY)
    assert page.form.first_field().value() == 4
    assert page.form.notes.toPlainText() == "ملاحظة اليوم"


def test_looking_at_a_day_without_editing_records_nothing(page, diary):
    store, profile_id = diary
    page.show_date(YESTERDAY)
    page.show_date(TODAY)
    assert store.entries(profile_id) == []
    assert page.save()  # an explicit save of an empty day records "no symptoms"
    assert store.entry(profile_id, TODAY) == DayEntry(day=TODAY)


def test_a_day_that_cannot_be_saved_keeps_its_date_and_edits(page, qtbot, diary):
    store, profile_id = diary
    page.form.walking.walk.setValue(0.5)
    page.show_date(YESTERDAY)
    assert page.current_date() == TODAY
    assert page.date_edit.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    assert page.form.walking.walk_error.isVisible()
    assert "10-metre walk in seconds" in page.form.walking.walk_error.text()
    assert page.date_error.isVisible()
    assert page.form.walking.walk.value() == 0.5
    assert store.entries(profile_id) == []


def test_validation_message_is_shown_beside_the_field_in_words(page, qtbot, diary, page_session):
    store, profile_id = diary
    page.form.notes.setPlainText("x" * (MAX_NOTES_LENGTH + 1))
    with qtbot.waitSignal(page_session.statusMessage) as status:
        assert not page.save()
    assert "correct" in status.args[0]
    assert page.form.notes_error.isVisible()
    assert "too long" in page.form.notes_error.text()
    assert QApplication.focusWidget() is page.form.notes
    assert store.entry(profile_id, TODAY) is None
    page.form.notes.setPlainText("short")
    assert page.save()
    assert not page.form.notes_error.isVisible()


def test_a_future_date_is_refused_with_a_message(page, diary):
    _store, _profile_id = diary
    tomorrow = TODAY + timedelta(days=1)
    page.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert page.current_date() == TODAY
    assert page.date_edit.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    assert page.date_error.isVisible()
    assert "future" in page.date_error.text()
    page.show_date(YESTERDAY)
    assert not page.date_error.isVisible()


def test_ticking_a_red_flag_shows_the_message_at_once_and_saves_it(page, qtbot, diary):
    store, profile_id = diary
    flags = page.form.red_flags
    assert not flags.message_frame.isVisible()
    box = flags.checks.boxes["foot_drop"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert flags.message_frame.isVisible()
    message = flags.message_text()
    assert box.text() in message
    assert "urgent medical attention today" in message
    assert "has saved" in message
    assert store.entry(profile_id, TODAY).red_flags == {"foot_drop"}
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not flags.message_frame.isVisible()


def test_red_flag_message_says_when_it_is_not_saved_yet(page, qtbot, diary):
    store, profile_id = diary
    page.form.walking.walk.setValue(0.5)
    box = page.form.red_flags.checks.boxes["saddle_numbness"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert page.form.red_flags.message_frame.isVisible()
    assert "will save" in page.form.red_flags.message_text()
    assert store.entry(profile_id, TODAY) is None


def test_same_as_yesterday_copies_lasting_values_only(page, qtbot, diary):
    store, profile_id = diary
    store.save_entry(
        profile_id,
        DayEntry(
            day=TODAY - timedelta(days=3),
            symptoms={"numbness": SideScores(4, 1)},
            regions_left={"feet"},
            gait=3,
            falls=2,
            walk_10m_seconds=20.0,
            red_flags={"foot_drop"},
            notes="old",
            ask_doctor=True,
            other_symptoms={"balance"},
            back_pain=6,
            worse_with_sitting=True,
        ),
    )
    page.show_date(YESTERDAY)
    page.show_date(TODAY)
    page.form.notes.setPlainText("today")
    assert page.copy_button.isEnabled()
    page.copy_button.setFocus()
    qtbot.keyClick(page.copy_button, Qt.Key.Key_Space)
    copied = page.form.entry(TODAY)
    assert copied.symptoms["numbness"] == SideScores(4, 1)
    assert (copied.regions_left, copied.gait, copied.back_pain) == ({"feet"}, 3, 6)
    assert copied.other_symptoms == {"balance"} and copied.worse_with_sitting
    assert (copied.falls, copied.walk_10m_seconds, copied.red_flags) == (0, None, frozenset())
    assert (copied.notes, copied.ask_doctor) == ("today", False)
    assert page.has_unsaved_changes()
    page.session.undo_stack.undo()  # the window's Ctrl+Z
    restored = page.form.entry(TODAY)
    assert restored == DayEntry(day=TODAY, notes="today")


def test_same_as_yesterday_is_disabled_without_an_earlier_entry(page):
    assert not page.copy_button.isEnabled()
    assert "no earlier entry" in page.copy_button.toolTip()


def test_quick_dose_is_disabled_without_an_active_plan_and_says_why(page, diary):
    button = page.dose_log.button
    assert not button.isEnabled()
    assert "Treatment page" in button.toolTip()


def test_quick_dose_records_from_the_active_plan_and_undoes(page, qtbot, diary, page_session):
    store, profile_id = diary
    add_b12_plan(store, profile_id)
    page_session.notify_changed()
    assert page.dose_log.button.isEnabled()
    qtbot.mouseClick(page.dose_log.button, Qt.MouseButton.LeftButton)
    doses = store.doses(profile_id)
    assert len(doses) == 1 and doses[0].form == "injection" and doses[0].unit == "µg"
    assert "Recorded today" in page.dose_log.due.text()
    assert "Next dose due" in page.dose_log.due.text()
    page_session.undo_stack.undo()
    assert store.doses(profile_id) == []


def test_profile_change_shows_that_profiles_day(page, diary, page_session):
    store, _profile_id = diary
    other = store.add_profile(Profile(name="Sami"))
    store.save_entry(other.id, DayEntry(day=TODAY, symptoms={"pain": SideScores(0, 8)}))
    page_session.set_profile(other.id)
    assert page.form.symptoms.inputs[("pain", "right")].value() == 8
    assert "right leg only" in page.form.symptoms.pain_side.text()
    assert not page.has_unsaved_changes()


def test_notes_paragraphs_follow_their_own_direction(page):
    page.form.notes.setPlainText("Walked well\nمشيت جيداً")
    first = page.form.notes.document().firstBlock()
    assert first.textDirection() == Qt.LayoutDirection.LeftToRight
    assert first.next().textDirection() == Qt.LayoutDirection.RightToLeft


def test_large_text_stacks_the_legs_instead_of_scrolling_sideways(page, qtbot):
    assert not page.form.symptoms.stacked
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    page.setFont(font)
    page.resize(800, 800)
    qtbot.waitUntil(lambda: page.form.symptoms.stacked)
    assert page.form.width() <= page.scroll_area.viewport().width()


def test_stored_values_the_widgets_cannot_show_exactly_are_not_changes(page, diary, page_session):
    store, profile_id = diary
    store.save_entry(profile_id, DayEntry(day=YESTERDAY, walk_10m_seconds=12.345, notes="one\r\ntwo"))
    page.show_date(YESTERDAY)
    assert not page.has_unsaved_changes()
    assert "editing" in page.day_state.text()
    page.form.walking.walk.setValue(13.5)
    assert page.form.entry(YESTERDAY).walk_10m_seconds == 13.5
    assert page.has_unsaved_changes()


@pytest.mark.parametrize("stacked", [False, True])
def test_up_and_down_move_between_feelings_and_change_nothing(page, qtbot, stacked):
    symptoms = page.form.symptoms
    symptoms.set_stacked(stacked)
    for (name, side), control in symptoms.inputs.items():
        control.setValue(len(name) % 4 + (side == "right"))
    before = symptoms.scores()
    right = symptoms.inputs[("tingling", "right")]
    right.setFocus()
    qtbot.waitUntil(right.hasFocus)
    for expected in ("numbness", "burning", "pain", "weakness", "weakness"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert QApplication.focusWidget() is symptoms.inputs[(expected, "right")]
    for expected in ("pain", "burning", "numbness", "tingling", "tingling"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
        assert QApplication.focusWidget() is symptoms.inputs[(expected, "right")]
    assert symptoms.scores() == before


def test_the_score_keys_are_shown_on_the_page(page):
    hint = page.form.symptoms.keys_hint
    assert hint.isVisible()
    assert "arrows" in hint.text() and "up and down" in hint.text()


def test_each_same_for_both_legs_button_is_named_and_reachable(page, qtbot):
    symptoms = page.form.symptoms
    names = [link.accessibleName() for link in symptoms.links.values()]
    assert len(set(names)) == 5
    assert all(
        symptoms.row_labels[sensation].text() in symptoms.links[sensation].accessibleName()
        for sensation in symptoms.links
    )
    right = symptoms.inputs[("numbness", "right")]
    right.setFocus()
    qtbot.waitUntil(right.hasFocus)
    qtbot.keyClick(right, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is symptoms.links["numbness"]
    qtbot.keyClick(symptoms.links["numbness"], Qt.Key.Key_Space)
    assert symptoms.links["numbness"].isChecked()


def answer_next_question(qtbot, button):
    """Press `button` in the next message box once it is open (it runs inside the box's exec)."""
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return asked


@pytest.mark.parametrize(
    ("answer", "doses"), [(QMessageBox.StandardButton.No, 1), (QMessageBox.StandardButton.Yes, 2)]
)
def test_a_second_quick_dose_on_the_same_day_asks_first(page, qtbot, diary, page_session, answer, doses):
    store, profile_id = diary
    add_b12_plan(store, profile_id)
    page_session.notify_changed()
    qtbot.mouseClick(page.dose_log.button, Qt.MouseButton.LeftButton)  # the first: no question
    assert len(store.doses(profile_id)) == 1
    asked = answer_next_question(qtbot, answer)
    qtbot.mouseClick(page.dose_log.button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "already recorded today" in asked[0]
    assert len(store.doses(profile_id)) == doses


def test_another_persons_diary_opens_on_today_at_the_top(page, diary, page_session):
    store, _profile_id = diary
    page.date_edit.setDate(page.date_edit.date().addDays(-9))
    page.scroll_area.verticalScrollBar().setValue(page.scroll_area.verticalScrollBar().maximum())
    assert page.scroll_area.verticalScrollBar().value() > 0
    other = store.add_profile(Profile(name="Sami"))
    page_session.set_profile(other.id)
    assert page.date_edit.date().toPython() == TODAY
    assert page.scroll_area.verticalScrollBar().value() == 0


def test_marking_the_saddle_area_ticks_the_saddle_warning_sign_and_saves_it(page, qtbot, diary):
    store, profile_id = diary
    body_map, flags = page.form.body_map, page.form.red_flags
    saddle = body_map.button("right", "saddle")
    saddle.setFocus()
    assert not flags.checks.boxes["saddle_numbness"].isChecked()
    qtbot.keyClick(saddle, Qt.Key.Key_Space)
    assert flags.checks.boxes["saddle_numbness"].isChecked()
    assert not flags.message_frame.isHidden()
    assert page.save()
    saved = store.entry(profile_id, TODAY)
    assert saved.regions_right == {"saddle"} and "saddle_numbness" in saved.red_flags
