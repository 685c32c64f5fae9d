"""The doctor's PDF (reportlab, no Qt): import only where a report is made, never at start-up."""

from diary_app.reports.build import build_report
from diary_app.reports.context import ReportCancelled
from diary_app.reports.context import ReportOptions
from diary_app.reports.context import ReportResult

__all__ = ["ReportCancelled", "ReportOptions", "ReportResult", "build_report"]
