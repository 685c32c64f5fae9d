"""A style whose check boxes and radio buttons grow with the text size (used above 100 %)."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyleFactory


class ScaledIndicators(QProxyStyle):
    """A style whose check boxes and radio buttons grow with the text size (Qt sizes them in pixels)."""

    SCALED = (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    )

    def __init__(self, base: str, text_scale: int):
        super().__init__(QStyleFactory.create(base))
        self.base_name, self.factor = base, text_scale / 100

    def name(self) -> str:
        return self.base_name

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 (Qt's name)
        size = super().pixelMetric(metric, option, widget)
        return round(size * self.factor) if metric in self.SCALED else size
