"""An installed wheel carries the seed and its brief, so `briefterm` works outside the repo."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_wheel_carries_seed_and_brief(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
         "-w", str(tmp_path / "dist"), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next((tmp_path / "dist").glob("briefterm-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        assert "briefterm/data/seeds/000_bf86d079a96f6282.txt" in names
        assert "briefterm/data/seeds/000_bf86d079a96f6282.brief.yaml" in names
        zf.extractall(tmp_path / "site")
    # Run from elsewhere with only the unpacked wheel on the path (dependencies from this venv).
    code = "import briefterm; from briefterm.cli import seed_path; from briefterm.brief.curated import find_brief; " \
           "p = seed_path(); print(p.read_text(encoding='utf-8')[:8], find_brief(p) is not None, " \
           "'/site/' in briefterm.__file__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                         env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "The fact True True"
