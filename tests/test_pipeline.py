"""The pipeline's wiring, with small fakes in place of the models and the gazetteer."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from eventwire.errors import ResourceError
from eventwire.pipeline import STAGES, Pipeline
from eventwire.records import Document, EventMention, Failure, Place, document_id
from eventwire.taxonomy import event_type

TEXT = ("Warplanes struck Ariha on Monday, killing seven people, rescuers said.\n\n"
        "The town lies south of Idlib.\n\n"
        "Bombers struck markets in Saraqib and Idlib.")


class FakeDetector:
    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on

    def is_candidate(self, text: str) -> bool:
        return "struck" in text

    def detect(self, sent, sentence):
        if self.fail_on and self.fail_on in sentence.text:
            raise ValueError("detector broke")
        i = sentence.text.index("struck")
        return (EventMention(event_type("AIR_STRIKE"), "struck",
                             (sentence.start + i, sentence.start + i + 6), sentence, 0.9),)


class FakeActors:
    def actors(self, sent, sentence, mention):
        return None, None


class FakeGeoparser:
    COORDS = {"Ariha": (1, 35.8, 36.6), "Idlib": (2, 35.9, 36.6), "Saraqib": (3, 35.9, 36.8)}

    def places(self, text, entities, *, dateline=None, outlet_country=None):
        out = []
        for name, (gid, lat, lon) in self.COORDS.items():
            start = text.find(name)
            while start >= 0:
                out.append(Place(name, name, (start, start + len(name)), "Syria", "SY",
                                 latitude=lat, longitude=lon, geonameid=gid, geo_precision=1))
                start = text.find(name, start + 1)
        return tuple(sorted(out, key=lambda p: p.span))

    def event_locations(self, places, text, sentence, trigger_span):
        inside = [p for p in places if sentence.start <= p.span[0] < sentence.end]
        return tuple({p.geonameid: p for p in inside}.values())


class CountingNLP:
    """A blank English pipeline that records what it was asked to parse."""

    def __init__(self):
        self.nlp = spacy.blank("en")
        self.seen: list[str] = []

    def pipe(self, texts, batch_size=64):
        for t in texts:
            self.seen.append(t)
            yield self.nlp(t)


def _doc(text=TEXT, published=date(2019, 5, 14)):
    return Document(id=document_id(text), text=text, source="mem.txt", published=published)


def _pipeline(**kw):
    nlp = kw.pop("nlp", CountingNLP())
    return Pipeline(nlp=nlp, detector=kw.pop("detector", FakeDetector()),
                    actor_extractor=FakeActors(), geoparser=FakeGeoparser()), nlp


def test_stage_order_is_written_once():
    assert STAGES[0] == "ingest" and STAGES[-1] == "store"
    assert STAGES.index("nlp") < STAGES.index("detect") < STAGES.index("places")


def test_only_candidate_sentences_are_parsed():
    pipe, nlp = _pipeline()
    pipe.process([_doc()])
    assert nlp.seen == [TEXT.split("\n\n")[0], TEXT.split("\n\n")[2]]


def test_events_carry_evidence_ids_and_places():
    pipe, _ = _pipeline()
    (result,) = pipe.process([_doc()])
    events = result.events
    first = events[0]
    assert first.location.name == "Ariha"
    assert TEXT[first.evidence.span[0]:first.evidence.span[1]] == first.evidence.sentence
    assert first.document.published == date(2019, 5, 14)
    # one sentence in two places gives two events with distinct, stable ids
    last_sentence = [e for e in events if "Bombers" in e.evidence.sentence]
    assert {e.location.name for e in last_sentence} == {"Saraqib", "Idlib"}
    again = _pipeline()[0].process([_doc()])[0].events
    assert [e.id for e in again] == [e.id for e in events]
    assert len({e.id for e in events}) == len(events)


def test_a_bad_document_is_recorded_and_the_batch_goes_on():
    pipe, _ = _pipeline(detector=FakeDetector(fail_on="Bombers"))
    good = _doc("Jets struck Idlib on Monday.")
    results = list(pipe.extract([_doc(), good], batch_size=2))
    assert isinstance(results[0], Failure) and "detector broke" in results[0].message
    assert results[0].stage == "extract"
    assert results[1].document == good and results[1].events


def test_a_missing_model_stops_the_run():
    class NoModel:
        def pipe(self, texts, batch_size=64):
            raise ResourceError("no model")
            yield  # pragma: no cover

    pipe, _ = _pipeline(nlp=NoModel())
    with pytest.raises(ResourceError):
        list(pipe.extract([_doc()]))
