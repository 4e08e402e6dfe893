"""The sentence vectors a store keeps (eventwire.store.vectors, migration 0011): merging reads
them instead of encoding old text, and gives the same events as when it encodes everything."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from merge_builders import ANKARA, FRIDAY, HOMS, TABQA, report

from eventwire.events import encoder as encoder_module
from eventwire.merge import text
from eventwire.records import Document, event_to_record
from eventwire.store import Store, vectors

# Two stories, each told by several outlets in other words, and hard negatives: the same kind
# of event in the same town a week later, another kind the same day, another country.
REPORTS = [
    report("herald", "Government aircraft bombed a bakery in Tabqa on Friday, killing "
           "eleven civilians, a monitoring group said.", place=TABQA, actor="Government",
           dead=11),
    report("courier", "Eleven people queuing for bread died when jets hit a bakery in "
           "Tabqa.", place=TABQA, actor=None, day=None, dead=11,
           published=FRIDAY + timedelta(1)),
    report("bulletin", "Air raid on Tabqa bakery leaves 11 dead", place=TABQA, actor=None,
           dead=11),
    report("gazette", "A bakery in Tabqa was struck from the air again, killing four.",
           place=TABQA, actor=None, day=FRIDAY + timedelta(8),
           published=FRIDAY + timedelta(8), dead=4),
    report("observer", "Fire crews fought a blaze at a textile depot in Homs for six hours on "
           "Friday.", place=HOMS, label="PROPERTY_DISTRUCT", actor=None),
    report("tribune", "A warehouse full of fabric burned down in Homs on Friday night.",
           place=HOMS, label="PROPERTY_DISTRUCT", actor=None),
    report("daily", "Police in Ankara detained twelve protesters outside parliament on "
           "Friday.", place=ANKARA, label="ARREST", actor="Police"),
    report("post", "Jets struck a bakery in Tabqa on Friday, witnesses told reporters.",
           place=TABQA, actor=None),
]
RUNS = [[0, 4, 6], [1, 5], [2, 3, 7]]


def _doc(e) -> Document:
    return Document(id=e.document.id, text=f"text of {e.document.id}", source="s.jsonl",
                    url=e.document.url, published=e.document.published)


@pytest.fixture
def encoded(monkeypatch) -> list[str]:
    """The texts the encoder is asked for from now on; the process keeps no vector yet (as a
    new process)."""
    asked: list[str] = []
    enc = encoder_module.load_encoder()
    encode = enc.encode
    monkeypatch.setattr(enc, "encode", lambda texts: asked.extend(texts) or encode(texts),
                        raising=False)
    monkeypatch.setattr(text, "_VECTORS", {})
    return asked


def _ingest(runs, forget_stored: bool) -> tuple[list[dict], int]:
    """Events after ingesting ``runs`` of REPORTS, each run in a new process (the process's
    kept vectors dropped); ``forget_stored``: the store's vectors emptied after each run too."""
    with Store.open(":memory:") as s:
        for run in runs:
            text._VECTORS.clear()
            s.add_batch([(_doc(REPORTS[i]), [REPORTS[i]]) for i in run])
            if forget_stored:
                s._run("DELETE FROM sentence_vectors")
        rows = s._scalar("SELECT count(*) FROM sentence_vectors")
        return sorted((event_to_record(e) for e in s.events()),
                      key=lambda r: r["event_id"]), rows


def test_events_are_the_same_whether_vectors_are_read_or_encoded_again(encoded):
    kept, rows = _ingest(RUNS, forget_stored=False)
    asked_kept = list(encoded)
    encoded.clear()
    again, empty = _ingest(RUNS, forget_stored=True)
    assert kept == again
    assert empty == 0 and rows == len(vectors.texts_of(REPORTS))
    # Some pairs needed the encoder; with the vectors kept each text was encoded once, without
    # them the stored reports' texts were encoded again.
    assert len(asked_kept) == len(set(asked_kept)) == rows
    assert len(encoded) > len(asked_kept)
    assert any(len(r["mentions"]) > 1 for r in kept)


