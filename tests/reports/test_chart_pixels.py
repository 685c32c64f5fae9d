"""The report command's charts drawn in forked children: the same pixels and the same PDF as when they
are drawn in the process, a failed child drawn again, no child left behind, forking only where safe."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the report forks on Linux only")


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def pdf_pictures_and_text(path: Path) -> tuple[list[bytes], str]:
    reader = PdfReader(path)
    pictures = [image.data for page in reader.pages for image in page.images]
    return pictures, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_forked_charts_make_the_same_report_as_charts_drawn_here(tmp_path, language):
    forked, here = tmp_path / "forked.pdf", tmp_path / "here.pdf"
    run_python(
        f"""
        from datetime import date
        from diary_app.commands.report import report_language
        from diary_app.demo import demo_diary
        from diary_app.domain.messages import NumberFormat
        from diary_app.reports import ReportOptions, build_report
        from diary_app.reports.chart_pixels import ForkingPainter
        diary = demo_diary(90, "mixed", seed=4, end=date(2026, 11, 25))
        options = ReportOptions(language="{language}", translate=report_language("{language}"),
                                numbers=NumberFormat.of("{language}", True))
        start, end = date(2026, 8, 28), date(2026, 11, 25)
        assert ForkingPainter.available()
        build_report(diary, start, end, r"{forked}", options, painter=ForkingPainter())
        build_report(diary, start, end, r"{here}", options)
        print("done")
        """
    )
    forked_pictures, forked_text = pdf_pictures_and_text(forked)
    here_pictures, here_text = pdf_pictures_and_text(here)
    assert len(here_pictures) >= 3  # the trend on page 1 and the evidence charts on page 2
    assert forked_pictures == here_pictures
    assert forked_text == here_text


def test_a_failed_child_is_drawn_again_here_and_no_child_is_left_behind():
    result = run_python(
        """
        import json, os
        from matplotlib.figure import Figure
        from diary_app.reports.chart_pixels import ForkingPainter, drawn_pixels
        parent = os.getpid()

        def figure(fail_in_child=False, red_in_child=False):
            in_child = os.getpid() != parent
            if fail_in_child and in_child:
                raise RuntimeError("the child failed")
            fig = Figure(figsize=(2, 1))
            fig.add_subplot().plot([0, 1, 2], [2, 0, 1], color="red" if red_in_child and in_child else "blue")
            return fig

        painter = ForkingPainter()
        first = painter.paint(figure)  # drawn here: it loads the fonts the children inherit
        failed = painter.paint(lambda: figure(fail_in_child=True))
        fine = painter.paint(figure)
        expected = drawn_pixels(figure()).tobytes()
        same = [pixels().tobytes() == expected for pixels in (first, failed, fine)]
        from_child = painter.paint(lambda: figure(red_in_child=True))().tobytes()
        same.append(from_child == drawn_pixels(figure(red_in_child=True)).tobytes())  # False: drawn there
        unread = [painter.paint(figure) for _ in range(3)]  # never asked for: close() ends them
        painter.close()
        try:
            os.waitpid(-1, os.WNOHANG)
            left = True
        except ChildProcessError:
            left = False
        print(json.dumps({"same": same, "children_left": left}))
        """
    )
    assert json.loads(result) == {"same": [True, True, True, False], "children_left": False}


def test_the_report_command_draws_its_later_charts_in_children(store, db_path, tmp_path):
    from diary_app.demo import demo_diary

    store.import_diaries([demo_diary(60, "symmetric", seed=2, end=date(2026, 11, 25), name="Ann")])
    store.close()
    out = tmp_path / "summary.pdf"
    forks = run_python(
        f"""
        import os, sys
        forks = []
        real_fork = os.fork
        def counted_fork():
            pid = real_fork()
            if pid:
                forks.append(pid)
            return pid
        os.fork = counted_fork
        from diary_app.cli import main
        assert main(["--db", r"{db_path}", "report", "--out", r"{out}"]) == 0
        print(len(forks))
        """
    )
    assert int(forks) >= 2
    assert len(PdfReader(out).pages) >= 2


def test_forking_only_where_it_is_safe():
    """Linux, one thread and no Qt (whose threads a child would lack): the command, not the window."""
    answers = run_python(
        """
        import json, threading
        from diary_app.reports.chart_pixels import ForkingPainter
        alone = ForkingPainter.available()
        stop = threading.Event()
        helper = threading.Thread(target=stop.wait)
        helper.start()
        with_a_thread = ForkingPainter.available()
        stop.set()
        helper.join()
        import PySide6.QtCore
        print(json.dumps([alone, with_a_thread, ForkingPainter.available()]))
        """
    )
    assert json.loads(answers) == [True, False, False]
