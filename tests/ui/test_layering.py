"""The core (model/, store/) never imports textual or rich: checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import importlib, json, pkgutil, sys
import briefterm.model, briefterm.store
names = []
for package in (briefterm.model, briefterm.store):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
ui = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(json.dumps({"modules": names, "ui": ui}))
"""


def test_model_and_store_never_import_textual_or_rich() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert "briefterm.model.analysis" in result["modules"]
    assert "briefterm.store.paths" in result["modules"]
    assert result["ui"] == []


def test_the_probe_would_see_an_import_of_rich() -> None:
    """The check can fail: importing the UI does pull rich in."""
    probe = PROBE.replace("import briefterm.model, briefterm.store",
                          "import briefterm.model, briefterm.store\nimport briefterm.ui.wrap")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "rich" in json.loads(out.stdout)["ui"]
