"""The actors' and quotations' passes are imported where they run, not by the modules that
only name an analysis: a command that needs passages alone does without them, and a large
document's reading child imports its pass while the parent imports the actors'."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
for name in sys.argv[1:]:
    __import__(name)
passes = ("briefterm.engine.actors.", "briefterm.engine.quotes.")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(passes))))
"""

PASSES = ("briefterm.engine.actors.find", "briefterm.engine.quotes.find", "briefterm.engine.quotes.voices")


def _loaded_after(*modules: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *modules], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(out.stdout)
    return loaded


def test_the_commands_modules_do_not_import_the_passes() -> None:
    loaded = _loaded_after("briefterm.cli", "briefterm.commands.analysis", "briefterm.export.render",
                           "briefterm.engine.analyse", "briefterm.store.notes_store")
    assert not set(PASSES) & set(loaded), loaded


def test_the_probe_sees_a_pass_that_is_imported() -> None:
    """The check can fail: importing the actors' pass shows in the probe."""
    assert "briefterm.engine.actors.find" in _loaded_after("briefterm.engine.analyse", "briefterm.engine.actors.find")
