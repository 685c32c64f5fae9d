"""The toolbar's profile chooser: shown only when the diary holds more than one person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from diary_app.domain import Profile


class ProfileSwitcher(QWidget):
    """Profiles in a labelled combo box; emits profileRequested(id) when the user picks another."""

    profileRequested = Signal(int)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Profile"))
        self.combo.setToolTip(self.tr("Whose diary is shown"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("&Profile:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)

    def set_profiles(self, profiles: list[Profile], current_id: int) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for profile in profiles:
            self.combo.addItem(profile.name, profile.id)
        self.combo.blockSignals(False)
        self.show_current(current_id)

    def show_current(self, profile_id: int) -> None:
        index = self.combo.findData(profile_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def current_id(self) -> int | None:
        return self.combo.currentData()

    def _on_activated(self, index: int) -> None:
        self.profileRequested.emit(self.combo.itemData(index))
