"""eval e2e: the matching rules on hand-written gold and events, the command, and (shared) the
same numbers as the reference scorer of ../shared/eval/events-e2e."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import date

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import EvaluationError, ResourceError
from eventwire.events.model import DEFAULT_MIN_CONFIDENCE
from eventwire.evaluate import e2e
from eventwire.records import Event, Evidence, Place
from eventwire.taxonomy import event_type

# Fictional articles, written for these tests.
XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="d1"><title> Clashes near Norvik </title><url>http://ex.test/d1</url>
    <text>Rebels and soldiers clashed near Norvik on Monday, killing four fighters.
Police arrested a man for stealing a bicycle. The minister met her Danish counterpart in Oslo.
</text>
  </article>
  <article docid="d2"><title>Fair opens</title><url>http://ex.test/d2</url>
    <text>The county fair opened with a pie contest on Saturday.</text>
  </article>
  <article docid="d3"><title>Storm</title><link>http://ex.test/d3</link>
    <text>A storm flooded Velt on Sunday.</text>
  </article>
  <article docid="d4"><title>No address</title><text>Nothing happened.</text></article>
  <article docid="x9"><title>Not in the gold</title><url>http://ex.test/x9</url>
    <text>Shells hit a village.</text></article>
</articles>
"""
CLASH = "Rebels and soldiers clashed near Norvik on Monday, killing four fighters."
THEFT = "Police arrested a man for stealing a bicycle."
MEETING = "The minister met her Danish counterpart in Oslo."
NORVIK = {"name": "Norvik", "country": "NO", "lat": 60.0, "lon": 10.0, "geo_precision": 1}


def _gold_event(label, evidence, scope="core", background=False, **fields):
    return {"label": label, "scope": scope, "background": background, "evidence": evidence,
            "evidence_start": 0, "location": fields.get("location"), "date": fields.get("date"),
            "fatalities": fields.get("fatalities"), "actor1": fields.get("actor1"),
            "actor2": None}


GOLD = [
    {"corpus": "trnews", "doc": "d1", "published": "2020-03-04", "events": [
        _gold_event("ARMED_CLASH", CLASH, location=NORVIK, fatalities=4, actor1="Red Front rebels",
                    date={"start": "2020-03-02", "end": "2020-03-02", "precision": 1}),
        _gold_event("ARREST", THEFT, scope="crime"),
        _gold_event("DIPLO", MEETING, scope="extended")]},
    {"corpus": "trnews", "doc": "d2", "published": None, "events": []},
    {"corpus": "trnews", "doc": "d3", "published": "2020-03-09", "events": [
        _gold_event("NATURAL_DISASTER", "A storm flooded Velt on Sunday.", background=True)]},
    {"corpus": "trnews", "doc": "d4", "published": None, "events": []},
    {"corpus": "lgl", "doc": "d2", "published": None, "events": []},
]


def _record(label, sentence, url="http://ex.test/d1", confidence=0.9, **fields):
    rec = {"event_id": f"ew-{label}-{len(sentence)}", "label": label,
           "evidence": {"sentence": sentence, "span": [0, len(sentence)]},
           "document": {"id": "x", "url": url}, "mentions": [], "confidence": confidence,
           "location": None, "date": None, "fatalities": None, "actor1": None}
    rec.update(fields)
    return rec


def _place(lat=60.2, lon=10.1, iso2="NO", precision=1):
    return {"name": "p", "latitude": lat, "longitude": lon, "iso2": iso2,
            "geo_precision": precision}


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "events-e2e").mkdir()
    gold = tmp_path / "events-e2e" / "gold.jsonl"
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")
    for corpus, name in (("trnews", "TR-News.xml"), ("lgl", "lgl.xml")):
        (tmp_path / "geo" / corpus).mkdir(parents=True)
        (tmp_path / "geo" / corpus / name).write_text(XML, encoding="utf-8")
    return gold


def _score(files, records, corpus="trnews", **kw):
    gold = e2e.read_gold(files, corpus)
    articles = e2e.read_articles(e2e.xml_paths(files)[corpus])
    return e2e.score_corpus(corpus, gold, articles, e2e.system_events(records, **kw))


