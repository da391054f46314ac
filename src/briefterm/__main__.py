"""`python -m briefterm`."""

from briefterm.cli import run

run()
