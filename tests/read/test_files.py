"""Reading: files, directories, stdin and JSON Lines become RawDocuments, or Failures saying why."""

from __future__ import annotations

import io
import json
import tracemalloc
from datetime import date

import pytest

from eventwire.errors import DocumentError
from eventwire.read import MAX_FILE_BYTES, decode, iter_inputs
from eventwire.records import Failure, RawDocument

STORY = "GOMA, Congo — Rebels shelled a camp outside the city on Sunday, aid workers said.\n"
PAGE = "<!DOCTYPE html><html><body><p>Rebels shelled a camp on Sunday.</p></body></html>"


def read(*paths, stdin=None):
    return list(iter_inputs([str(p) for p in paths], stdin=stdin))


def failures(results):
    return [r for r in results if isinstance(r, Failure)]


def docs(results):
    return [r for r in results if isinstance(r, RawDocument)]


def test_text_and_html_files(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.HTM").write_text(PAGE, encoding="utf-8")
    got = read(tmp_path / "a.txt", tmp_path / "b.HTM")
    assert [(d.kind, d.content) for d in got] == [("text", STORY), ("html", PAGE)]
    assert got[0].source == str(tmp_path / "a.txt") and got[0].line is None


def test_directories_are_read_recursively_in_sorted_order(tmp_path):
    for rel in ("b/z.txt", "b/a.html", "a.txt", "c/d/e.txt", ".hidden/x.txt", "b/.x.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(STORY, encoding="utf-8")
    (tmp_path / "b" / "notes.pdf").write_text("reported, not read", encoding="utf-8")
    names = [d.source.removeprefix(str(tmp_path) + "/") for d in docs(read(tmp_path))]
    assert names == ["a.txt", "b/a.html", "b/z.txt", "c/d/e.txt"]
    assert names == [d.source.removeprefix(str(tmp_path) + "/") for d in docs(read(tmp_path))]


def test_unknown_files_in_a_directory_are_reported_once_with_a_count_and_examples(tmp_path):
    for i in range(7):
        (tmp_path / f"scan{i}.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "Makefile").write_text("all:", encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<?xml version='1.0'?><urlset/>", encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    got = read(tmp_path)
    (failure,) = failures(got)
    assert len(docs(got)) == 1 and failure.source == str(tmp_path) and failure.line is None
    assert failure.message.startswith("10 file(s) of unknown type skipped (7 .pdf, ")
    assert "e.g. Makefile, logo.png, scan0.pdf" in failure.message and ".rss" in failure.message


def test_a_skipped_xml_file_is_said_to_be_no_feed(tmp_path):
    (tmp_path / "sitemap.xml").write_text("<?xml version='1.0'?><urlset/>", encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (failure,) = failures(read(tmp_path))
    assert "(1 .xml (not a feed); e.g. sitemap.xml)" in failure.message


def test_missing_path_and_empty_directory_fail_without_stopping(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    got = read(tmp_path / "nope.txt", tmp_path / "empty", tmp_path / "ok.txt")
    missing, empty = failures(got)
    assert missing.source.endswith("nope.txt") and "no such file" in missing.message
    assert empty.stage == "read" and "1 .png" in empty.message
    assert len(docs(got)) == 1


@pytest.mark.parametrize("content, words", [
    (b"PK\x03\x04\x00\x00binary", "binary"),
    (b"   \n\t\n  ", "empty"),
    (b"", "empty"),
])
def test_binary_and_empty_files_fail(tmp_path, content, words):
    (tmp_path / "x.txt").write_bytes(content)
    [failure] = read(tmp_path / "x.txt")
    assert isinstance(failure, Failure) and words in failure.message


def test_a_huge_file_fails_from_its_size_without_being_read(tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as f:            # sparse: 50 MB on paper, nothing written
        f.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        [failure] = read(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(failure, Failure) and "50.0 MB" in failure.message
    assert "limit" in failure.message
    assert peak < MAX_FILE_BYTES // 10


def test_invalid_utf8_is_replaced_when_rare_and_latin1_is_recognised(tmp_path):
    (tmp_path / "stray.txt").write_bytes(STORY.encode() * 5 + b"\xff" + STORY.encode())
    (tmp_path / "latin.txt").write_bytes("Le café à Genève — réunion".encode("cp1252"))
    stray, latin = read(tmp_path / "stray.txt", tmp_path / "latin.txt")
    assert "\ufffd" in stray.content and stray.content.startswith("GOMA")
    assert latin.content == "Le café à Genève — réunion"


def test_decode_policy():
    assert decode("\ufeffhé".encode()) == "hé"                       # BOM dropped
    assert decode("hé".encode("utf-16")) == "hé"
    assert decode(b'<meta charset="iso-8859-2"><p>\xb1</p>', html=True).endswith("ą</p>")
    with pytest.raises(DocumentError, match="NUL"):
        decode(b"a\x00b")
    with pytest.raises(DocumentError, match="encoding"):
        decode(bytes(range(0x80, 0x100)) * 3)                         # mostly undefined


def test_unknown_extension_named_explicitly_is_sniffed(tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "page.xml").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feed.ndjson").write_text('{"text": "x"}\n', encoding="utf-8")
    got = read(tmp_path / "story.md", tmp_path / "page.xml", tmp_path / "feed.ndjson")
    assert [(d.kind, d.line) for d in got] == [("text", None), ("html", None), ("text", 1)]


def test_jsonl_mixed_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": STORY, "url": "https://example.org/a", "title": " Shelling ",
                    "published": "2021-03-14T08:00:00Z", "outlet": "Example"}),
        "not json at all",
        "",
        json.dumps({"html": PAGE, "published": "Sun, 14 Mar 2021 08:00:00 GMT"}),
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "   ", "html": ""}),
        json.dumps({"text": STORY, "published": "last week"}),
        json.dumps({"text": STORY, "url": 42}),
        json.dumps({"text": STORY, "published": None}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = read(tmp_path / "feed.jsonl")
    good = docs(got)
    assert [d.line for d in good] == [1, 4, 10]
    assert good[0] == RawDocument(str(tmp_path / "feed.jsonl"), STORY, "text", 1,
                                  "https://example.org/a", "Shelling", date(2021, 3, 14),
                                  "Example")
    assert good[1].kind == "html" and good[1].published == date(2021, 3, 14)
    assert good[2].published is None
    bad = {f.line: f.message for f in failures(got)}
    assert sorted(bad) == [2, 5, 6, 7, 8, 9]
    assert "not valid JSON" in bad[2] and "not an object" in bad[5]
    assert "'text'" in bad[6] and "'text'" in bad[7]
    assert "last week" in bad[8] and "YYYY-MM-DD" in bad[8]
    assert "'url'" in bad[9]


def test_jsonl_invalid_utf8_line_and_empty_file(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b'{"text": "caf\xe9"}\n{"text": "fine"}\n')
    (tmp_path / "b.jsonl").write_bytes(b"\n\n")
    got = read(tmp_path / "a.jsonl", tmp_path / "b.jsonl")
    assert isinstance(got[0], Failure) and got[0].line == 1 and "UTF-8" in got[0].message
    assert got[1].content == "fine" and got[1].line == 2
    assert isinstance(got[2], Failure) and "empty" in got[2].message


def test_jsonl_is_streamed_and_an_overlong_line_fails_alone(tmp_path, monkeypatch):
    from eventwire.read import decoding
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 100)
    long_text = "word " * 100
    (tmp_path / "f.jsonl").write_text(
        json.dumps({"text": "short"}) + "\n" + json.dumps({"text": long_text}) + "\n"
        + json.dumps({"text": "after"}) + "\n", encoding="utf-8")
    got = read(tmp_path / "f.jsonl")
    assert [getattr(r, "content", None) for r in got] == ["short", None, "after"]
    assert got[1].line == 2 and "limit" in got[1].message


@pytest.mark.parametrize("text, kind", [
    (STORY, "text"),
    ("\n  <!doctype html><html><p>x</p></html>", "html"),
    ("<HTML><body>Shelling</body></HTML>", "html"),
    ("Results <b>were</b> bold", "text"),
])
def test_stdin_is_sniffed(text, kind):
    [doc] = read("-", stdin=io.StringIO(text))
    assert doc.source == "-" and doc.kind == kind and doc.content == text


def test_stdin_jsonl_and_binary_stdin():
    feed = "\n" + json.dumps({"text": "one"}) + "\nnope\n"
    got = read("-", stdin=io.StringIO(feed))
    assert got[0].content == "one" and got[0].line == 2
    assert isinstance(got[1], Failure) and got[1].line == 3

    class BinaryStdin(io.StringIO):
        buffer = io.BytesIO(b"\x00\x01\x02 a binary blob")

    [failure] = read("-", stdin=BinaryStdin())
    assert isinstance(failure, Failure) and failure.source == "-" and "NUL" in failure.message


# --------------------------------------------------------------------------- unwritable text


def test_jsonl_lines_python_cannot_decode_fail_alone(tmp_path):
    """Valid JSON the decoder still refuses: nesting deeper than the interpreter's stack, an
    integer longer than int's digit limit. Each line fails; the next is read."""
    lines = ["[" * 100_000 + "]" * 100_000,
             '{"text": "x", "n": ' + "7" * 5_000 + "}",
             '{"deep": ' + '{"a": ' * 50_000 + "1" + "}" * 50_001,
             json.dumps({"text": STORY})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = read(tmp_path / "feed.jsonl")
    bad = {f.line: f.message for f in failures(got)}
    assert sorted(bad) == [1, 2, 3] and [d.line for d in docs(got)] == [4]
    assert "nested" in bad[1] and "nested" in bad[3] and "digits" in bad[2]


def test_a_lone_surrogate_in_a_jsonl_field_is_replaced_at_read_time(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Gunmen killed 12 people in Ka\\ud800bul.", "title": "\\udfff"}\n'
                    '{"text": "Rebels shelled Goma."}\n', encoding="utf-8")
    first, second = read(feed)
    assert first.content == "Gunmen killed 12 people in Ka\ufffdbul." and first.title == "\ufffd"
    assert second.content == "Rebels shelled Goma."
    first.content.encode("utf-8")                   # any UTF-8 writer takes it now


def test_file_names_that_are_not_utf8_or_hold_controls_are_escaped(tmp_path):
    import os
    folder = os.fsencode(tmp_path)
    for raw in (b"caf\xe9.txt", b"two\nlines\x1b[31m.txt"):
        with open(os.path.join(folder, raw), "w", encoding="utf-8") as f:
            f.write(STORY)
    names = sorted(d.source.rsplit("/", 1)[-1] for d in read(tmp_path))
    assert names == ["caf\\xe9.txt", "two\\nlines\\x1b[31m.txt"]
    for name in names:
        name.encode("utf-8")
    missing = read(os.fsdecode(os.path.join(folder, b"gone\xff.txt")))
    assert failures(missing)[0].source.endswith("gone\\xff.txt")


def test_jsonl_published_as_a_unix_timestamp_number_is_its_utc_day(tmp_path):
    lines = [{"text": STORY, "published": 1447752600}, {"text": STORY, "published": 1447752600000},
             {"text": STORY, "published": 1447752600.5}, {"text": STORY, "published": True},
             {"text": STORY, "published": 17}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    got = read(tmp_path / "a.jsonl")
    assert [d.published for d in docs(got)] == [date(2015, 11, 17)] * 3
    assert [f.line for f in failures(got)] == [4, 5]
    assert "must be a string" in failures(got)[0].message and "'17'" in failures(got)[1].message


def test_jsonl_fields_under_the_names_scrapers_give_them(tmp_path):
    lines = [{"maintext": STORY, "date_publish": "2015-11-17 10:00:00", "title": "Camp shelled",
              "url": "https://g.example/a", "source_domain": "g.example"},
             {"Body": STORY, "Link": "https://g.example/b", "Date": "2015-11-17"},
             {"text": STORY, "date": "2001-01-01", "published": "2015-11-17"},
             {"text": STORY, "page": 3, "link": 7, "timestamp": 1447752600}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    got = read(tmp_path / "a.jsonl")
    assert not failures(got)
    assert [d.published for d in got] == [date(2015, 11, 17)] * 4     # its own name wins
    assert [d.url for d in got] == ["https://g.example/a", "https://g.example/b", None, None]
    assert (got[0].title, got[0].outlet, got[0].kind) == ("Camp shelled", "g.example", "text")
    assert all(d.content == STORY for d in got)


def test_a_page_saved_as_txt_is_read_as_html_and_text_with_angle_brackets_as_text(tmp_path):
    (tmp_path / "saved.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "saved2.txt.gz").write_bytes(__import__("gzip").compress(
        b"\xef\xbb\xbf<html><body><p>Rebels shelled a camp on Sunday.</p></body></html>"))
    (tmp_path / "note.txt").write_text("<b>not a tag</b> opens this note. " + STORY,
                                       encoding="utf-8")
    saved, saved2, note = read(tmp_path / "saved.txt", tmp_path / "saved2.txt.gz",
                               tmp_path / "note.txt")
    assert (saved.kind, saved2.kind, note.kind) == ("html", "html", "text")
