"""CSV and TSV tables: one document per row, columns found by header name or given."""

from __future__ import annotations

import gzip
from datetime import date

import pytest

from eventwire.read import Columns, iter_inputs
from eventwire.records import Failure, RawDocument

STORY = "Floods cut the river road on Friday, officials said."


def read(path, columns=None):
    return list(iter_inputs([str(path)], columns=columns))


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("header", [
    "text,url,title,published",
    "Body,Link,Headline,Date",
    "article_text,Source URL,heading,publish_date",
    "CONTENT,permalink,Title,pubDate",
    "story,href,article-title,Published At",
])
def test_columns_are_found_by_header_name(tmp_path, header):
    path = write(tmp_path, "a.csv", f'{header}\n"{STORY}",https://x.example/a,Floods,2021-03-05\n')
    (doc,) = read(path)
    assert (doc.content, doc.url, doc.title, doc.published, doc.kind, doc.line) == (
        STORY, "https://x.example/a", "Floods", date(2021, 3, 5), "text", 2)


def test_given_columns_win_over_header_names(tmp_path):
    path = write(tmp_path, "a.csv", "text,summary,link,when,headline\n"
                 f'short,"{STORY}",https://x.example/a,5 March 2021,Floods\n')
    (doc,) = read(path, Columns(text="summary", url="link", published="when", title="headline"))
    assert (doc.content, doc.url, doc.published, doc.title) == (
        STORY, "https://x.example/a", date(2021, 3, 5), "Floods")


def test_tsv_semicolons_quoted_newlines_and_line_numbers(tmp_path):
    tsv = write(tmp_path, "a.tsv", f"title\ttext\nOne\t{STORY}\n\n\nTwo\tSecond story.\n")
    assert [(d.title, d.line) for d in read(tsv)] == [("One", 2), ("Two", 5)]
    semi = write(tmp_path, "b.csv", f'titel;text\nEins;"{STORY}; more"\n')
    assert read(semi)[0].content == f"{STORY}; more"
    multi = write(tmp_path, "c.csv", f'text,title\n"{STORY}\n\nSecond paragraph.",A\n'
                  '"Third story.",B\n')
    first, second = read(multi)
    assert first.content == f"{STORY}\n\nSecond paragraph." and (first.line, second.line) == (2, 5)


def test_an_html_column_is_read_as_a_page(tmp_path):
    path = write(tmp_path, "a.csv", 'url,html\nhttps://x.example/a,"<html><p>Hi</p></html>"\n')
    (doc,) = read(path)
    assert doc.kind == "html" and doc.content == "<html><p>Hi</p></html>"


def test_bad_rows_fail_alone_and_name_their_line(tmp_path):
    path = write(tmp_path, "a.csv", f'text,published\n"{STORY}",2021-03-05\n,2021-03-05\n'
                 f'"{STORY}",next week\n"{STORY}"\n')
    got = read(path)
    assert [type(g).__name__ for g in got] == ["RawDocument", "Failure", "Failure", "RawDocument"]
    assert got[1].line == 3 and "no article" in got[1].message and "'text'" in got[1].message
    assert got[2].line == 4 and "next week" in got[2].message
    assert got[3].published is None                   # a short row: the missing cell is empty


def test_numeric_dates_are_read_when_their_order_is_plain_and_refused_when_not(tmp_path):
    path = write(tmp_path, "a.csv", f'text,published\n"{STORY}",2021/03/05\n'
                 f'"{STORY}",25/12/2021\n"{STORY}",05.03.2021\n"{STORY}",05/03/2021\n')
    first, second, third, ambiguous = read(path)
    assert [first.published, second.published, third.published] == [
        date(2021, 3, 5), date(2021, 12, 25), date(2021, 3, 5)]
    assert isinstance(ambiguous, Failure) and ambiguous.line == 5
    assert "'05/03/2021'" in ambiguous.message and "day and month" in ambiguous.message


@pytest.mark.parametrize("content, columns, words", [
    ("id,when\n1,2021-03-05\n", None, "no article text column among 'id', 'when'"),
    (f"text\n{STORY}\n", Columns(url="link"), "no column 'link' (given by --url-column)"),
    ("", None, "empty table"),
    ("text,url\n", None, "no rows"),
])
def test_table_level_problems_are_one_failure(tmp_path, content, columns, words):
    (failure,) = read(write(tmp_path, "a.csv", content), columns)
    assert isinstance(failure, Failure) and failure.line is None and words in failure.message


