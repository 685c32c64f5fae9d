"""The Report page: the PDF previewed page by page, Save PDF…, Print…, appendix, open in viewer, failures."""

import threading
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox

from diary_app.demo import demo_diary
from diary_app.reports import ReportCancelled
from diary_app.settings import AppSettings
from diary_app.storage import open_store
from diary_app.ui import report_page
from diary_app.ui import report_preview
from diary_app.ui.session import DiarySession
from tests.ui.conftest import TODAY
from tests.ui.conftest import fixed_clock

LAST_ENTRY = TODAY - timedelta(days=3)


@pytest.fixture(scope="module")
def shared_page(qapp, tmp_path_factory):
    """One page for the tests that only drive it (building its preview takes a second)."""
    folder = tmp_path_factory.mktemp("report_page")
    store = open_store(folder / "diary.sqlite3")
    store.import_diaries([demo_diary(60, "symmetric", end=LAST_ENTRY, name="Ana")])
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    session = DiarySession(store, store.profiles()[0].id, settings, clock=fixed_clock)
    made = report_page.ReportPage(session)
    made.show()
    made.wait_until_done()
    yield made
    made.wait_until_done()
    made.hide()
    made.close()
    made.deleteLater()
    made.wait_until_done()
    store.close()


@pytest.fixture
def page(shared_page):
    yield shared_page
    shared_page.wait_until_done()
    if shared_page.last_message is not None:  # a message box left open would take later keys
        shared_page.last_message.done(0)
        shared_page.last_message = None
    assert not shared_page.appendix_box.isChecked(), "a test left the appendix on"


@pytest.fixture
def opened_urls(monkeypatch):
    urls = []
    monkeypatch.setattr(report_page.QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), "PDF"))


def pdf_text(path) -> tuple[int, str]:
    reader = pypdf.PdfReader(path)
    return len(reader.pages), " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_preview_shows_every_page_of_the_pdf_as_a_picture(page, tmp_path):
    first_entry = min(e.day for e in demo_diary(60, "symmetric", end=LAST_ENTRY, name="Ana").entries)
    assert page.period() == (first_entry, LAST_ENTRY)  # a 60-day diary: from its first entry, not 90 days
    assert page.language_box.currentData() == "en"
    path = tmp_path / "same.pdf"
    request = page.request()
    pages = report_page.build_report(request.diary, request.start, request.end, path, request.options).pages
    labels = page.preview.page_labels
    assert len(labels) == pages == len(pypdf.PdfReader(path).pages) >= 1
    for label in labels:
        image = label.pixmap().toImage()
        assert not image.isNull() and image.height() > image.width() * 1.3  # A4 upright
        assert (
            len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)})
            > 2
        )  # text and charts, not a blank page
    assert page.preview_progress.isHidden() and page.preview_status.isHidden()


