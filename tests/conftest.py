"""Keep every test away from the user's real data and config directories."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bf86d079a96f6282.txt"
DEVSET = ROOT.parent / "shared" / "devset"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path_factory.mktemp("briefterm-data")
    monkeypatch.setenv("BRIEFTERM_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "xdg"))
    monkeypatch.setenv("BRIEFTERM_CONFIG_DIR", str(data / "config"))  # no keymap.yaml of the user's
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "xdg-config"))
    return data


@pytest.fixture
def seed_text() -> str:
    from briefterm.sources.document import load

    return load(str(SEED)).text
