"""Command handlers that cli.py dispatches to (cli.py keeps the parsers)."""


class CommandError(Exception):
    """Bad input found by a command: exit 2 with the message (one line)."""
