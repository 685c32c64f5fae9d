"""Widgets and helpers shared by several pages and dialogs: tables, buttons, dates, error lines."""
