"""The stage order, written once: read → clean → language → casing → nlp → events (detect) →
actors → places → dates → numbers → claims → merge → store/export.

:class:`Pipeline` holds the resources (spaCy pipeline, detector, actor extractor, geoparser);
each is loaded lazily on first use, once per process, or passed in (tests pass small fakes).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import merge as merge_stage
from .casing import Truecaser, user_words
from .claims import find_claim
from .clean import clean
from .dates import event_date, find_timexes
from .dates.after import counts_back, soon_after
from .dates.order import day_first_for
from .dates.repeats import counts_of_day, repeated_days
from .errors import DocumentError, ResourceError
from .events.arrests import arrests_in_conflict
from .events.clauses import in_sequence_clause, tells_further
from .events.detect import Candidate, Detector
from .events.devices import undetonated_devices
from .events.features import SentenceInContext
from .events.policing import police_actions, police_toll
from .events.protests import arrests_at_protests
from .events.reference import refers_back
from .events.roles import retyped
from .events.tolls import untolled_disasters
from .merge.evidence import history, window_of
from .language import READABLE, detect_language, language_failure
from .nlp import defers_entities, load_pipeline, parse, recognise, split_sentences
from .numbers import find_counts
from .read import Columns, iter_inputs
from .records import (
    Counts,
    DateValue,
    Document,
    Entity,
    Event,
    EventMention,
    Evidence,
    Failure,
    Place,
    RawDocument,
    Sentence,
    Target,
    event_id,
    kept_confidence,
)
from .taxonomy import CIVILIAN_LABELS, CONTACT_LABELS, HARMLESS_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actors import ActorExtractor
    from .foreign import ForeignReader
    from .places import Geoparser

STAGES = ("read", "clean", "language", "casing", "nlp", "detect", "actors", "places", "dates",
          "numbers", "claims", "merge", "store")

# The most candidate sentences (sentences naming an event word) one document may have. On the
# 218 articles of the events-e2e dev set the median is 4, the 95th percentile 12 and the most
# 35; a long-form report of 200,000 characters at that density has under 1,000. Each costs
# about 3 ms of parsing and detection (4.0 CPU s per 100 KB of dense events, 1,441 candidates,
# 2026-12-05: `python benchmarks/pathological.py --cpu --stages "varied events"`), so the cap
# bounds one document's work to about 3 s. A document over it is recorded as a failure saying
# so.
MAX_CANDIDATE_SENTENCES = 1_000
# A document none of whose events is at least this likely skips the actor, place and date
# stages (the commands pass :func:`document_gate` of their ``--min-confidence``). A document whose
# best event is below the output threshold but at least this likely is read in full: its
# events may join a confident report of the same happening from another outlet when reports
# are merged, as the merged event is at least as confident as its surest report. On the
# corpus's aside split a candidate sentence below 0.3 reports a real event in scope about 1
# time in 5 (``python benchmarks/detector.py``, reliability table). Measured on 2026-12-04
# at the default threshold of 0.7 (`eventwire eval merge ../shared/eval/merge-ecbplus/docs.jsonl`
# and `python benchmarks/speed.py --workers 2`, idle machine): the gate at 0.7 (the threshold,
# as before) gives ECB+ dev pairwise F1 0.439 and 2.06x plain spaCy's speed; at 0.5, 0.490 and
# 1.96x; at 0.3, 0.578 and 1.91-1.95x. Measured again on 2026-12-05 (session 13), after the
# parser was stepped from Python and merging read history and weekdays: at 0.3, ECB+ 0.727;
# at 0.1, 0.795; at 0.05, 0.814 (P 0.945, R 0.715), the events-e2e dev figures the same at
# each; eventwire's CPU seconds on the speed benchmark's articles (`python benchmarks/speed.py
# --workers 2`, its CPU line, on a loaded machine) 28.5 at 0.3, 29.5-31.2 at 0.1, 29.7-30.5 at
# 0.05, against plain spaCy's 40.3-41.4 (2.78x on idle cores at 0.05). Merging reports of one
# happening is what the gate buys; under a tenth of the run's time is its price.
DOCUMENT_GATE = 0.05


def document_gate(min_confidence: float) -> float:
    """The ``min_confidence`` a :class:`Pipeline` is given for output at ``min_confidence``:
    the lower of it and :data:`DOCUMENT_GATE`."""
    return min(min_confidence, DOCUMENT_GATE)



@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document and the events read from it."""

    document: Document
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A sentence worth parsing, with the spaCy parse once it has one."""

    sentence: Sentence
    index: int                      # position among the document's sentences
    parsed: Any = None              # spacy Doc of the sentence alone


class Pipeline:
    """Reads documents and returns events, stage by stage."""

    def __init__(self, *, nlp: Any = None, detector: Detector | None = None,
                 actor_extractor: ActorExtractor | None = None,
                 geoparser: Geoparser | None = None, outlets: str | Path | None = None,
                 truecaser: Truecaser | None = None, restore_case: bool = True,
                 actors: str | Path | None = None, min_confidence: float = 0.0,
                 include_crime: bool = False, foreign: ForeignReader | None = None) -> None:
        """Resources not given load on first use. ``outlets``: a table of news outlets and
        their home towns, added to the bundled one (see ``data/outlets.tsv``). ``actors``: a
        table of named actors added to the bundled one (see ``data/ACTORS.md``).
        ``restore_case``: ALL-CAPS and lower-case lines are given ordinary case before the
        NLP stage (see ``casing.py``). ``min_confidence``: a document none of whose events is at
        least this likely gives no events, without the work of finding their actors, places and
        dates (the default keeps every event the detector keeps); a document with one such
        event keeps all its events, so that folding retellings, and so ids, do not depend on
        the threshold. ``include_crime``: events of ordinary crime and policing are kept too,
        the threshold then compared with their confidence with crime counted
        (:func:`~eventwire.records.kept_confidence`). ``foreign`` reads documents in the other languages (see
        ``eventwire/foreign``)."""
        self._nlp = nlp
        self._detector = detector
        self._actors = actor_extractor
        self._geoparser = geoparser
        self._outlets = outlets
        self._truecaser = truecaser
        self._restore_case = restore_case
        self._actor_table = actors
        self._min_confidence = min_confidence
        self._include_crime = include_crime
        self._foreign = foreign

    # -- resources, loaded on first use --------------------------------------------------

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_pipeline()
        return self._nlp

    @property
    def detector(self) -> Detector:
        if self._detector is None:
            self._detector = Detector(include_crime=self._include_crime)
        return self._detector

    @property
    def actor_extractor(self) -> ActorExtractor:
        if self._actors is None:
            from .actors import ActorExtractor
            from .actors.table import load_actor_table
            self._actors = ActorExtractor(load_actor_table(self._actor_table)
                                          if self._actor_table is not None else None)
        return self._actors

    @property
    def geoparser(self) -> Geoparser:
        if self._geoparser is None:
            from .places import Geoparser, load_gazetteer, outlet_directory
            self._geoparser = Geoparser(load_gazetteer(), outlet_directory(self._outlets))
        return self._geoparser

    @property
    def foreign(self) -> ForeignReader:
        if self._foreign is None:
            from .foreign import ForeignReader
            from .foreign.typer import load_typer
            self._foreign = ForeignReader(self.detector.model, self.detector.encoder,
                                          lambda: self.geoparser,
                                          max_sentences=MAX_CANDIDATE_SENTENCES,
                                          typer=load_typer())
        return self._foreign

    @property
    def truecaser(self) -> Truecaser:
        if self._truecaser is None:
            self._truecaser = Truecaser()
        return self._truecaser

    # -- stages --------------------------------------------------------------------------

    def read(self, paths: Sequence[str], *, published: date | None = None,
             stdin: Any = None, columns: Columns | None = None
             ) -> Iterator[Document | Failure]:
        """read → clean: the documents eventwire reads, or why it could not. ``published``
        is the date of documents that give none; ``columns`` maps table columns."""
        for raw in iter_inputs(paths, stdin=stdin, columns=columns):
            if isinstance(raw, Failure):
                yield raw
            else:
                yield clean_or_failure(raw, published)

    def cased_text(self, text: str) -> str:
        """``text`` as the stages read it: caseless lines restored, the length unchanged."""
        return self.truecaser.restore(text) if self._restore_case else text

    def process(self, documents: Sequence[Document]) -> list[DocumentResult]:
        """casing → nlp → ... → merge, for a batch. Events are read from the restored text
        (same offsets) and carry the words of the user's. Documents in another language
        are read by ``eventwire.foreign``."""
        foreign = [d.language is not None and d.language not in READABLE for d in documents]
        english = [d for d, f in zip(documents, foreign, strict=True) if not f]
        cased = [self._cased(d) for d in english]
        done = iter([r if c is d else DocumentResult(d, user_words(r.events, c.text, d.text,
                                                                   d.ref))
                     for d, c, r in zip(english, cased, self._process(cased) if cased else [],
                                        strict=True)])
        out = [DocumentResult(d, self.foreign.read(d, self._min_confidence)) if f
               else next(done) for d, f in zip(documents, foreign, strict=True)]
        _freeze_loaded_heap()
        return out

    def _cased(self, doc: Document) -> Document:
        text = self.cased_text(doc.text)
        title = self.cased_text(doc.title) if doc.title else doc.title
        return doc if (text, title) == (doc.text, doc.title) else replace(doc, text=text,
                                                                          title=title)

    def _process(self, documents: Sequence[Document]) -> list[DocumentResult]:
        """nlp → detect → actors → places → dates → numbers → claims → merge, for a batch."""
        sentences = [split_sentences(d.text) for d in documents]
        candidates = [[_Candidate(s, i) for i, s in enumerate(sents)
                       if self.detector.is_candidate(s.text)] for sents in sentences]
        for doc, cands in zip(documents, candidates, strict=True):
            if len(cands) > MAX_CANDIDATE_SENTENCES:
                raise DocumentError(
                    f"{len(cands):,} sentences name an event, more than the "
                    f"{MAX_CANDIDATE_SENTENCES:,} one document may have: split it into articles "
                    "(one .jsonl record each)", source=doc.source, line=doc.line, stage="detect")
        flat = [c for cs in candidates for c in cs]
        # Entities are recognised only in the sentences whose entities are read (see
        # nlp.RECOGNIZER): those detection asks for, and those of the documents read in full.
        late = defers_entities(self.nlp)
        parsed = parse(self.nlp, (c.sentence.text for c in flat), entities=not late)
        it = iter(parsed)
        candidates = [[_Candidate(c.sentence, c.index, next(it)) for c in cs] for cs in candidates]
        found = iter(self.detector.detect([
            Candidate(c.parsed, c.sentence, _context(d, sents, c.index))
            for d, sents, cs in zip(documents, sentences, candidates, strict=True)
            for c in cs], **({"recognise": self._recognise} if late else {})))
        mentions = [[next(found) for _ in cs] for cs in candidates]
        return [self._document(d, sents, cands, ms) for d, sents, cands, ms
                in zip(documents, sentences, candidates, mentions, strict=True)]

    def _document(self, doc: Document, sentences: Sequence[Sentence],
                  candidates: Sequence[_Candidate],
                  mentions: Sequence[tuple[EventMention, ...]]) -> DocumentResult:
        # ordinary policing the parse reads first (force on a person, arrests made or only
        # named: events.policing), so that the article-level passes see its arrests
        mentions = police_actions(mentions, [c.parsed for c in candidates],
                                  [c.sentence for c in candidates])
        mentions = undetonated_devices(arrests_in_conflict(arrests_at_protests(mentions)))
        if not any(kept_confidence(m, self._include_crime) >= self._min_confidence
                   for ms in mentions for m in ms):
            return DocumentResult(doc, ())      # nothing holds an event: no places, no dates
        self._recognise([c.parsed for c in candidates])
        entities = [e for c in candidates for e in _entities(c.parsed, c.sentence.start)]
        places = self.geoparser.places(doc.text, entities, dateline=doc.dateline,
                                       outlet=doc.url, title=doc.title)
        home = self.geoparser.home_dateline(doc.dateline, doc.url)
        timexes = find_timexes(doc.text, doc.published,
                               day_first=day_first_for(doc.language, doc.url))
        events: list[Event] = []
        refer_back: set[str] = set()
        for cand, found in zip(candidates, mentions, strict=True):
            hits = self.actor_extractor.sentence_targets(cand.parsed, cand.sentence, found)
            apart = _told_apart(cand, found)
            labels: set[str] = set()
            for mention, targets, aside in zip(found, hits, apart, strict=True):
                further = bool(labels) and _further(cand, mention)
                told = list(self._events(doc, sentences, cand, mention, places, timexes,
                                         targets, aside, home, further,
                                         again=further and mention.type.label in labels))
                labels.add(mention.type.label)
                if refers_back(cand.parsed, mention.trigger_span[0] - cand.sentence.start):
                    refer_back.update(e.id for e in told)
                events.extend(told)
        folded = untolled_disasters(merge_stage.fold_article(events, refer_back), doc.text)
        return DocumentResult(doc, tuple(merge_stage.merge(folded)))

    def _recognise(self, docs: Sequence[Doc]) -> None:
        recognise(self.nlp, docs)

    def _events(self, doc: Document, sentences: Sequence[Sentence], cand: _Candidate,
                mention: EventMention, places: Sequence[Place], timexes: Sequence[Any],
                targets: tuple[Target, ...] = (), aside: bool = False,
                home: Place | None = None, further: bool = False, again: bool = False
                ) -> Iterator[Event]:
        """The events of one mention (one a place and day it names). ``further``: a further
        happening a later clause tells (:func:`_further`), whose figures are its clause's;
        ``again``: one of a label its sentence told before, whose id it must not take."""
        sentence = cand.sentence
        locations: Sequence[Place | None] = self.geoparser.event_locations(
            places, doc.text, sentence, mention.trigger_span, parse=cand.parsed,
            sentence_first=mention.type.label in CONTACT_LABELS, home=home,
            claim=mention.type.label == "ATTRIB") or (None,)
        countries = {p.iso2 for p in locations if p is not None}
        actor1, actor2 = self.actor_extractor.actors(
            cand.parsed, sentence, mention, text=doc.text, title=doc.title,
            where=next(iter(countries)) if len(countries) == 1 else None)
        mention = retyped(mention, actor1, actor2, cand.parsed)
        when = event_date(timexes, sentence, mention.trigger_span, doc.published,
                          mention.type.label, parsed=cand.parsed)
        all_counts = (_clause_counts(doc.text, sentence, mention) if further
                      else find_counts(doc.text, sentence, mention.trigger_span,
                                       parse=cand.parsed))
        # the one person police force killed, where the text gives no figure
        all_counts = police_toll(all_counts, cand.parsed, sentence, mention)
        claim = find_claim(doc.text, sentences, cand.index)
        evidence = Evidence(sentence.text, (sentence.start, sentence.end))
        several = len(locations) > 1
        # the act told again on other days of its sentence: one event per day (ACLED's unit);
        # an act told aside, as what came before or after the main clause's, has none of its
        # days, but its own counted back from them ("on Wednesday, a day after a truce"), or
        # theirs when it came hours before or after ("on Tuesday night, hours after police
        # arrested the mayor")
        if (aside and when is not None and not counts_back(when.text)
                and not soon_after(sentence, mention.trigger_span)
                and _in_main_clause(when, cand, sentence)):
            when = None
        days = (() if aside else repeated_days(timexes, sentence, when)) or (when,)
        for place, k in product(locations, range(len(days))):
            key = (place.geonameid or place.name) if several and place else None
            if again:
                key = f"{'' if key is None else key}@{mention.trigger_span[0]}"
            counts = counts_of_day(all_counts, days, k) if len(days) > 1 else all_counts
            yield _dated_history(Event(
                id=event_id(doc.id, evidence.span, mention.type.label, key,
                            day=None if days[k] == when else days[k].start),
                type=mention.type, evidence=evidence, document=doc.ref, date=days[k],
                actor1=actor1, actor2=actor2, location=place,
                fatalities=None if mention.type.label in HARMLESS_LABELS else counts.fatalities,
                injured=counts.injured, arrested=counts.arrested,
                civilian_targeting=(mention.type.label in CIVILIAN_LABELS
                                    or (actor2 is not None and actor2.inter == 7)),
                claim=claim, confidence=mention.confidence, scope=mention.scope,
                background=mention.background,
                confidence_with_crime=mention.confidence_with_crime, targets=targets,
            ))

    def extract(self, documents: Iterable[Document], batch_size: int = 32
                ) -> Iterator[DocumentResult | Failure]:
        """Process documents in batches; a document that fails is reported and skipped."""
        batch: list[Document] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._safe_process(batch)
                batch = []
        if batch:
            yield from self._safe_process(batch)

    def _safe_process(self, batch: Sequence[Document]) -> Iterator[DocumentResult | Failure]:
        try:
            results = self.process(batch)
        except ResourceError:
            raise                         # a missing model fails every document: stop now
        except Exception as exc:  # noqa: BLE001 - a bad document never stops the batch
            if len(batch) == 1:
                doc = batch[0]
                yield (Failure(doc.source, doc.line, exc.stage, exc.reason)
                       if isinstance(exc, DocumentError) else
                       Failure(doc.source, doc.line, "extract", f"{type(exc).__name__}: {exc}"))
            else:                         # isolate the failing document: retry one by one
                for doc in batch:
                    yield from self._safe_process([doc])
            return
        yield from results


def _freeze_loaded_heap() -> None:
    """Once per process, after its first batch (the models and tables it uses then loaded):
    move every object alive to the collector's permanent generation. Python's full
    collections otherwise walk the models' millions of objects (about 0.08 s each), more of
    them the longer a document: on long event-dense documents the time per character grew
    up to 2.53x per doubling, 2.23x frozen (`python benchmarks/pathological.py --cpu "events
    with tolls"`, 2026-12-05; at 128 KB 0.09 of 1.34 CPU s in collections, 0.02 frozen).
    Objects frozen are still freed when no longer referenced."""
    global _HEAP_FROZEN
    if not _HEAP_FROZEN:
        _HEAP_FROZEN = True
        gc.freeze()


_HEAP_FROZEN = False


def clean_or_failure(raw: RawDocument, published: date | None) -> Document | Failure:
    """The clean stage, then the language's: a bad document, or one in a language eventwire
    cannot read (see ``language.foreign_languages``), is turned into a recorded
    :class:`Failure`."""
    try:
        doc = clean(raw, published=published)
    except DocumentError as exc:
        return Failure(raw.source, raw.line, exc.stage, exc.reason)
    language = detect_language(doc.text)
    if not language.readable:
        return Failure(raw.source, raw.line, "language", language_failure(language))
    return replace(doc, language=language.code)



def _further(cand: _Candidate, mention: EventMention) -> bool:
    """The mention is read in a later clause of its sentence that tells a further happening
    (:func:`.events.clauses.another_verb`: "..., and a second device went off at Y")."""
    return (mention.clause is not None and mention.clause[0] > cand.sentence.start
            and tells_further(cand.parsed, cand.sentence.start, mention))


def _clause_counts(text: str, sentence: Sentence, mention: EventMention) -> Counts:
    """The counts of a further event its sentence tells in a clause of its own ("..., and a
    second bomb hit a market in X, killing five"): read from that clause alone, not from the
    figures of the happening told before it."""
    start, end = mention.clause or (sentence.start, sentence.end)
    clause = Sentence(text[start:end], start, end)
    return find_counts(text, clause, mention.trigger_span)

def _told_apart(cand: _Candidate, found: Sequence[EventMention]) -> list[bool]:
    """For each of a sentence's events, whether it is told aside, as what came before or
    after the act of the sentence's main clause (:func:`.events.clauses.in_sequence_clause`),
    where the sentence's main event, which the detector gives first, is that act ("drones hit
    the town on Tuesday, a day after a bomber struck in X": the bombing; not the protest of
    "police arrested eight after demonstrators sat down")."""
    apart = [in_sequence_clause(cand.parsed, m.trigger_span[0] - cand.sentence.start)
             for m in found]
    # the detector gives the sentence's main event first
    return [k > 0 and a for k, a in enumerate(apart)] if apart and not apart[0] else (
        [False] * len(found))


def _in_main_clause(when: DateValue, cand: _Candidate, sentence: Sentence) -> bool:
    """The date is read in its sentence, outside what came before or after its main clause
    (:func:`.events.clauses.in_sequence_clause`)."""
    if not sentence.start <= when.span[0] < sentence.end:
        return False
    return not in_sequence_clause(cand.parsed, when.span[0] - sentence.start)


def _context(doc: Document, sentences: Sequence[Sentence], index: int) -> SentenceInContext:
    """What the detector's model reads around a sentence: the title and the neighbours."""
    return SentenceInContext(
        sentences[index].text, title=doc.title or "",
        before=sentences[index - 1].text if index else "",
        after=sentences[index + 1].text if index + 1 < len(sentences) else "", index=index)


def _entities(parsed: Doc, offset: int) -> Iterator[Entity]:
    for ent in parsed.ents:
        yield Entity(ent.text, ent.start_char + offset, ent.end_char + offset, ent.label_)


def _dated_history(e: Event) -> Event:
    """The event told as background when its own words date it more than a year before its
    report ("soldiers who in 1943 liberated the village"): history, whatever the detector read
    (:func:`.merge.evidence.history`, by which the merge already treats it so)."""
    if e.background or not history(e, window_of(e)):
        return e
    return replace(e, background=True)
