"""Command-line sub-commands, one module each, sharing the helpers in `context`."""
