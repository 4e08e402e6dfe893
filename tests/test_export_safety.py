"""Output files behave like shell redirection, and exports are safe to open (issue 12, 3-4).

-o never replaces what is not a regular file (a FIFO, a device, a symlink stays what it is), a
missing or unwritable folder fails before any input is read, CSV cells cannot run as
spreadsheet formulas and GeoJSON/JSON text carries no markup.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading
from dataclasses import replace

import pytest
from click.testing import CliRunner
from test_export import DOC, _strike

from eventwire.cli import cli
from eventwire.cli_output import check_writable
from eventwire.errors import ExportError
from eventwire.export import FORMATS, check_output, export_events, write_events
from eventwire.export.acled import spreadsheet_safe
from eventwire.records import Actor, Claim, Evidence, event_from_record

# --------------------------------------------------------------------------- output files


def _read_fifo(path, into: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as f:
            into.append(f.read())
    t = threading.Thread(target=reader, daemon=True)
    t.start()
    return t


@pytest.mark.parametrize("fmt", ["jsonl", "acled-csv", "geojson"])
def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path, fmt):
    fifo = tmp_path / "events.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    assert write_events([_strike()], fmt, fifo) == 1
    t.join(10)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    expected = io.BytesIO()
    write_events([_strike()], fmt, expected)
    assert got == [expected.getvalue()]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.pipe"]   # no temporary left


@pytest.mark.parametrize("fmt", FORMATS)
def test_dev_null_stays_a_character_device(fmt):
    before = os.stat("/dev/null")
    assert stat.S_ISCHR(before.st_mode)
    write_events([_strike()], fmt, "/dev/null")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_symlink_stays_a_symlink_and_its_target_gets_the_content(tmp_path):
    target = tmp_path / "real" / "events.jsonl"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    write_events([_strike()], "jsonl", link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["event_id"] == "ew-strike"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jsonl", "real"]


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.jsonl"
    link.symlink_to(tmp_path / "new.jsonl")
    write_events([_strike()], "jsonl", link)
    assert link.is_symlink() and (tmp_path / "new.jsonl").read_text().count("\n") == 1


def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("old\n")
    out.chmod(0o640)
    write_events([_strike()], "jsonl", out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert json.loads(out.read_text())["event_id"] == "ew-strike"
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


def test_a_file_with_hard_links_is_written_through_so_every_name_sees_it(tmp_path):
    out, other = tmp_path / "events.jsonl", tmp_path / "also.jsonl"
    out.write_text("old content, longer than one event record " * 20 + "\n")
    os.link(out, other)
    inode = out.stat().st_ino
    write_events([_strike()], "jsonl", out)
    assert out.stat().st_ino == inode and out.stat().st_nlink == 2
    assert other.read_text() == out.read_text()
    assert json.loads(other.read_text())["event_id"] == "ew-strike"   # truncated, as ">" does


def test_a_pipe_named_by_dev_fd_is_written_through(tmp_path):
    """``-o >(gzip > x.gz)``: the shell passes /dev/fd/N, a symlink to a pipe."""
    read_end, write_end = os.pipe()
    got: list[bytes] = []

    def drain():
        with os.fdopen(read_end, "rb") as stream:
            got.append(stream.read())

    t = threading.Thread(target=drain)
    t.start()
    try:
        assert write_events([_strike()], "jsonl", f"/dev/fd/{write_end}") == 1
    finally:
        os.close(write_end)
    t.join(10)
    assert json.loads(got[0])["event_id"] == "ew-strike"


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("old\n")

    def boom():
        yield _strike()
        raise RuntimeError("interrupted")
    with pytest.raises(RuntimeError):
        export_events(boom(), "jsonl", out)
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


FULL = "/dev/full"          # a device every write to fails with ENOSPC (Linux)
needs_dev_full = pytest.mark.skipif(not os.path.exists(FULL), reason="no /dev/full here")


@needs_dev_full
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_disk_is_one_error_naming_the_output(fmt):
    with pytest.raises(ExportError) as err:
        export_events([_strike()], fmt, FULL)
    assert str(err.value).startswith(f"could not write {FULL}: No space left on device")
    assert "\n" not in str(err.value)


@needs_dev_full
def test_a_full_disk_under_a_regular_file_keeps_the_old_file(tmp_path, monkeypatch):
    import eventwire.export as export_module
    out = tmp_path / "events.jsonl"
    out.write_text("old\n")
    real_fdopen = os.fdopen

    def full_disk(fd, mode):                     # the temporary file, on a disk with no room
        os.close(fd)
        return real_fdopen(os.open(FULL, os.O_WRONLY), mode)
    monkeypatch.setattr(export_module.os, "fdopen", full_disk)
    with pytest.raises(ExportError, match=f"could not write {out}: No space left"):
        export_events([_strike()], "jsonl", out)
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]


@needs_dev_full
def test_a_full_disk_under_a_stream_is_one_error_naming_it():
    with open(FULL, "wb") as full, pytest.raises(ExportError, match=f"could not write {FULL}"):
        export_events([_strike()], "acled-csv", full)


def test_a_reader_that_went_away_is_left_to_the_command_line():
    """``| head``: EPIPE is not a write failure to report (shell tools end quietly)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    with os.fdopen(write_end, "wb", buffering=0) as stream:
        with pytest.raises(BrokenPipeError):
            export_events([_strike()], "jsonl", stream)


def test_dash_is_standard_output(tmp_path, capsysbinary):
    write_events([_strike()], "jsonl", "-")
    assert json.loads(capsysbinary.readouterr().out)["event_id"] == "ew-strike"
    assert not (tmp_path / "-").exists()


