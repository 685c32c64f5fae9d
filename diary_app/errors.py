"""Errors shared by the command line and the window: a mistake the user can fix."""


class UserError(Exception):
    """A mistake the user can fix: shown as one line on stderr, exit status 2."""
