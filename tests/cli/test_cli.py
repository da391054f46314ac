"""The command line: exit codes, one-line errors, output formats, the schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT, SEED

# The contract lives in ../shared; a copy in tests/fixtures keeps the suite whole without it.
SHARED_SCHEMA = ROOT.parent / "shared" / "schema" / "analysis.schema.json"
SCHEMA = SHARED_SCHEMA if SHARED_SCHEMA.exists() else ROOT / "tests" / "fixtures" / "analysis.schema.json"


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "briefterm", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def assert_one_line_error(p: subprocess.CompletedProcess[bytes], *fragments: str) -> None:
    err = p.stderr.decode("utf-8", "replace")
    assert p.returncode == 2, err
    assert err.startswith("briefterm: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert not any(ord(c) < 32 and c != "\n" for c in err), repr(err)
    for fragment in fragments:
        assert fragment in err


def test_version_and_help() -> None:
    assert run("--version").stdout.decode().startswith("briefterm ")
    out = run("--help").stdout.decode()
    assert "analyze" in out and "export" in out and "note add" in out


def test_analyze_json_follows_the_schema() -> None:
    p = run("analyze", str(SEED), "--format", "json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    text = SEED.read_text(encoding="utf-8")
    for passage in data["passages"]:
        assert text[passage["start"] : passage["end"]] == passage["text"]
    assert [x["index"] for x in data["passages"]] == list(range(1, 23))


def test_analyze_no_brief_follows_the_schema_too() -> None:
    p = run("analyze", "--no-brief", str(SEED))
    data = json.loads(p.stdout)
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert all(q["origin"] != "curated" for q in data["questions"])
    assert all(p.get("gloss") is None for p in data["passages"])


def test_analyze_yaml_and_markdown() -> None:
    data = yaml.safe_load(run("analyze", str(SEED), "--format", "yaml").stdout)
    assert len(data["passages"]) == 22
    md = run("analyze", str(SEED), "--format", "markdown").stdout.decode()
    assert md.startswith("# ") and "## Actors" in md and "## Quotes" in md and "## Open questions" in md


def test_stdin_dash() -> None:
    p = run("analyze", "-", stdin=b"Leaders meet\n\nThey met on Monday.")
    assert p.returncode == 0
    assert json.loads(p.stdout)["document"]["chars"] == len("Leaders meet\n\nThey met on Monday.")


def test_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(run("analyze", str(tmp_path / "missing.txt")), "no such file")


def test_directory(tmp_path: Path) -> None:
    assert_one_line_error(run("analyze", str(tmp_path)), "directory")


def test_fifo_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_one_line_error(run("analyze", str(fifo), timeout=10), "a pipe with nothing written to it")


def test_device() -> None:
    assert_one_line_error(run("analyze", "/dev/zero", timeout=10), "not a regular file or pipe")


def test_dev_stdin_reads_the_pipe_as_dash_does() -> None:
    text = b'Rain fell on Tuesday. "It was late," said Ana Ruiz.\n'
    by_path, by_dash = (run("analyze", doc, "--format", "json", stdin=text) for doc in ("/dev/stdin", "-"))
    assert by_path.returncode == 0, by_path.stderr
    analysed, expected = json.loads(by_path.stdout), json.loads(by_dash.stdout)
    assert analysed["document"]["sha256"] == expected["document"]["sha256"]
    assert [q["speaker"] for q in analysed["quotes"]] == [q["speaker"] for q in expected["quotes"]]


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    assert_one_line_error(run("analyze", str(path)), "binary")


def test_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    assert_one_line_error(run("analyze", str(path), env={"BRIEFTERM_MAX_BYTES": "1000"}), "size limit")


def test_path_with_control_characters_is_escaped(tmp_path: Path) -> None:
    p = run("analyze", str(tmp_path / "evil\x1b[31mname"))
    assert_one_line_error(p, "\\x1b")


def test_path_with_bad_bytes(tmp_path: Path) -> None:
    p = subprocess.run([sys.executable, "-m", "briefterm", "analyze", os.fsencode(tmp_path) + b"/bad\xff.txt"],
                       capture_output=True, timeout=60)
    assert_one_line_error(p, "\\x")


def test_bad_usage_is_one_line() -> None:
    assert_one_line_error(run("analyze"), "DOC")
    assert_one_line_error(run("analyze", str(SEED), "--format", "pdf"), "invalid choice")
    assert_one_line_error(run("--bogus"), "unrecognized")


def test_broken_brief_is_one_line(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Some text.", encoding="utf-8")
    (tmp_path / "doc.brief.yaml").write_text("glosses: [unclosed", encoding="utf-8")
    assert_one_line_error(run("analyze", str(doc)), "YAML")
    assert run("analyze", "--no-brief", str(doc)).returncode == 0


def test_json_carries_no_control_characters(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(b"He said \x1b[2J\x07 \"hello\x00\" to \xe2\x80\xaeall.")
    p = run("analyze", str(doc))
    # NUL bytes make it binary; without them the controls are stripped.
    assert p.returncode == 2
    doc.write_bytes(b"He said \x1b[2J\x07 \"hello\" to \xe2\x80\xaeall.\x85")
    p = run("analyze", str(doc))
    assert p.returncode == 0
    data = json.loads(p.stdout)
    dumped = json.dumps(data, ensure_ascii=False)
    assert not any(ord(c) < 32 for c in dumped)
    assert data["document"]["warnings"]


HOSTILE = {
    "curly-quotes": "“" * 100_000,
    "capitalised-words": "Word " * 100_000,
    "straight-quotes": "\"" * 100_000 + "?",
    "apostrophes": "’" * 50_000 + "'" * 50_000,
    "question-marks": "Who? " * 50_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_adversarial_documents_finish(tmp_path: Path, name: str) -> None:
    doc = tmp_path / "hostile.txt"
    doc.write_text(HOSTILE[name], encoding="utf-8")
    p = run("analyze", str(doc), timeout=60)
    assert p.returncode == 0, p.stderr[-500:]
    json.loads(p.stdout)


def test_internal_error_exits_1_and_names_the_log(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from briefterm import cli

    def boom(args: object) -> int:
        raise RuntimeError("engine fell over")

    monkeypatch.setitem(cli.HANDLERS, "analyze", boom)
    assert cli.main(["analyze", str(SEED)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefterm: internal error: RuntimeError; traceback in ")
    log = Path(err.strip().rsplit(" ", 1)[-1])
    assert "engine fell over" in log.read_text(encoding="utf-8")


def test_reader_options_parse_before_the_document() -> None:
    from briefterm.cli import parse

    command, args = parse(["--notes", "/tmp/n.yaml", "--no-brief", "doc.txt"])
    assert (command, args.notes, args.no_brief, args.doc) == ("read", "/tmp/n.yaml", True, "doc.txt")
    command, args = parse(["analyze", "--no-brief", "doc.txt"])
    assert (command, args.no_brief, args.format) == ("analyze", True, "json")


def test_reader_without_a_terminal_refuses_instead_of_hanging() -> None:
    assert_one_line_error(run(str(SEED), timeout=20), "needs a terminal")
    assert_one_line_error(run("-", stdin=b"text", timeout=20), "standard input")


def test_mistyped_command_is_named_and_british_spelling_works(tmp_path: Path) -> None:
    assert_one_line_error(run("analize", str(SEED)), "unknown command analize")
    p = run("analyse", str(SEED))
    assert p.returncode == 0 and json.loads(p.stdout)["passages"]


def test_export_output_file_is_readable_like_any_file(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    assert run("export", str(SEED), "-o", str(out)).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()
    out.chmod(0o600)
    assert run("export", str(SEED), "-o", str(out)).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o600


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_main_leaves_garbage_collection_as_it_found_it(capsys: pytest.CaptureFixture[str]) -> None:
    import gc

    from briefterm import cli

    assert gc.isenabled()
    assert cli.main(["analyze", str(SEED)]) == 0
    assert gc.isenabled()
