"""eval geoparse: the XML reader and the scoring on hand-written data; the dev-set floor."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import EvaluationError
from eventwire.evaluate import geo
from eventwire.records import Place

XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="a1">
    <text><![CDATA[Flooding hit Springfield and the Ozark hills, Missouri officials said.]]></text>
    <toponyms>
      <toponym><start>13</start><end>24</end><phrase>Springfield</phrase>
        <gaztag geonameid="4409896"><name>Springfield</name><lat>37.2153</lat><lon>-93.2982</lon>
        </gaztag></toponym>
      <toponym><start>33</start><end>38</end><phrase>Ozark</phrase></toponym>
      <toponym><start>44</start><end>52</end><phrase>Missouri</phrase>
        <gaztag><lat>38.25</lat><lon>-92.5</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""


def _place(span, lat, lon, gid=None):
    return Place("x", "x", span, latitude=lat, longitude=lon, geonameid=gid)


@pytest.fixture()
def xml_path(tmp_path):
    p = tmp_path / "tiny.xml"
    p.write_text(XML, encoding="utf-8")
    return p


def test_reader_keeps_all_toponyms_and_realigns_drifted_offsets(xml_path):
    [art] = geo.read_articles(xml_path)
    assert art.docid == "a1" and len(art.toponyms) == 3
    spring, ozark, missouri = art.toponyms
    assert (spring.geonameid, spring.latitude) == (4409896, 37.2153)
    assert ozark.latitude is None and ozark.geonameid is None
    assert missouri.geonameid is None and missouri.longitude == -92.5
    # "Missouri" really starts at 45: the reader aligns to the phrase
    assert art.text[missouri.start:missouri.end] == "Missouri"


def test_align_leaves_right_offsets_and_finds_the_nearest_copy():
    text = "Paris, not Paris."
    assert geo.align(text, "Paris", 11, 16) == (11, 16)
    assert geo.align(text, "Paris", 9, 14) == (11, 16)
    assert geo.align(text, "Rome", 3, 7) == (3, 7)


def test_scoring_counts_unresolved_as_the_worst_error(xml_path):
    [art] = geo.read_articles(xml_path)
    golds = [t for t in art.toponyms if t.latitude is not None]
    s = geo.score(golds, [_place((13, 24), 37.2, -93.3, 4409896), None])
    assert s.n == 2 and s.acc_161km == 0.5 and s.exact_id == 1.0
    assert s.median_km == pytest.approx((geo.error_km(golds[0], _place((0, 1), 37.2, -93.3))
                                         + geo.MAX_ERROR_KM) / 2)
    assert s.auc == pytest.approx((math.log1p(geo.error_km(golds[0], _place((0, 1), 37.2,
                                                                             -93.3)))
                                   + math.log1p(geo.MAX_ERROR_KM))
                                  / (2 * math.log1p(geo.MAX_ERROR_KM)))
    assert set(s.to_json()) == {"n", "acc_161km", "exact_id", "median_km", "auc"}


class _Fixed:
    """A fake geoparser that returns given places."""

    def __init__(self, places):
        self._places = places

    def places(self, text, entities, **_):
        return tuple(self._places)

    def resolve_spans(self, text, spans, entities=()):
        return tuple(self._places[: len(spans)])


def test_end_to_end_matches_spans_by_overlap(xml_path, monkeypatch):
    monkeypatch.setattr(geo, "article_entities", lambda arts, nlp=None: [()] * len(arts))
    predicted = [_place((13, 24), 37.2153, -93.2982, 4409896),    # right
                 _place((33, 44), 36.5, -93.0),                   # "Ozark" (no coordinates)
                 _place((0, 8), 10.0, 10.0)]                      # not a gold toponym
    s = geo.evaluate_geo(xml_path, geoparser=_Fixed(predicted), nlp=object())
    assert (s.span_precision, s.span_recall) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert s.n == 2 and s.acc_161km == 0.5          # "Missouri" was never found
    assert set(s.to_json()) >= {"span_precision", "span_recall", "span_f1"}
    assert "acc_161km" in s.format_table()


def test_bad_input_raises_evaluation_error(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EvaluationError):
        list(geo.read_articles(bad))
    with pytest.raises(EvaluationError, match="unknown"):
        list(geo.read_articles(bad, "csv"))


@given(st.floats(-89, 89), st.floats(-179, 179), st.floats(-89, 89), st.floats(-179, 179))
def test_distance_is_a_symmetric_bounded_metric(a, b, c, d):
    x, y = geo.distance_km(a, b, c, d), geo.distance_km(c, d, a, b)
    assert x == pytest.approx(y, abs=1e-6)
    assert 0.0 <= x <= geo.MAX_ERROR_KM + 1.0
    assert geo.distance_km(a, b, a, b) == pytest.approx(0.0, abs=1e-6)


def test_match_spans_is_one_to_one():
    # (0, 10) overlaps both gold spans; it goes to the larger overlap, (6, 9) takes the other
    assert geo.match_spans([(0, 5), (6, 10)], [(0, 10), (6, 9)]) == {0: 0, 1: 1}
    assert geo.match_spans([(0, 5)], [(5, 9)]) == {}


# ------------------------------------------------------------------ dev floor (CI gate)

# Scores reached on the dev sets (`eventwire eval geoparse PATH [--gold-spans] --json`, issue 15
# helper, 2026-12-05; raised where they rose 2026-12-06: TR-News end to end acc@161, exact id,
# auc, precision and F1, LGL end to end precision and F1; LGL's end-to-end acc@161, exact id,
# auc and recall fell a little, 0.8467 -> 0.8445, as institutions' towns stopped being places,
# and keep their floors): the gate allows 0.02 of slack (lower for auc, which is an error
# measure), to catch regressions.
REACHED = {
    "lgl": {"gold": {"acc_161km": 0.916, "exact_id": 0.867, "auc": 0.163},
            "e2e": {"acc_161km": 0.846, "exact_id": 0.811, "auc": 0.225,
                    "span_precision": 0.872, "span_recall": 0.891, "span_f1": 0.879}},
    "trnews": {"gold": {"acc_161km": 0.941, "exact_id": 0.909, "auc": 0.140},
               "e2e": {"acc_161km": 0.910, "exact_id": 0.893, "auc": 0.171,
                       "span_precision": 0.912, "span_recall": 0.942, "span_f1": 0.927}},
}
SLACK = 0.02
CORPORA = {"lgl": "lgl/lgl.xml", "trnews": "trnews/TR-News.xml"}


@pytest.fixture(scope="module")
def dev_entities(shared):
    """spaCy entities of each dev corpus, parsed once for both modes."""
    root = shared / "eval" / "geo"
    if not root.is_dir():
        pytest.skip(f"{root} is not there: the geoparsing dev data lives beside the repository")
    out = {}
    for name, rel in CORPORA.items():
        path = root / rel
        out[name] = (path, geo.article_entities(list(geo.read_articles(path))))
    return out


@pytest.mark.shared
@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_dev_scores_stay_above_the_floor(dev_entities, corpus, monkeypatch):
    from eventwire.places import Geoparser, load_gazetteer
    path, entities = dev_entities[corpus]
    monkeypatch.setattr(geo, "article_entities", lambda arts, nlp=None: entities[:len(arts)])
    gp = Geoparser(load_gazetteer())
    for mode, reached in REACHED[corpus].items():
        scores = geo.evaluate_geo(Path(path), gold_spans=mode == "gold", geoparser=gp,
                                  nlp=object()).to_json()
        for key, level in reached.items():
            if key == "auc":
                assert scores[key] <= level + SLACK, (corpus, mode, key, scores)
            else:
                assert scores[key] >= level - SLACK, (corpus, mode, key, scores)
