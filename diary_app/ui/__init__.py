"""The Qt window: pages, widgets, models and dialogs."""