# --------------------------------------------------------------------------- rules


def test_words_and_overlap():
    assert e2e.words("The Rebels, in 2020, said: 'attack!'") == {"rebels", "2020", "attack"}
    a, b = e2e.words("rebels attacked the town"), e2e.words("rebels attacked town hall today")
    assert e2e.overlap(a, b) == 1.0          # every word of the shorter is in the longer
    assert e2e.overlap(a, frozenset()) == 0.0


def test_families():
    assert e2e.family("AIR_STRIKE") == e2e.family("SUIC_BOMB")
    assert e2e.family("ARREST") == e2e.family("OTHER") != e2e.family("ARMED_CLASH")
    assert e2e.family("DIPLO") == "DIPLO" != e2e.family("ATTRIB")
    assert e2e.family(None) == "" and e2e.family("MADE_UP") == "MADE_UP"


def test_a_shortened_sentence_matches_and_fields_are_scored(files):
    s = _score(files, [_record("ARMED_CLASH", "Rebels and soldiers clashed near Norvik on Monday",
                               location=_place(), fatalities={"best": 4},
                               date={"start": "2020-03-02", "end": None, "precision": 1},
                               actor1={"name": "Red Front", "text": "Rebels"})])
    t = s.tally
    assert (t.matched, t.false, t.gold) == (1, 0, 2)
    assert s.event_prf[:2] == (1.0, 0.5)
    assert s.field_accuracy == {"label": 1.0, "location": 1.0, "date": 1.0, "fatalities": 1.0,
                                "actor1": 1.0}
    assert [m.label for m in s.misses] == ["DIPLO"]
    assert s.doc_pr == (1.0, 1.0)


def test_field_rules():
    g = e2e.GoldPlace("NO", 60.0, 10.0, 1)
    far = e2e.SystemPlace(62.0, 10.0, "NO", 1)                      # about 222 km north
    assert e2e.place_right(e2e.SystemPlace(61.0, 10.0, "NO", 1), g)  # about 111 km
    assert not e2e.place_right(far, g)
    assert e2e.place_right(e2e.SystemPlace(62.0, 10.0, "NO", 3), g)  # a region: by country
    assert not e2e.place_right(None, g) and e2e.place_right(far, None) is None
    day = e2e.DateRange("2020-03-02", "2020-03-02", 1)
    assert not e2e.date_right(e2e.DateRange("2020-03-03", None, 1), day)
    assert e2e.date_right(e2e.DateRange("2020-03-01", "2020-03-07", 2), day)
    assert e2e.date_right(None, None) is None and e2e.date_right(None, day) is False
    assert e2e.actor_right(e2e.words("the Red Front"), "Red Front rebels")
    assert e2e.actor_right(frozenset(), None) is None


def test_wrong_family_is_false_and_the_gold_event_stays_free(files):
    s = _score(files, [_record("ATTACK", CLASH, confidence=0.5), _record("DIPLO", CLASH[:50])])
    assert (s.tally.matched, s.tally.false, s.tally.detected) == (0, 2, 2)
    assert {e.gold_label for e in s.false_events} == {"ARMED_CLASH"}
    assert s.misses[0].found_as == ("ATTACK", "DIPLO")


def test_same_family_other_label_matches_with_a_wrong_label(files):
    s = _score(files, [_record("GOV_REGAINS_TERIT", CLASH + " Officials said.")])
    assert (s.tally.matched, s.tally.false) == (1, 0)
    assert s.field_accuracy["label"] == 0.0


def test_same_family_is_preferred_over_a_closer_sentence(files):
    closest = _record("ATTACK", CLASH)                  # overlap 1.0, other family
    s = _score(files, [closest, _record("ARMED_CLASH", CLASH[:40] + " overnight")])
    assert s.tally.matched == 1 and [e.label for e in s.false_events] == ["ATTACK"]
    assert s.false_events[0].gold_label is None         # left over, not paired


