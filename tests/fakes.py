"""Small fakes for the pipeline's resources: tests swap them in for the models."""

from __future__ import annotations

from datetime import date

import spacy

from eventwire.pipeline import Pipeline
from eventwire.places.recognize import Mention
from eventwire.records import Document, EventMention, Place, document_id
from eventwire.taxonomy import event_type

TEXT = ("Warplanes struck Ariha on Monday, killing seven people, rescuers said.\n\n"
        "The town lies south of Idlib.\n\n"
        "Bombers struck markets in Saraqib and Idlib.")


class FakeDetector:
    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on

    def is_candidate(self, text: str) -> bool:
        return "struck" in text

    def detect(self, candidates):
        return [self._one(c.sentence) for c in candidates]

    def _one(self, sentence):
        if self.fail_on and self.fail_on in sentence.text:
            raise ValueError("detector broke")
        i = sentence.text.index("struck")
        return (EventMention(event_type("AIR_STRIKE"), "struck",
                             (sentence.start + i, sentence.start + i + 6), sentence, 0.9),)


class FakeActors:
    def actors(self, sent, sentence, mention, *, text=None, title=None, where=None):
        return None, None

    def sentence_targets(self, sent, sentence, mentions):
        return tuple(() for _ in mentions)


class FakeGeoparser:
    COORDS = {"Ariha": (1, 35.8, 36.6), "Idlib": (2, 35.9, 36.6), "Saraqib": (3, 35.9, 36.8)}

    def places(self, text, entities, *, dateline=None, outlet=None, title=None):
        out = []
        for name, (gid, lat, lon) in self.COORDS.items():
            start = text.find(name)
            while start >= 0:
                out.append(Place(name, name, (start, start + len(name)), "Syria", "SY",
                                 latitude=lat, longitude=lon, geonameid=gid, geo_precision=1))
                start = text.find(name, start + 1)
        return tuple(sorted(out, key=lambda p: p.span))

    def home_dateline(self, dateline, outlet):
        return None

    def event_locations(self, places, text, sentence, trigger_span, *, parse=None,
                        sentence_first=False, home=None, claim=False):
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


def make_document(text=TEXT, published=date(2019, 5, 14), source="mem.txt"):
    return Document(id=document_id(text), text=text, source=source, published=published)


def fake_pipeline(detector=None, nlp=None):
    return Pipeline(nlp=nlp or CountingNLP(), detector=detector or FakeDetector(),
                    actor_extractor=FakeActors(), geoparser=FakeGeoparser())


def mentions(text: str, *names: str) -> list[Mention]:
    """Place-name mentions of ``names``, found in ``text`` in order (as spaCy's GPEs)."""
    out, pos = [], 0
    for n in names:
        pos = text.index(n, pos)
        out.append(Mention(pos, pos + len(n), n, "GPE"))
        pos += len(n)
    return out
