"""The command line: output, exit codes and one-line errors, on the bundled examples."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli_ingest import INGEST_BATCH
from eventwire.events.model import DEFAULT_MIN_CONFIDENCE

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ACLED_COLUMNS = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
    "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp").split(",")


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_read_shows_each_document():
    result = run("read", str(EXAMPLES), "--json")
    assert result.exit_code == 0, result.output
    docs = jsonl(result.stdout)
    assert len(docs) == 7            # 6 files, the feed holds 2 records
    by_path = {Path(d["path"]).name + (f":{d['line']}" if d["line"] else ""): d for d in docs}
    assert by_path["bombing.txt"]["dateline"] and "Share this article" not in \
        by_path["bombing.txt"]["text"]
    assert by_path["airstrike.html"]["published"] == "2019-05-14"
    assert by_path["feed.jsonl:1"]["url"].endswith("nairobi-protest")
    assert all(len(d["id"]) == 64 for d in docs)


def test_read_without_json_is_readable():
    result = run("read", str(EXAMPLES / "capture.txt"))
    assert result.exit_code == 0
    assert "dateline:" in result.stdout and "Djibo" in result.stdout


def test_extract_prints_events_from_the_examples():
    result = run("extract", str(EXAMPLES), "--quiet")
    assert result.exit_code == 0, result.output
    events = jsonl(result.stdout)
    assert events and all(e["event_id"].startswith("ew-") for e in events)
    assert not [e for e in events if "Leeds" in e["evidence"]["sentence"]]


def test_stdin_is_read():
    text = (EXAMPLES / "capture.txt").read_text(encoding="utf-8")
    result = run("extract", "-", "--quiet", "--published", "2022-06-27", input=text)
    assert result.exit_code == 0, result.output
    assert jsonl(result.stdout)


def test_the_summary_line_counts_in_the_singular_for_one():
    text = (EXAMPLES / "capture.txt").read_text(encoding="utf-8")
    result = run("extract", "-", "--published", "2022-06-27", "--min-confidence", "0",
                 input=text)
    assert result.exit_code == 0, result.output
    n = len(jsonl(result.stdout))
    assert "eventwire: 1 document, " in result.stderr
    assert f", {n} event{'' if n == 1 else 's'}, 0 failures in " in result.stderr


def test_missing_input_alone_fails_with_one_clear_line(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"), "--quiet")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert any("nope.txt" in line for line in lines)
    assert lines[-1].startswith("eventwire: error: nothing could be read")
    assert "Traceback" not in result.output


def test_a_bad_input_is_skipped_and_the_batch_goes_on(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"text": "ok"\nnot json\n', encoding="utf-8")
    result = run("extract", str(tmp_path / "bad.jsonl"), str(EXAMPLES / "capture.txt"),
                 "--quiet")
    assert result.exit_code == 0
    assert "bad.jsonl:1" in result.stderr and "bad.jsonl:2" in result.stderr
    assert jsonl(result.stdout)


def test_invalid_published_is_a_usage_error():
    result = run("extract", str(EXAMPLES), "--published", "17/11/2015")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_extract_formats(tmp_path):
    out = tmp_path / "events.csv"
    assert run("extract", str(EXAMPLES), "--format", "acled-csv", "-o", str(out),
               "--quiet").exit_code == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ACLED_COLUMNS and len(rows) > 1
    geo = run("extract", str(EXAMPLES), "--format", "geojson", "--quiet")
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"


def test_ingest_is_idempotent_and_export_filters(tmp_path):
    db = str(tmp_path / "ew.duckdb")
    first = run("ingest", str(EXAMPLES), "--db", db)
    assert first.exit_code == 0, first.output
    counts = _counts(db)
    second = run("ingest", str(EXAMPLES), "--db", db)
    assert second.exit_code == 0 and "already stored" in second.stderr
    assert _counts(db) == counts and counts["events"] > 0
    everything = jsonl(run("export", "--db", db, "--format", "jsonl").stdout)
    kenya = jsonl(run("export", "--db", db, "--format", "jsonl", "--country", "KE").stdout)
    assert kenya and len(kenya) < len(everything)
    assert all(e["location"]["iso2"] == "KE" for e in kenya)
    parquet = tmp_path / "ev.parquet"
    assert run("export", "--db", db, "--format", "parquet", "-o", str(parquet)).exit_code == 0
    with duckdb.connect() as con:
        rows = con.execute(f"select count(*) from '{parquet}'").fetchone()[0]
    assert rows == len(everything)


def test_copies_of_one_text_ingested_latest_first_in_two_runs_give_extracts_events(tmp_path):
    # one wire text run by two outlets; its relative day ("on Monday") counts from each
    # copy's date, so which copy the events come from shows in their dates
    text = ("Gunmen attacked a police checkpoint in Kandahar on Monday, killing four "
            "officers, officials said.")
    later, earlier = tmp_path / "later.jsonl", tmp_path / "earlier.jsonl"
    later.write_text(json.dumps({"text": text, "url": "https://b.example/x",
                                 "published": "2020-03-12"}) + "\n", encoding="utf-8")
    earlier.write_text(json.dumps({"text": text, "url": "https://a.example/x",
                                   "published": "2020-03-05"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "ew.duckdb")
    assert run("ingest", str(later), "--db", db).exit_code == 0
    assert run("ingest", str(earlier), "--db", db).exit_code == 0
    stored = jsonl(run("export", "--db", db, "--format", "jsonl").stdout)
    extracted = jsonl(run("extract", str(earlier), str(later), "--format", "jsonl").stdout)
    assert stored and [e["date"] for e in stored] == [e["date"] for e in extracted]
    assert [e["event_id"] for e in stored] == [e["event_id"] for e in extracted]
    again = run("ingest", str(earlier), str(later), "--db", db)   # nothing read twice
    assert again.exit_code == 0 and "already stored" in again.stderr


def test_export_of_a_missing_database_is_a_usage_error(tmp_path):
    result = run("export", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2


def _counts(db: str) -> dict[str, int]:
    with duckdb.connect(db, read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("documents", "events", "mentions", "failures")}


def _feed(path: Path, n: int) -> Path:
    """A feed of n small, distinct articles."""
    towns = ["Aleppo", "Homs", "Hama", "Idlib", "Kabul", "Kandahar", "Mosul", "Kirkuk"]
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            town = towns[i % len(towns)]
            f.write(json.dumps({"published": "2020-03-0%d" % (1 + i % 9), "text": (
                f"Gunmen attacked a checkpoint in {town} on Monday, killing {i % 7 + 2} "
                f"soldiers, officials said (report {i}).")}) + "\n")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_ingest_resumes_to_the_same_rows(tmp_path):
    # A batch is written by a thread while the next is read, and handing over the second
    # waits for the first's write: once the progress passes two batches, one is committed.
    total = 2 * INGEST_BATCH + 300             # a batch committed, and more to come
    feed = _feed(tmp_path / "feed.jsonl", total)
    whole, killed = str(tmp_path / "whole.duckdb"), str(tmp_path / "killed.duckdb")
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(feed), "--db"]
    subprocess.run(cmd + [whole, "--quiet"], check=True, capture_output=True)
    proc = subprocess.Popen(cmd + [killed], stderr=subprocess.PIPE)
    seen = _wait_for_progress(proc, at_least=2 * INGEST_BATCH + 10)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 2 * INGEST_BATCH < seen < total, "the run was not killed mid-way"
    partial = _counts(killed)
    assert 0 < partial["documents"] < total
    subprocess.run(cmd + [killed, "--quiet"], check=True, capture_output=True)
    assert _counts(killed) == _counts(whole)
    with duckdb.connect(whole, read_only=True) as a, duckdb.connect(killed, read_only=True) as b:
        q = "select event_id, record from events order by event_id"
        assert a.execute(q).fetchall() == b.execute(q).fetchall()


def _wait_for_progress(proc: subprocess.Popen, at_least: int) -> int:
    """Read the progress bar on stderr until it shows ``at_least`` documents done."""
    buffer, done = b"", 0
    deadline = time.monotonic() + 120
    while done < at_least and time.monotonic() < deadline:
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            break
        buffer = (buffer + chunk)[-4096:]
        # the count, "74doc [00:01, 45.71doc/s]", not the rate after it
        counts = re.findall(rb"(?<![\d.])(\d+)doc \[", buffer)
        done = int(counts[-1]) if counts else 0
    return done


def test_an_outlet_table_of_ones_own_gives_the_home_town(tmp_path):
    report = tmp_path / "report.jsonl"
    report.write_text(json.dumps({
        "text": "Two people were killed in a shooting in London on Monday, police said.",
        "url": "https://www.example-gazette.com/news/shooting", "published": "2024-03-04"})
        + "\n", encoding="utf-8")
    table = tmp_path / "outlets.tsv"
    table.write_text("example-gazette.com\tCA\tLondon\tOntario\n", encoding="utf-8")

    def admin1(*extra: str) -> list[str]:
        result = run("extract", str(report), "--quiet", "--min-confidence", "0", *extra)
        assert result.exit_code == 0, result.output
        return [e["location"]["admin1"] for e in jsonl(result.stdout)]

    assert admin1() == ["England"]
    assert admin1("--outlets", str(table)) == ["Ontario"]


@pytest.mark.parametrize("row, message", [
    ("example-gazette.com\tCA\tNowhereville\tOntario", "no such town"),
    ("example-gazette.com\tCAN", "bad outlet row")])
def test_a_bad_outlet_table_is_a_usage_error(tmp_path, row, message):
    table = tmp_path / "outlets.tsv"
    table.write_text(row + "\n", encoding="utf-8")
    result = run("extract", str(EXAMPLES), "--quiet", "--outlets", str(table))
    assert result.exit_code == 2 and message in result.stderr


def test_min_confidence_filters_extract_and_export_but_ingest_keeps_everything(tmp_path):
    def confidences(result):
        assert result.exit_code == 0, result.output
        return sorted(e["confidence"] for e in jsonl(result.stdout))

    every = confidences(run("extract", str(EXAMPLES), "--quiet", "--min-confidence", "0"))
    default = confidences(run("extract", str(EXAMPLES), "--quiet"))
    strict = confidences(run("extract", str(EXAMPLES), "--quiet", "--min-confidence", "0.99"))
    assert every and set(default) <= set(every) and set(strict) <= set(default)
    assert min(default) >= DEFAULT_MIN_CONFIDENCE and all(c >= 0.99 for c in strict)
    db = str(tmp_path / "x.duckdb")
    assert run("ingest", str(EXAMPLES), "--db", db, "--quiet").exit_code == 0
    stored = confidences(run("export", "--db", db, "--min-confidence", "0"))
    assert stored == every
    assert confidences(run("export", "--db", db)) == default
    assert run("extract", str(EXAMPLES), "--min-confidence", "2").exit_code == 2


# Ordinary policing (scope crime) beside an event in scope, written for this test.
POLICING = ("Officers shot dead a man who pulled a knife on them during a traffic stop in the "
            "Westside district of Houston on Tuesday night, police said. Separately, hundreds "
            "of teachers marched to the state capitol in Austin on Tuesday to demand higher "
            "pay, organisers said.")


def test_include_crime_keeps_ordinary_policing_in_extract_ingest_and_export(tmp_path):
    feed = tmp_path / "policing.jsonl"
    feed.write_text(json.dumps({"text": POLICING}) + "\n", encoding="utf-8")

    def scopes(result):
        assert result.exit_code == 0, result.output
        return {e["scope"]: e for e in jsonl(result.stdout)}

    plain = scopes(run("extract", str(feed), "--quiet"))
    both = scopes(run("extract", str(feed), "--quiet", "--include-crime"))
    assert "crime" not in plain and "core" in plain and "core" in both
    crime = both["crime"]
    assert crime["confidence"] < DEFAULT_MIN_CONFIDENCE <= crime["confidence_with_crime"]
    assert crime["label"] == "ATTACK" and "Officers" in crime["evidence"]["sentence"]
    db = str(tmp_path / "x.duckdb")
    assert run("ingest", str(feed), "--db", db, "--quiet", "--include-crime").exit_code == 0
    assert set(scopes(run("export", "--db", db))) == {"core"}
    assert set(scopes(run("export", "--db", db, "--include-crime"))) == {"core", "crime"}
    counted = [json.loads(run("summary", "--db", db, "--json", *flag).stdout)["events"]
               for flag in ((), ("--include-crime",))]
    assert counted == [1, 2]


# --------------------------------------------------------------------------- reliability


def test_workers_beyond_the_cpus_are_cut_with_one_warning(monkeypatch, capsys):
    from eventwire.cli_run import capped
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert capped(64) == 2
    assert capped(2) == 2 and capped(1) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["eventwire: warning: --workers 64 is more than the 2 CPUs here: using 2 "
                   "(each worker holds its own models, about 500 MB)"]


def test_the_document_timeout_option_shows_the_library_default():
    from eventwire.parallel import DOCUMENT_SECONDS
    for command in ("extract", "ingest"):
        result = CliRunner().invoke(cli, [command, "--help"], terminal_width=200)
        assert "--document-timeout" in result.output
        assert f"DOCUMENT_SECONDS, {DOCUMENT_SECONDS:g};" in " ".join(result.output.split())


def test_control_characters_in_names_reach_the_terminal_escaped(tmp_path):
    name = str(tmp_path / "evil\nname\x1b[31m.txt")
    result = CliRunner().invoke(cli, ["read", name])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "evil\\nname\\x1b[31m.txt" in result.stderr
    assert all(line.startswith("eventwire: ") for line in result.stderr.splitlines())
    from eventwire.store import Store
    Store.open(tmp_path / "x.duckdb").close()
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "x.duckdb"), "-o",
                                      str(tmp_path / "no\x1bdir" / "out.jsonl")])
    assert result.exit_code == 2 and "\x1b" not in result.stderr
    assert "no\\x1bdir" in result.stderr


def test_documents_the_store_could_not_hold_are_printed_one_line_each(capsys):
    from eventwire import cli_ingest
    from eventwire.cli_output import Progress
    from eventwire.records import Document, Failure
    from eventwire.store import BatchResult

    class Store:
        def add_batch(self, items, failures=(), sources=()):
            bad = tuple(Failure(d.source, d.line, "store", "the store cannot hold it")
                        for d, _ in items if "bad" in d.source)
            return BatchResult(documents_added=len(items) - len(bad), failed=bad)

    class Result:
        def __init__(self, source):
            self.document = Document(id=source, text="x", source=source)
            self.events = ()

    progress = Progress(quiet=True)
    progress.documents = 3
    cli_ingest._store_in_batches(Store(), [Result("a.txt"), Result("bad.txt"),
                                           Result("c.txt")], progress)
    assert capsys.readouterr().err == ("eventwire: skipped bad.txt (store): the store cannot "
                                       "hold it\n")
    assert progress.failures == 1 and progress.documents == 2 and progress.unsaved == []


def test_export_reads_a_store_without_changing_it_and_store_faults_are_one_line(tmp_path):
    from eventwire.store import Store
    db = tmp_path / "s.duckdb"
    Store.open(db).close()
    before = db.read_bytes()
    result = CliRunner().invoke(cli, ["export", "--db", str(db)])
    assert result.exit_code == 0 and db.read_bytes() == before
    db.write_bytes(os.urandom(20_000))
    for args in (["export", "--db", str(db)], ["ingest", str(tmp_path), "--db", str(db)]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1
        [line] = result.stderr.splitlines()
        assert line.startswith(f"eventwire: error: {db} is damaged")


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "9999-12-31"])
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_published_date_no_record_could_have_is_a_usage_error(tmp_path, command, day):
    # Relative dates are worked out from it: at the calendar's ends every document failed.
    result = run(command, str(EXAMPLES / "capture.txt"), "--published", day,
                 *(["--db", str(tmp_path / "x.duckdb")] if command == "ingest" else []))
    assert result.exit_code == 2 and "1900-01-01 to tomorrow" in result.stderr
    assert not (tmp_path / "x.duckdb").exists()


def _failing_group(exc: BaseException):
    from eventwire.cli_output import OneLineErrors

    @click.group(cls=OneLineErrors)
    def group() -> None:
        pass

    @group.command()
    def fail() -> None:
        raise exc
    return group


@pytest.mark.parametrize("exc, words", [
    (duckdb.IOException('Could not read enough bytes from file "x.duckdb"'),
     "x.duckdb is damaged"),
    (OSError(errno.ENOSPC, "No space left on device"), "no space left on the disk"),
    (OSError(errno.EFBIG, "File too large", "/tmp/x"), "ulimit -f"),
    (MemoryError(), "out of memory"),
])
def test_faults_met_anywhere_are_one_line(exc, words):
    result = CliRunner().invoke(_failing_group(exc), ["fail"])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("eventwire: error: ") and words in line


def test_other_errors_still_show_their_traceback():
    result = CliRunner().invoke(_failing_group(OSError(errno.EACCES, "Permission denied")),
                                ["fail"])
    assert isinstance(result.exception, PermissionError)
