"""`eventwire read` on each kind of input: what it prints, what it reports, its exit status."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.cli import cli

STORY = "Floods cut the river road on Friday, officials said. Two villages were cut off."
PAGE = (f"<html><head><title>Floods cut road</title></head><body><article><p>{STORY}</p>"
        "<p>Aid arrived by boat on Saturday, the regional governor told reporters.</p>"
        "</article></body></html>")
RSS = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Courier</title><item>"
       f"<title>Floods cut road</title><link>https://courier.example/floods</link>"
       f"<pubDate>Fri, 05 Mar 2021 09:00:00 GMT</pubDate><description>{STORY}</description>"
       "</item></channel></rss>")
ATOM = ("<feed xmlns='http://www.w3.org/2005/Atom'><title>Radio</title><entry><title>Floods</title>"
        "<link href='https://radio.example/2021/03/05/floods'/><updated>2021-03-06T00:00:00Z"
        f"</updated><summary>{STORY}</summary></entry></feed>")


def _warc() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example/2021/03/05/floods", "response", payload=io.BytesIO(PAGE.encode()),
        http_headers=http, warc_headers_dict={"WARC-Date": "2021-03-07T10:00:00Z"}))
    return out.getvalue()


INPUTS = {
    "a.txt": STORY.encode(),
    "b.html": PAGE.encode(),
    "c.jsonl": json.dumps({"text": STORY, "published": "2021-03-05"}).encode() + b"\n",
    "d.rss": RSS.encode(),
    "e.atom": ATOM.encode(),
    "f.xml": RSS.encode(),
    "g.csv": f'headline,body,date\nFloods,"{STORY}",2021-03-05\n'.encode(),
    "h.tsv": f"title\ttext\nFloods\t{STORY}\n".encode(),
    "i.warc.gz": _warc(),
    "j.txt.gz": gzip.compress(STORY.encode()),
}


def run(*args, input=None):
    return CliRunner().invoke(cli, ["read", *args], input=input)


def documents(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_each_input_type_is_read(tmp_path, name):
    (tmp_path / name).write_bytes(INPUTS[name])
    result = run(str(tmp_path / name), "--json")
    assert result.exit_code == 0, result.output
    (doc,) = documents(result.output)
    assert STORY.split(".")[0] in doc["text"] and "<" not in doc["text"]


def test_dates_and_links_of_feeds_archives_and_tables(tmp_path):
    for name in ("d.rss", "e.atom", "g.csv", "i.warc.gz"):
        (tmp_path / name).write_bytes(INPUTS[name])
    docs = {d["path"].rsplit("/", 1)[-1]: d for d in documents(
        run(str(tmp_path), "--json", "--published", "2020-01-01").output)}
    assert (docs["d.rss"]["published"], docs["d.rss"]["published_from"]) == ("2021-03-05",
                                                                              "record")
    assert docs["d.rss"]["url"] == "https://courier.example/floods"
    assert docs["e.atom"]["published"] == "2021-03-06"
    assert docs["g.csv"]["published"] == "2021-03-05"
    assert (docs["i.warc.gz"]["url"], docs["i.warc.gz"]["published"]) == (
        "https://news.example/2021/03/05/floods", "2021-03-05")       # the URL's, not the crawl's


def test_published_is_a_default_for_documents_without_a_date(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": STORY, "published": "2019-05-01"})
                                      + "\n" + json.dumps({"text": STORY + " More."}) + "\n",
                                      encoding="utf-8")
    docs = documents(run(str(tmp_path), "--json", "--published", "2020-01-01").output)
    assert [(d["published"], d["published_from"]) for d in docs] == [
        ("2020-01-01", "option"), ("2019-05-01", "record"), ("2020-01-01", "option")]


def test_column_options_map_a_table(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(f'a,b,c,d\n"{STORY}",https://x.example/z,Floods,5 March 2021\n',
                    encoding="utf-8")
    result = run(str(path), "--json", "--text-column", "a", "--url-column", "b",
                 "--title-column", "c", "--published-column", "d")
    (doc,) = documents(result.output)
    assert (doc["url"], doc["title"], doc["published"]) == ("https://x.example/z", "Floods",
                                                            "2021-03-05")
    missing = run(str(path), "--text-column", "body")
    assert missing.exit_code == 1
    assert "no column 'body' (given by --text-column)" in missing.output


def test_date_order_reads_dates_whose_day_and_month_may_be_either(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text(f'text,published\n"{STORY}",08/02/2021\n"{STORY} More.",25/12/2021\n',
                     encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"text": STORY, "published": "08/02/2021"}) + "\n",
                       encoding="utf-8")
    refused = run(str(table), str(records), "--json")
    assert refused.output.count("--date-order day-first|month-first") == 2
    assert [d["published"] for d in documents(refused.output)] == ["2021-12-25"]
    day = run(str(table), str(records), "--json", "--date-order", "day-first")
    assert [d["published"] for d in documents(day.output)] == [
        "2021-02-08", "2021-12-25", "2021-02-08"]
    month = run(str(table), str(records), "--json", "--date-order", "month-first")
    assert [d["published"] for d in documents(month.output)] == [
        "2021-08-02", "2021-12-25", "2021-08-02"]        # 25/12: a day over 12 tells itself


def test_unknown_files_are_reported_once_and_the_rest_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    for i in range(4):
        (tmp_path / f"scan{i}.pdf").write_bytes(b"%PDF")
    result = run(str(tmp_path), "--json")
    assert result.exit_code == 0 and len(documents(result.output)) == 1
    notes = [line for line in result.output.splitlines() if "unknown type" in line]
    assert len(notes) == 1 and "4 file(s)" in notes[0] and "scan0.pdf" in notes[0]


@pytest.mark.parametrize("content", [
    b"<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;'>]>"
    b"<rss><channel><item><title>&b;</title><description>&b;</description></item></channel></rss>",
    b"<rss><channel><item><title>cut off",
])
def test_a_hostile_or_broken_feed_is_one_failure_and_exit_1(tmp_path, content):
    (tmp_path / "bad.rss").write_bytes(content)
    result = run(str(tmp_path / "bad.rss"))
    assert result.exit_code == 1
    assert sum("bad.rss" in line for line in result.output.splitlines()) == 1


def test_one_bad_input_among_good_ones_exits_0(tmp_path):
    (tmp_path / "bad.rss").write_bytes(b"<rss><channel><item>")
    (tmp_path / "good.rss").write_bytes(INPUTS["d.rss"])
    result = run(str(tmp_path / "bad.rss"), str(tmp_path / "good.rss"), "--json")
    assert result.exit_code == 0 and len(documents(result.output)) == 1
    assert "broken XML" in result.output


def test_feeds_and_tables_on_stdin():
    assert documents(run("-", "--json", input=RSS).output)[0]["title"] == "Floods cut road"
    assert documents(run("-", "--json", input=ATOM).output)[0]["title"] == "Floods"


def test_wire_item_keeps_its_text(tmp_path):
    (tmp_path / "wire.txt").write_text(f"{STORY} (c) 2024 Example Agency", encoding="utf-8")
    (doc,) = documents(run(str(tmp_path / "wire.txt"), "--json").output)
    assert doc["text"] == STORY
