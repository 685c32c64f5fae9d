"""The Report page: preview, Save PDF… with its result message, appendix, open in viewer, failures."""

from datetime import timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from diary_app.demo import demo_diary
from diary_app.ui import report_page
from tests.ui.conftest import TODAY

LAST_ENTRY = TODAY - timedelta(days=3)


@pytest.fixture
def page(qtbot, session, store, profile):
    store.import_diaries([demo_diary(60, "symmetric", end=LAST_ENTRY, name="Ana")])
    made = report_page.ReportPage(session)
    qtbot.addWidget(made)
    made.show()
    made.wait_until_done()
    yield made
    made.wait_until_done()


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


def test_period_defaults_to_ninety_days_ending_at_the_last_entry(page):
    assert page.period() == (LAST_ENTRY - timedelta(days=89), LAST_ENTRY)
    assert page.language_box.currentData() == "en"


def test_preview_shows_the_pattern_sentences_and_the_trend_chart(page):
    assert "This summary covers" in page.preview_text.text()
    assert page.preview_chart.pixmap() is not None and not page.preview_chart.pixmap().isNull()


def test_save_pdf_writes_the_report_and_offers_to_open_it(qtbot, page, tmp_path, monkeypatch, opened_urls):
    target = tmp_path / "for the doctor"
    choose_file(monkeypatch, target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    saved = tmp_path / "for the doctor.pdf"
    pages, text = pdf_text(saved)
    assert pages <= 2 and "Patient: Ana" in text
    message = page.last_message
    assert isinstance(message, QMessageBox) and str(saved) in message.text()
    open_button = next(b for b in message.buttons() if b.text().replace("&", "") == "Open")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened_urls[-1].toLocalFile() == str(saved)
    assert page.save_button.isEnabled()


def test_appendix_checkbox_adds_the_daily_log(qtbot, page, tmp_path, monkeypatch):
    choose_file(monkeypatch, tmp_path / "short.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    page.appendix_box.setFocus()
    qtbot.keyClick(page.appendix_box, Qt.Key.Key_Space)
    assert page.appendix_box.isChecked()
    choose_file(monkeypatch, tmp_path / "long.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.wait_until_done()
    short_pages, _ = pdf_text(tmp_path / "short.pdf")
    long_pages, text = pdf_text(tmp_path / "long.pdf")
    assert long_pages > short_pages and "Appendix: the daily log" in text


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