def test_a_left_over_event_of_a_gold_family_is_a_duplicate(files):
    s = _score(files, [_record("ARMED_CLASH", CLASH), _record("DIPLO", CLASH)])
    assert (s.tally.matched, s.tally.duplicates, s.tally.false) == (1, 1, 0)


def test_tolerated_duplicates_and_false(files):
    records = [
        _record("ARMED_CLASH", CLASH),
        _record("ATTACK", THEFT),                                   # crime: tolerated
        _record("ARMED_CLASH", "Fighting went on all night.", location=_place()),   # retold
        _record("ARMED_CLASH", "Fighting went on all night.", location=_place(20.0, 10.0)),
        _record("AIR_STRIKE", "Fighting went on all night."),       # no such family in gold
        _record("NATURAL_DISASTER", "A storm flooded Velt on Sunday.",
                url="http://ex.test/d3"),                           # background: tolerated
    ]
    t = _score(files, records).tally
    assert (t.matched, t.tolerated, t.duplicates, t.false) == (1, 2, 1, 2)
    assert (t.doc_tp, t.doc_fp, t.doc_fn) == (1, 0, 0)   # d3 only tolerated: not flagged


def test_documents_and_worst_false_first(files):
    records = [_record("PEACE_PROTEST", "The county fair opened.", url="http://ex.test/d2",
                       confidence=0.3),
               _record("ATTACK", "Nothing happened.", url="urn:d4", confidence=0.8),
               _record("ATTACK", "Shells hit a village.", url="http://ex.test/x9")]  # no gold
    s = _score(files, records)
    assert (s.tally.doc_tp, s.tally.doc_fp, s.tally.doc_fn) == (0, 2, 1)
    assert [e.doc for e in s.false_events] == ["d4", "d2"]
    assert s.event_prf == (0.0, 0.0, 0.0)
    high = _score(files, records, min_confidence=0.5)
    assert [e.doc for e in high.false_events] == ["d4"]


def test_a_merged_record_counts_once_per_article(files):
    rec = _record("ARMED_CLASH", CLASH, mentions=[
        {"document": {"url": "http://ex.test/d1"}, "evidence": {"sentence": CLASH}},
        {"document": {"url": "http://ex.test/d3"}, "evidence": {"sentence": "Velt was hit."}},
        {"document": {"url": "http://elsewhere.test/"}, "evidence": {}}])
    assert len(e2e.system_events([rec])) == 3
    t = _score(files, [rec]).tally
    assert (t.matched, t.false) == (1, 1)               # the d3 report is another article's


def test_gold_of_a_corpus_and_articles(files):
    assert [g.doc for g in e2e.read_gold(files, "lgl")] == ["d2"]
    assert len(e2e.read_gold(files)) == 5
    arts = {a.doc: a for a in e2e.read_articles(e2e.xml_paths(files)["trnews"])}
    assert arts["d1"].title == "Clashes near Norvik"
    assert arts["d3"].url == "http://ex.test/d3" and arts["d4"].url == "urn:d4"


def test_bad_gold_and_events(tmp_path, files):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a"}\n', encoding="utf-8")
    with pytest.raises(EvaluationError):
        e2e.read_gold(bad)
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationError):
        e2e.score_file(files, bad)
    with pytest.raises(EvaluationError):
        e2e.evaluate_e2e(files, corpus="nope", events=bad)


# --------------------------------------------------------------------------- running


class _StubPipeline:
    """Finds one ARMED_CLASH in every document holding the word 'clashed'."""

    def __init__(self):
        self.seen = []

    def extract(self, documents, batch_size=32):
        for d in documents:
            self.seen.append(d)
            i = d.text.find(CLASH)
            events = () if i < 0 else (Event(
                id=f"ew-{d.id[:8]}", type=event_type("ARMED_CLASH"),
                evidence=Evidence(CLASH, (i, i + len(CLASH))), document=d.ref,
                location=Place("Norvik", "Norvik", (0, 6), "Norway", "NO", latitude=60.1,
                               longitude=10.0, geo_precision=1), confidence=0.7),)
            yield type("Result", (), {"document": d, "events": events})()


