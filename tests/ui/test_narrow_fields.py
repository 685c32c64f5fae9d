"""Short choices keep their own size in a wide window: the report language and the reminder times."""

from tests.ui.conftest import shown_treatment_page


def test_reminder_times_and_report_language_do_not_stretch_across_the_window(qtbot, main_window, session):
    page = shown_treatment_page(qtbot, session, tab=3, size=(1400, 700))
    options = page.options
    for edit in (options.diary_time, options.dose_time):
        assert edit.width() <= edit.sizeHint().width() + 1
        assert edit.width() < page.width() / 3
    main_window.resize(1400, 800)
    main_window.show_page("report")
    report = main_window.page("report")
    report.wait_until_done()
    box = report.language_box
    qtbot.waitUntil(box.isVisible)
    assert box.width() <= box.sizeHint().width() + 1 and box.width() < report.width() / 3