def test_not_utf8_is_one_failure_after_the_good_rows(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(f'text\n"{STORY}"\n'.encode() + "café\n".encode("latin-1"))
    doc, failure = read(path)
    assert isinstance(doc, RawDocument) and "line 3 is not UTF-8" in failure.message


def test_a_long_article_in_a_cell(tmp_path):
    long = "word " * 60_000                            # 300 KB, over csv's default field limit
    (doc,) = read(write(tmp_path, "a.csv", f'text\n"{long}"\n'))
    assert len(doc.content) == len(long)


def test_gzipped_tables_jsonl_text_and_feeds(tmp_path):
    (tmp_path / "a.csv.gz").write_bytes(gzip.compress(f'text\n"{STORY}"\n'.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b'{"text": "One."}\n{"text": "Two."}\n'))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    (tmp_path / "d.rss.gz").write_bytes(gzip.compress(
        b"<rss><channel><item><title>T</title><description>Item.</description></item>"
        b"</channel></rss>"))
    (tmp_path / "e.gz").write_bytes(gzip.compress(STORY.encode()))
    got = read(tmp_path)
    assert [g.content for g in got[:-1]] == [STORY, "One.", "Two.", STORY, "Item."]
    assert "1 .gz; e.g. e.gz" in got[-1].message       # in a directory, names decide
    (named,) = read(tmp_path / "e.gz")                   # named alone, it is sniffed inside
    assert named.content == STORY


def test_broken_gzip_and_a_gzip_bomb_fail(tmp_path, monkeypatch):
    from eventwire.read import decoding
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(STORY.encode())[:-12])
    (tmp_path / "b.txt.gz").write_bytes(b"not gzip at all")
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 1000)
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"a" * 100_000))
    truncated, garbage, bomb = read(tmp_path)
    assert "broken gzip" in truncated.message and "broken gzip" in garbage.message
    assert "limit" in bomb.message


@pytest.mark.parametrize("header, found", [
    ("ID;Headline;Story Body;Source URL;Date Published", ("text", "title", "url", "published")),
    ("Article ID,Body Text,Article Link,Publication Date", ("text", "url", "published")),
    ("Event Date,Page Title,Main Content", ("title", "text")),
    ("Updated Date,Image URL,Raw HTML", ("html",)),
])
def test_headers_are_read_by_their_last_word_unless_another_word_says_otherwise(header, found):
    from eventwire.read.table import field_columns
    names = header.replace(";", ",").split(",")
    where = field_columns(names, Columns())
    assert set(where) == set(found)
    assert "Event Date" not in [names[i] for i in where.values()]
    assert "Article ID" not in [names[i] for i in where.values()]
    assert "Updated Date" not in [names[i] for i in where.values()]


def test_a_row_of_more_cells_than_the_header_fails_rather_than_shift_its_text(tmp_path):
    path = write(tmp_path, "a.csv", "text,url\n"
                 "Police fired tear gas, injuring 20,https://x.example/a\n"
                 f'"{STORY}",https://x.example/b,,\n')
    cut, whole = read(path)
    assert isinstance(cut, Failure) and cut.line == 2 and "3 cells" in cut.message
    assert "quoted" in cut.message
    assert whole.content == STORY                      # trailing empty cells are harmless


@pytest.mark.parametrize("head, kind", [
    (b"text,url\nA story.,https://x.example/a\n", "csv"),
    (b"\xef\xbb\xbfid\ttext\n1\tA story.\n", "tsv"),
    (b"Headline;Story Body;Source URL\n", "csv"),
    (b"Story Body,Date\nA story.,2021-03-05\n", "csv"),
    (b"Body, mind and soul\nA reporter, a story.\n", None),
    (b"Gunmen killed four people, police said.\nA second line, here.\n", None),
    (b"Texts, tweets and posts: what the crowd saw\n", None),
    (b"a,b\n1,2\n", None),
])
def test_tables_are_told_from_text_by_their_header(head, kind):
    from eventwire.read.table import looks_like_table
    assert looks_like_table(head) == kind


def test_a_table_on_stdin_or_of_another_extension_is_read_as_a_table(tmp_path):
    import io
    table = f'title,text\nFloods,"{STORY}"\n'
    (doc,) = list(iter_inputs(["-"], stdin=io.StringIO(table)))
    assert (doc.title, doc.content, doc.line) == ("Floods", STORY, 2)
    (named,) = read(write(tmp_path, "export.dat", table))
    assert named.content == STORY
    (given,) = list(iter_inputs(["-"], stdin=io.StringIO(f'a,story_x\n1,"{STORY}"\n'),
                                columns=Columns(text="story_x")))
    assert given.content == STORY