def test_the_pipeline_reads_the_gold_articles_as_the_reference_input(files):
    stub = _StubPipeline()
    scores = e2e.evaluate_e2e(files, corpus="trnews", pipeline=stub)
    assert [(d.url, d.title, d.published) for d in stub.seen] == [
        ("http://ex.test/d1", "Clashes near Norvik", date(2020, 3, 4)),
        ("http://ex.test/d2", "Fair opens", None), ("http://ex.test/d3", "Storm", date(2020, 3, 9)),
        ("urn:d4", "No address", None)]
    [tr] = scores.corpora
    assert (tr.tally.matched, tr.tally.false) == (1, 0)
    assert tr.field_accuracy["location"] == 1.0


def test_command(files, tmp_path):
    events = tmp_path / "events.jsonl"
    events.write_text("\n".join(json.dumps(r) for r in [
        _record("ARMED_CLASH", CLASH), _record("ATTACK", "Fighting went on.", confidence=0.2),
        _record("DIPLO", "The fair opened.", url="http://ex.test/d2", confidence=0.3)]) + "\n",
        encoding="utf-8")
    run = CliRunner().invoke(cli, ["eval", "e2e", str(files), "--events", str(events), "--json"])
    assert run.exit_code == 0, run.output
    j = json.loads(run.output)
    assert set(j) == {"trnews", "lgl"}
    tr = j["trnews"]
    assert (tr["matched"], tr["false"], tr["event_recall"], tr["doc_precision"]) == (1, 2, 0.5, 0.5)
    assert [e["confidence"] for e in tr["worst_false"]] == [0.3, 0.2]
    assert j["lgl"]["false"] == 1 and j["lgl"]["gold_events"] == 0
    run = CliRunner().invoke(cli, ["eval", "e2e", str(files), "--events", str(events),
                                   "--corpus", "trnews", "--min-confidence", "0.5"])
    assert run.exit_code == 0, run.output
    assert "precision 1.000  recall 0.500" in run.output and "misses (1 of 1)" in run.output


# --------------------------------------------------------------------------- reference


def _reference(shared, corpus, events_path):
    """The reference scorer's figures (its documented `score` command, --json)."""
    base = shared / "eval"
    out = subprocess.run(
        [sys.executable, str(base / "events-e2e" / "score.py"), "score",
         str(base / e2e.DEFAULT_XML[corpus]), str(base / "events-e2e" / "gold.jsonl"),
         str(events_path), "--corpus", corpus, "--json"],
        capture_output=True, text=True, check=True).stdout
    j = json.loads(out)
    return j, len(j.pop("errors"))


def _assert_same(shared, corpus, events_path):
    ref, n_errors = _reference(shared, corpus, events_path)
    ours = e2e.score_file(shared / "eval" / "events-e2e" / "gold.jsonl", events_path,
                          corpus=corpus, show=None).to_json()[corpus]
    assert {k: ours[k] for k in ref} == ref
    assert len(ours["worst_false"]) == n_errors


@pytest.fixture(scope="module")
def e2e_gold(shared):
    gold = shared / "eval" / "events-e2e" / "gold.jsonl"
    if not gold.is_file() or not all((shared / "eval" / p).is_file()
                                     for p in e2e.DEFAULT_XML.values()):
        pytest.skip(f"{gold} or its article XML is missing")
    return gold