def test_preview_pages_fit_the_view_width_and_scroll_with_the_keyboard(qtbot, page):
    page.resize(700, 500)
    page.wait_until_done()
    qtbot.waitUntil(lambda: not page.preview.rescale_timer.isActive())
    first, second = page.preview.page_labels[:2]
    assert second.y() > first.geometry().bottom()  # one below the other, not overlapping
    assert abs(first.width() - page.preview.viewport().width()) <= 2 * report_preview.PAGE_GAP + 4
    bar = page.preview.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    page.preview.setFocus()
    qtbot.keyClick(page.preview, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(page.preview, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()


def test_a_hidden_page_previews_the_changed_diary_only_when_shown_again(page):
    before = page._preview_number
    page.hide()
    page.session.notify_changed()
    page.wait_until_done()
    assert page._preview_number == before
    page.show()
    page.wait_until_done()
    assert page._preview_number == before + 1 and len(page.preview.page_labels) >= 1


def test_a_long_report_previews_its_first_pages_and_says_so(page, monkeypatch):
    pages = len(page.preview.page_labels)
    assert pages >= 2
    monkeypatch.setattr(report_page, "MAX_PREVIEW_PAGES", 1)
    page.refresh_preview()
    page.wait_until_done()
    assert len(page.preview.page_labels) == 1
    assert page.preview_status.isVisible()
    expected = f"The preview shows the first 1 of the report's {pages} pages; the PDF has them all."
    assert page.preview_status.text() == expected
    monkeypatch.undo()
    page.refresh_preview()
    page.wait_until_done()
    assert len(page.preview.page_labels) == pages and page.preview_status.isHidden()


def test_print_paints_every_page_on_the_chosen_printer(qtbot, page, tmp_path, monkeypatch):
    printed = tmp_path / "printed.pdf"
    asked = []

    def to_file(printer, parent):
        asked.append(parent)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(page, "ask_printer", lambda printer, parent: False)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    assert page.progress is None and page.print_button.isEnabled() and not printed.exists()
    monkeypatch.setattr(page, "ask_printer", to_file)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    assert asked == [page]
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == len(page.preview.page_labels)  # the PDF's pages (see the preview test)
    for printed_page in reader.pages:
        (image,) = printed_page.images  # the report page painted as one picture
        assert image.image.width >= 2400  # 300 dpi across A4's 8.27 inches
        assert len(image.image.convert("L").getcolors(1 << 16)) > 2  # not blank
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    assert page.print_button.isEnabled()


def test_temporary_pdfs_are_removed_with_the_page(qtbot, session, opened_urls):
    made = report_page.ReportPage(session)
    made.wait_until_done()
    qtbot.mouseClick(made.open_button, Qt.MouseButton.LeftButton)
    made.wait_until_done()
    opened = Path(opened_urls[-1].toLocalFile())
    assert opened.is_file() and opened.parent == Path(made.files.name)
    made.deleteLater()
    qtbot.waitUntil(lambda: not opened.parent.exists())


def test_save_pdf_writes_the_report_and_offers_to_open_it(qtbot, page, tmp_path, monkeypatch, opened_urls):
    target = tmp_path / "for the doctor"
    choose_file(monkeypatch, target)
    said = []
    page.session.statusMessage.connect(said.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    saved = tmp_path / "for the doctor.pdf"
    pages, text = pdf_text(saved)
    assert pages <= 2 and "Patient: Ana" in text
    message = page.last_message
    shown_path = f"\u2066{saved}\u2069"  # isolated left to right: slashes stay put in Arabic too
    assert isinstance(message, QMessageBox) and shown_path in message.text() and shown_path in said[-1]
    open_button = next(b for b in message.buttons() if b.text().replace("&", "") == "Open")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened_urls[-1].toLocalFile() == str(saved)
    assert page.save_button.isEnabled()


def test_appendix_checkbox_adds_the_daily_log_to_preview_and_pdf(qtbot, page, tmp_path, monkeypatch):
    short_pages = len(page.preview.page_labels)
    page.appendix_box.setFocus()
    qtbot.keyClick(page.appendix_box, Qt.Key.Key_Space)
    assert page.appendix_box.isChecked()
    page.wait_until_done()
    choose_file(monkeypatch, tmp_path / "long.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    long_pages, text = pdf_text(tmp_path / "long.pdf")
    assert long_pages == len(page.preview.page_labels) > short_pages
    assert "Appendix: the daily log" in text
    qtbot.keyClick(page.appendix_box, Qt.Key.Key_Space)
    page.wait_until_done()
    assert len(page.preview.page_labels) == short_pages


def test_open_in_viewer_builds_a_temporary_pdf_and_opens_it(qtbot, page, opened_urls):
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    pages, text = pdf_text(opened_urls[-1].toLocalFile())
    assert pages >= 1 and "Leg symptom diary" in text


def test_a_failed_build_says_so_and_writes_nothing(qtbot, page, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("no space left on the device")

    monkeypatch.setattr(report_page, "build_report", broken)
    choose_file(monkeypatch, tmp_path / "never.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    assert "no file was written" in page.last_message.text()
    assert "no space left" in page.last_message.text()
    assert not (tmp_path / "never.pdf").exists()
    assert page.save_button.isEnabled()


def test_language_follows_the_interface_and_can_be_changed(qtbot, session, store, profile, app_settings):
    app_settings.language = "ar"
    made = report_page.ReportPage(session)
    qtbot.addWidget(made)
    assert made.language_box.currentData() == "ar"
    assert made.options().rtl
    made.language_box.setCurrentIndex(made.language_box.findData("en"))
    assert made.options().language == "en" and not made.options().rtl
    made.wait_until_done()


def test_a_screen_reader_can_read_the_previewed_report(page, tmp_path):
    from PySide6.QtGui import QAccessible

    path = tmp_path / "read.pdf"
    request = page.request()
    report_page.build_report(request.diary, request.start, request.end, path, request.options)
    _pages, written = pdf_text(path)
    node = QAccessible.queryAccessibleInterface(page.preview)
    heard = " ".join(node.text(QAccessible.Text.Description).split())
    words = written.split()
    assert "Ana" in heard and len(words) > 50
    assert sum(word in heard for word in words) >= 0.9 * len(words)  # the same words, read by PDFium
    for number, label in enumerate(page.preview.page_labels, start=1):
        assert str(number) in label.accessibleName() and label.accessibleDescription()


def test_another_persons_report_never_shows_under_the_new_name(page):
    from diary_app.domain import Profile

    first = page.session.profile_id
    assert page.preview.images
    other = page.session.store.add_profile(Profile(name="Sami"))
    try:
        page.session.set_profile(other.id)
        assert page.preview.images == [] and page.preview.page_labels == []  # Ana's pages are gone at once
        page.wait_until_done()
    finally:
        page.session.set_profile(first)
        page.wait_until_done()
    assert page.preview.images


def test_changing_an_option_cancels_the_preview_being_built(qtbot, page, monkeypatch):
    """The build in flight stops at its next step instead of finishing before the new one starts."""
    page.wait_until_done()
    real_build = report_page.build_report
    first_started, go_on = threading.Event(), threading.Event()
    builds = []

    def held_build(diary, start, end, path, options, cancelled):
        builds.append({"appendix": options.appendix, "path": path})
        if len(builds) == 1:
            first_started.set()
            go_on.wait()
        try:
            result = real_build(diary, start, end, path, options, cancelled)
        except ReportCancelled:
            builds[-1]["outcome"] = "cancelled"
            raise
        builds[-1]["outcome"] = "built"
        return result

    monkeypatch.setattr(report_page, "build_report", held_build)
    short_pages = len(page.preview.page_labels)
    page.refresh_preview()
    assert first_started.wait(30)
    page.appendix_box.setFocus()
    qtbot.keyClick(page.appendix_box, Qt.Key.Key_Space)  # while the first build runs
    go_on.set()
    page.wait_until_done()
    assert [(b["appendix"], b["outcome"]) for b in builds] == [(False, "cancelled"), (True, "built")]
    assert not builds[0]["path"].exists()  # the cancelled build wrote nothing
    assert len(page.preview.page_labels) > short_pages  # the appendix's pages are shown
    monkeypatch.undo()
    qtbot.keyClick(page.appendix_box, Qt.Key.Key_Space)
