"""The Qt window: pages, widgets, models and dialogs."""

from diary_app.ui.none_guard import protect_none

protect_none()