def _perturbed(gold_path, xml_path, corpus, seed):
    """Event records made from the gold at run time, shuffled and changed at random, so that
    every rule is exercised: wrong families, cut sentences, far places, regions, other dates,
    merged reports in two articles, reports of no article of the corpus."""
    rnd = random.Random(seed)
    urls = {a.doc: a.url for a in e2e.read_articles(xml_path)}
    labels = ["ARMED_CLASH", "ATTACK", "ARREST", "DIPLO", "AIR_STRIKE", "MOB_VIOL", "OTHER",
              "NATURAL_DISASTER", "UNKNOWN", None]
    out = []
    for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()):
        if g["corpus"] != corpus:
            continue
        for ev in g["events"] + [{"label": "ATTACK", "evidence": "A made up report.",
                                  "location": None, "date": None, "fatalities": None,
                                  "actor1": None}]:
            for _ in range(rnd.choice((0, 1, 1, 2))):
                ws = ev["evidence"].split()
                cut = rnd.randint(0, len(ws) // 2)
                ws = ws[cut:] if rnd.random() < 0.5 else ws[:len(ws) - cut]
                loc, when = ev["location"], ev["date"]
                rec = _record(
                    rnd.choice(labels + [ev["label"]] * 6), " ".join(ws),
                    url=urls[g["doc"]] if rnd.random() < 0.95 else "http://nowhere.test/",
                    confidence=round(rnd.random(), 2),
                    location=None if not loc or rnd.random() < 0.15 else _place(
                        loc["lat"] + rnd.choice((0, 0.5, 3)), loc["lon"],
                        rnd.choice((loc["country"], "ZZ", None)), rnd.choice((1, 2, 3, None))),
                    date=None if not when or rnd.random() < 0.2 else {
                        "start": when["start"], "end": rnd.choice((None, when["end"])),
                        "precision": rnd.choice((1, 2, 3))},
                    fatalities=rnd.choice((None, {"best": ev["fatalities"]}, {"best": 3})),
                    actor1=rnd.choice((None, {"text": ev["actor1"], "name": None},
                                       {"name": "police", "text": "officers"})))
                if rnd.random() < 0.2:
                    rec["mentions"] = [
                        {"document": rec["document"], "evidence": rec["evidence"]},
                        {"document": {"url": rnd.choice(list(urls.values()))}, "evidence": {}}]
                out.append(rec)
    rnd.shuffle(out)
    return out


@pytest.mark.shared
@pytest.mark.parametrize("corpus", e2e.CORPORA)
def test_same_numbers_as_the_reference_on_perturbed_events(shared, e2e_gold, corpus, tmp_path):
    xml = shared / "eval" / e2e.DEFAULT_XML[corpus]
    for seed in range(5):
        path = tmp_path / f"events-{seed}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n"
                                for r in _perturbed(e2e_gold, xml, corpus, seed)),
                        encoding="utf-8")
        _assert_same(shared, corpus, path)


@pytest.mark.shared
@pytest.mark.parametrize("corpus", e2e.CORPORA)
def test_same_input_and_numbers_as_the_reference_on_eventwire_output(shared, e2e_gold, corpus,
                                                                     tmp_path):
    base = shared / "eval"
    xml = base / e2e.DEFAULT_XML[corpus]
    made = subprocess.run([sys.executable, str(base / "events-e2e" / "score.py"), "input",
                           str(xml), str(e2e_gold), "--corpus", corpus],
                          capture_output=True, text=True, check=True).stdout.splitlines()
    raw = e2e.documents(e2e.read_articles(xml), e2e.read_gold(e2e_gold, corpus))
    assert [json.loads(line) for line in made] == [
        {"text": r.content, "title": r.title or "", "url": r.url}
        | ({"published": r.published.isoformat()} if r.published else {}) for r in raw]
    try:
        records = e2e.run_pipeline(raw)
    except ResourceError as exc:
        pytest.skip(f"eventwire cannot run here: {exc}")
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    _assert_same(shared, corpus, path)
    scores = e2e.score_file(e2e_gold, path, corpus=corpus,
                            min_confidence=DEFAULT_MIN_CONFIDENCE).to_json()[corpus]
    for key, floor in E2E_FLOOR[corpus].items():
        assert scores[key] >= floor, (key, scores[key])


# Dev floors at the default --min-confidence (0.7): the level the learned detector and the
# parse rules reach (`eventwire eval e2e ../shared/eval/events-e2e/gold.jsonl --json`: TR-News
# precision 0.946, recall 0.795 in session 15; LGL 0.750, 0.600 in session 14) minus about
# 0.05; LGL's five required events and four reported ones make its scores coarse: one event is
# 0.2 of its recall, so its floors sit one event below what is reached.
E2E_FLOOR = {"trnews": {"event_precision": 0.89, "event_recall": 0.74},
             "lgl": {"event_precision": 0.50, "event_recall": 0.40}}
