"""Everything but ui/ (core, sources, engine, brief, notes, store, export) never
imports textual, rich or briefterm.ui: checked in a fresh interpreter per package."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CORE_PACKAGES = ("core", "sources", "engine", "brief", "notes", "store", "export")

PROBE = """
import importlib, json, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [package.__name__]
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(info.name)
    names.append(info.name)
ui = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich") or m.startswith("briefterm.ui"))
print(json.dumps({"modules": names, "ui": ui}))
"""


def _probe(package: str, prelude: str = "") -> dict[str, list[str]]:
    out = subprocess.run([sys.executable, "-c", prelude + PROBE, package], capture_output=True, text=True, check=True)
    result: dict[str, list[str]] = json.loads(out.stdout)
    return result


@pytest.mark.parametrize("name", CORE_PACKAGES)
def test_core_packages_never_import_the_ui(name: str) -> None:
    result = _probe(f"briefterm.{name}")
    assert len(result["modules"]) > 1, "the probe imported the package's modules"
    assert result["ui"] == []


def test_the_probe_would_see_an_import_of_the_ui() -> None:
    """The check can fail: importing the UI does pull rich and briefterm.ui in."""
    result = _probe("briefterm.core", "import briefterm.ui.widgets.wrap\n")
    assert "rich" in result["ui"] and "briefterm.ui.widgets.wrap" in result["ui"]