def test_check_output_says_what_and_what_to_do(tmp_path):
    check_output("-")
    check_output("/dev/null")
    check_output(tmp_path / "new.jsonl")
    with pytest.raises(ExportError, match="does not exist: create it first"):
        check_output(tmp_path / "missing" / "dir" / "x.jsonl")
    with pytest.raises(ExportError, match="is a folder"):
        check_output(tmp_path)
    if os.geteuid() != 0:                          # root can write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(ExportError, match="cannot write in the folder"):
            check_output(locked / "x.jsonl")


def _no_reading(monkeypatch):
    from eventwire import pipeline

    def read(*a, **k):
        raise AssertionError("an input was read before the output was checked")
    monkeypatch.setattr(pipeline.Pipeline, "read", read)


def test_extract_to_a_missing_folder_fails_before_reading_inputs(tmp_path, monkeypatch):
    _no_reading(monkeypatch)
    doc = tmp_path / "doc.txt"
    doc.write_text("Gunmen killed 3 people in Kabul on Monday.")
    r = CliRunner().invoke(cli, ["extract", str(doc), "-q", "-o",
                                 str(tmp_path / "missing" / "dir" / "x.jsonl")])
    assert r.exit_code == 2, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and "does not exist" in lines[0] and "mkdir -p" in lines[0]


def test_export_to_a_missing_folder_fails_before_opening_the_store(tmp_path):
    db = tmp_path / "not-a-store.duckdb"
    db.write_bytes(b"garbage")                     # opening it would fail with exit 1
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "-o",
                                 str(tmp_path / "missing" / "x.jsonl")])
    assert r.exit_code == 2, r.output
    assert len(r.output.strip().splitlines()) == 1 and "does not exist" in r.output


def test_cli_check_is_the_library_check():
    assert check_writable(None) is None


# --------------------------------------------------------------------------- hostile corpus

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1", "  =cmd|'/C calc'!A0", "\uff1d1+1"]
TITLE = "<script>alert(1)</script> &lt;script&gt;alert(2)&lt;/script&gt; Q&A"


def _hostile(i: int, text: str):
    sentence = f"{text} killed 7 in Raqqa"
    return _strike(
        id=f"ew-hostile-{i}",
        evidence=Evidence(sentence, (0, len(sentence))),
        document=replace(DOC, title=TITLE, url=f"https://{'x' * (i + 1)}.example/a"),
        actor1=Actor(text, text, (0, len(text)), 8, "RU"),
        claim=Claim(text, "activist", "said", (0, 4)))


def test_acled_csv_cells_cannot_run_as_formulas():
    out = io.BytesIO()
    write_events([_hostile(i, f) for i, f in enumerate(FORMULAS)], "acled-csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert len(rows) == len(FORMULAS)
    for r, f in zip(rows, FORMULAS):
        f = f.replace("\r", "\n")          # a bare CR would end the row in CSV readers
        # notes: the evidence with its runs of blanks as one space (a short summary)
        assert r["actor1"] == "'" + f
        assert r["notes"] == "'" + " ".join((f + " killed 7 in Raqqa").split())
        assert r["source"].endswith(".example")   # the outlet; claimants are not sources
        for col, cell in r.items():
            assert not cell or cell[0] not in "=+-@\t\r\uff1d" or col in ("latitude",
                                                                        "longitude"), (col, cell)
    assert b"\r" not in out.getvalue()              # one row per event, for every reader


def test_numbers_in_numeric_columns_are_kept():
    e = _strike(location=replace(_strike().location, latitude=-3.5, longitude=-60.25))
    out = io.BytesIO()
    write_events([e], "acled-csv", out)
    r = next(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert (r["latitude"], r["longitude"]) == ("-3.5", "-60.25")
    assert spreadsheet_safe("-3.5", numeric=True) == "-3.5"
    assert spreadsheet_safe("-3.5") == "'-3.5"              # text that looks like a formula
    assert spreadsheet_safe("=1", numeric=True) == "'=1"
    assert spreadsheet_safe(-3) == -3 and spreadsheet_safe("Kabul") == "Kabul"


def test_geojson_text_properties_carry_no_markup():
    out = io.BytesIO()
    write_events([_hostile(0, "<b onmouseover=alert(3)>x</b>")], "geojson", out)
    raw = out.getvalue().decode()
    assert "<" not in raw and ">" not in raw
    props = json.loads(raw)["features"][0]["properties"]
    assert props["document_title"] == ("&lt;script&gt;alert(1)&lt;/script&gt; "
                                       "&amp;lt;script&amp;gt;alert(2)&amp;lt;/script&amp;gt; "
                                       "Q&amp;A")
    for key, value in props.items():
        if isinstance(value, str):
            assert "<" not in value and ">" not in value, key
    assert "<" not in props["mentions"] and json.loads(props["mentions"]) is not None


@pytest.mark.parametrize("fmt", ["jsonl", "plover", "geojson"])
def test_json_files_carry_no_raw_markup(fmt):
    out = io.BytesIO()
    write_events([_hostile(0, "<img src=x onerror=alert(4)>")], fmt, out)
    raw = out.getvalue().decode()
    assert "<" not in raw and ">" not in raw and "&" not in raw


def test_jsonl_still_reads_back_to_the_same_hostile_event():
    e = _hostile(0, "<img src=x onerror=alert(4)>")
    out = io.BytesIO()
    write_events([e], "jsonl", out)
    assert event_from_record(json.loads(out.getvalue())) == e