def test_a_later_run_encodes_only_the_new_reports_texts(encoded):
    with Store.open(":memory:") as s:
        s.add_batch([(_doc(e), [e]) for e in REPORTS[:4]])
        text._VECTORS.clear()
        encoded.clear()
        s.add_batch([(_doc(REPORTS[7]), [REPORTS[7]])])
        [merged] = [e for e in s.events() if len(e.mentions) > 1
                    and "post" in {m.document.id for m in e.mentions}]
    assert sorted(encoded) == vectors.texts_of([REPORTS[7]])
    assert len(merged.mentions) >= 2


def test_vectors_read_back_are_the_ones_encoded(encoded):
    texts = vectors.texts_of(REPORTS[:3])
    with Store.open(":memory:") as s:
        assert vectors.write(s, texts) == len(texts)
        back = vectors.read(s, texts + ["a text never written"])
    assert sorted(back) == texts
    fresh = text.rounded(encoder_module.load_encoder().encode(texts))
    for t, v in zip(texts, fresh, strict=True):
        assert np.array_equal(back[t], v)


def test_texts_sharing_a_hash_keep_their_own_vectors(encoded, monkeypatch):
    monkeypatch.setattr(vectors, "id_hash", lambda t: 42)     # every text collides
    a, b = "Jets struck a bakery in Tabqa.", "Parliament passed the budget on Monday."
    with Store.open(":memory:") as s:
        vectors.write(s, [a])
        text._VECTORS.clear()
        assert vectors.write(s, [a, b]) == 1          # a is found by its text, b is added
        assert set(s._run("SELECT DISTINCT text_hash FROM sentence_vectors")) == {(42,)}
        text._VECTORS.clear()
        back = vectors.read(s, [b, a])
        assert list(vectors.read(s, [a])) == [a]        # b's row is not a's, though it collides
    assert sorted(back) == sorted([a, b])
    assert not np.array_equal(back[a], back[b])
    assert round(float(back[a] @ back[b]), 4) == text.cosine(a, b)


def test_another_encoder_or_release_never_reads_these_vectors(encoded, monkeypatch):
    texts = vectors.texts_of(REPORTS[:2])
    name, version = text.encoder_name()
    assert name and version                   # the real encoder has both
    with Store.open(":memory:") as s:
        vectors.write(s, texts)
        for other in [(name, version + ".post1"), ("another.Encoder", version)]:
            monkeypatch.setattr(vectors, "encoder_name", lambda o=other: o)
            assert vectors.read(s, texts) == {}
            text._VECTORS.clear()
            assert vectors.write(s, texts) == len(texts)      # its own rows, beside the others
        monkeypatch.setattr(vectors, "encoder_name", lambda: (name, version))
        assert sorted(vectors.read(s, texts)) == texts
        assert s._scalar("SELECT count(*) FROM sentence_vectors") == 3 * len(texts)


def test_ingesting_again_or_in_other_batches_adds_no_vector_twice(encoded):
    def rows(runs):
        with Store.open(":memory:") as s:
            for run in runs:
                s.add_batch([(_doc(REPORTS[i]), [REPORTS[i]]) for i in run])
            return sorted(s._run("SELECT text, encoder, encoder_version FROM sentence_vectors"))

    once = rows([list(range(len(REPORTS)))])
    assert len(once) == len(set(once)) == len(vectors.texts_of(REPORTS))
    assert rows([list(range(len(REPORTS)))] * 2) == once
    assert rows(RUNS + RUNS) == rows([[i] for i in reversed(range(len(REPORTS)))]) == once


def test_a_store_without_vectors_gets_those_merging_compares(encoded, tmp_path):
    """A store written before 0011: the next write keeps the stored texts it encoded."""
    db = tmp_path / "s.duckdb"
    with Store.open(db) as s:
        s.add_batch([(_doc(e), [e]) for e in REPORTS[:4]])
        s._run("DELETE FROM sentence_vectors")
        s._run("DELETE FROM schema_migrations WHERE version >= 11")
        s._run("DROP TABLE sentence_vectors")
    with Store.open(db) as s:                   # migrated again: an empty table
        assert s._scalar("SELECT count(*) FROM sentence_vectors") == 0
        text._VECTORS.clear()
        encoded.clear()
        s.add_batch([(_doc(REPORTS[7]), [REPORTS[7]])])
        kept = {r[0] for r in s._run("SELECT text FROM sentence_vectors")}
    compared = set(encoded) - set(vectors.texts_of([REPORTS[7]]))
    assert compared                                      # stored reports it was compared with
    assert kept == set(encoded)
