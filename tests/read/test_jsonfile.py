"""JSON files: an array of records, one record, an envelope holding the array, or JSON Lines."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from eventwire.read import iter_inputs
from eventwire.read.jsonfile import read_json
from eventwire.records import Failure, RawDocument

STORY = "Rebels shelled a camp outside Goma on Sunday, aid workers said."


def read(data, day_first=None):
    return list(read_json("a.json", data if isinstance(data, bytes) else data.encode(),
                          day_first=day_first))


def test_an_array_of_records_is_one_document_each_and_a_bad_one_fails_alone():
    data = json.dumps([{"title": "Camp shelled", "text": STORY, "url": "https://g.example/a"},
                       {"headline": "Two", "body": STORY + " Two.", "date": "2015-11-17"},
                       "not a record", {"text": ""}], indent=2)
    first, second, bad, empty = read(data)
    assert (first.title, first.url, first.content, first.line) == (
        "Camp shelled", "https://g.example/a", STORY, 1)
    assert (second.title, second.published, second.line) == ("Two", date(2015, 11, 17), 2)
    assert isinstance(bad, Failure) and bad.line == 3 and "JSON str" in bad.message
    assert isinstance(empty, Failure) and empty.line == 4 and "no article" in empty.message


@pytest.mark.parametrize("data", [
    {"status": "ok", "totalResults": 1, "articles": [
        {"source": {"id": None, "name": "Wire"}, "title": "Camp shelled", "content": STORY,
         "url": "https://g.example/a", "publishedAt": "2015-11-17T10:00:00Z"}]},
    {"data": [{"text": STORY, "published": "2015-11-17", "title": "Camp shelled",
               "url": "https://g.example/a"}], "next": None},
])
def test_an_envelope_holding_the_records_is_read_by_its_array(data):
    (doc,) = read(json.dumps(data, indent=1))
    assert (doc.title, doc.url, doc.published, doc.content) == (
        "Camp shelled", "https://g.example/a", date(2015, 11, 17), STORY)


def test_one_pretty_printed_record_and_json_lines_named_json():
    (one,) = read(json.dumps({"text": STORY, "published": "08/02/2021",
                              "tags": ["conflict", "Congo"]}, indent=2), day_first=True)
    assert one.published == date(2021, 2, 8) and one.content == STORY
    a, b = read(f'{json.dumps({"text": STORY})}\n{json.dumps({"text": STORY + " B."})}\n')
    assert (a.line, b.line) == (1, 2) and isinstance(b, RawDocument)


@pytest.mark.parametrize("data, words", [
    (b"[1, 2", "not valid JSON"),
    (b'{"status": "ok", "count": 0}', "no article records"),
    (b'{"status": "ok", "totalResults": 0, "articles": []}', "no records"),
    (b'{"title": "A headline alone", "tags": ["a", "b"]}', "no article records"),
    (b"[]", "no records"),
    (b"\xff\xfe[\x00]\x00", "not UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "too deeply nested"),
])
def test_a_file_that_is_no_json_of_records_is_one_failure(data, words):
    (failure,) = read(data)
    assert isinstance(failure, Failure) and words in failure.message


def test_json_files_are_read_by_name_and_sniffed_on_stdin(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"text": STORY}]), encoding="utf-8")
    (tmp_path / "b.json.gz").write_bytes(__import__("gzip").compress(
        json.dumps({"text": STORY + " B."}, indent=2).encode()))
    got = list(iter_inputs([str(tmp_path)]))
    assert [d.content for d in got] == [STORY, STORY + " B."]
    piped = list(iter_inputs(["-"], stdin=io.StringIO(json.dumps([{"text": STORY}], indent=2))))
    assert [d.content for d in piped] == [STORY]
    record = list(iter_inputs(["-"], stdin=io.StringIO('{\n "text": "%s"\n}\n' % STORY)))
    assert [d.content for d in record] == [STORY]


def test_json_lines_on_stdin_with_a_long_first_record_stay_streamed_json_lines():
    long = json.dumps({"text": STORY * 200}) + "\n" + json.dumps({"text": STORY}) + "\n"
    got = list(iter_inputs(["-"], stdin=io.StringIO(long)))
    assert [d.line for d in got] == [1, 2] and got[1].content == STORY
