"""The pipeline's wiring, with small fakes in place of the models and the gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import ResourceError
from eventwire.pipeline import STAGES, Pipeline
from eventwire.records import Failure

from fakes import (
    TEXT, CountingNLP, FakeActors, FakeDetector, FakeGeoparser, fake_pipeline,
    make_document as _doc,
)


def _pipeline(detector=None, nlp=None):
    nlp = nlp or CountingNLP()
    return fake_pipeline(detector=detector, nlp=nlp), nlp


def test_stage_order_is_written_once():
    assert STAGES[0] == "read" and STAGES[-1] == "store"
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


def test_a_document_naming_too_many_events_is_recorded_unparsed(monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.MAX_CANDIDATE_SENTENCES", 1)
    pipe, nlp = _pipeline()
    good = _doc("Jets struck Idlib on Monday.")
    results = list(pipe.extract([_doc(), good], batch_size=2))
    assert isinstance(results[0], Failure) and results[0].stage == "detect"
    assert results[0].message.startswith("2 sentences name an event, more than the 1 ")
    assert results[1].document == good and results[1].events
    assert TEXT.split("\n\n")[0] not in nlp.seen        # the long one was never parsed


def test_a_missing_model_stops_the_run():
    class NoModel:
        def pipe(self, texts, batch_size=64):
            raise ResourceError("no model")
            yield  # pragma: no cover

    pipe, _ = _pipeline(nlp=NoModel())
    with pytest.raises(ResourceError):
        list(pipe.extract([_doc()]))


def test_a_threshold_skips_documents_with_no_event_that_likely():
    class CountingGeoparser(FakeGeoparser):
        calls = 0

        def places(self, *args, **kwargs):
            CountingGeoparser.calls += 1
            return super().places(*args, **kwargs)

    def pipe(min_confidence):
        return Pipeline(nlp=CountingNLP(), detector=FakeDetector(), actor_extractor=FakeActors(),
                        geoparser=CountingGeoparser(), min_confidence=min_confidence)

    everything = pipe(0.0).process([_doc()])[0].events
    assert everything and all(e.confidence == 0.9 for e in everything)
    # at or under the fake detector's 0.9, the same events with the same ids
    assert pipe(0.9).process([_doc()])[0].events == everything
    CountingGeoparser.calls = 0
    assert pipe(0.95).process([_doc()])[0].events == ()
    assert CountingGeoparser.calls == 0     # no place work for a document left with nothing


@pytest.mark.parametrize("url,day", [("https://news.example.co.uk/a", date(2019, 4, 3)),
                                     ("https://news.example.com/a", date(2019, 3, 4))])
def test_numeric_dates_are_read_in_the_order_of_the_documents_country(url, day):
    from dataclasses import replace
    doc = replace(_doc("Jets struck Ariha on 03/04/2019, residents said."), url=url,
                  language="en")
    (result,) = _pipeline()[0].process([doc])
    assert result.events[0].date.start == day


def test_a_document_is_read_in_full_down_to_the_gate_or_the_threshold_if_lower():
    from eventwire.pipeline import DOCUMENT_GATE, document_gate
    assert document_gate(0.9) == DOCUMENT_GATE
    assert document_gate(DOCUMENT_GATE / 2) == DOCUMENT_GATE / 2
    assert document_gate(0.0) == 0.0


def test_a_document_read_in_full_has_the_entities_of_a_full_parse():
    from eventwire.nlp import load_pipeline, parse

    class Detecting(FakeDetector):
        parsed_with_entities: list[bool] = []

        def detect(self, candidates, *, recognise=None):
            # parsed without entities; the detector may ask for them
            Detecting.parsed_with_entities = [c.parsed.has_annotation("ENT_IOB")
                                              for c in candidates]
            recognise([c.parsed for c in candidates[:1]])
            assert candidates[0].parsed.has_annotation("ENT_IOB")
            return super().detect(candidates)

    class Recording(FakeGeoparser):
        entities: list = []

        def places(self, text, entities, **kwargs):
            Recording.entities = entities
            return super().places(text, entities, **kwargs)

    nlp = load_pipeline()
    pipe = Pipeline(nlp=nlp, detector=Detecting(), actor_extractor=FakeActors(),
                    geoparser=Recording())
    (result,) = pipe.process([_doc()])
    assert result.events and Detecting.parsed_with_entities == [False, False]
    paragraphs = TEXT.split("\n\n")
    expected = [(e.text, e.label_) for d in parse(nlp, [paragraphs[0], paragraphs[2]])
                for e in d.ents]
    assert expected and [(e.text, e.label) for e in Recording.entities] == expected


def test_every_event_carries_what_its_sentence_says_was_hit_in_the_users_words():
    from eventwire.actors import ActorExtractor
    from eventwire.nlp import load_pipeline

    text = ("Gunmen struck a clinic and a school in Ariha on Monday, witnesses said.\n\n"
            "A SECOND GROUP STRUCK A FUEL DEPOT IN SARAQIB.\n\n"
            "Jets struck near the hospital in Idlib, residents said.")
    class Detecting(FakeDetector):
        def detect(self, candidates, *, recognise=None):
            return super().detect(candidates)

    pipe = Pipeline(nlp=load_pipeline(), detector=Detecting(),
                    actor_extractor=ActorExtractor(), geoparser=FakeGeoparser())
    (result,) = pipe.process([_doc(text)])
    hit = {e.location.name: [(t.kind, t.text) for t in e.targets] for e in result.events}
    assert hit == {"Ariha": [("health facility", "clinic"), ("school", "school")],
                   "Saraqib": [("post or base", "FUEL DEPOT")],     # as the user wrote it
                   "Idlib": []}                    # near the hospital: where, not what
    for e in result.events:
        assert all(text[t.span[0]:t.span[1]] == t.text for t in e.targets)


def test_an_event_its_words_date_over_a_year_before_its_report_is_background():
    from merge_builders import report

    from eventwire.pipeline import _dated_history

    old = report("a", "Soldiers who in 1943 liberated the village were honoured.",
                 day=date(1943, 6, 1), published=date(2026, 12, 1))
    recent = report("b", "Rebels attacked the town on Friday.", day=date(2026, 11, 27),
                    published=date(2026, 12, 1))
    undated = report("c", "Rebels attacked the town.", day=None, published=date(2026, 12, 1))
    assert _dated_history(old).background
    assert not _dated_history(recent).background
    assert not _dated_history(undated).background


def test_an_arrest_carries_no_fatalities_of_the_act_it_is_for():
    """Labels of acts that kill no one (taxonomy.HARMLESS_LABELS) carry no fatalities; an
    attack's sentence keeps its dead."""
    from eventwire.records import Document

    text = ("A 31-year-old man has been arrested on suspicion of murder after a woman was found "
            "dead at a flat in Leeds on Monday. Gunmen shot dead three farmers near Jos on "
            "Tuesday, police said.")
    doc = Document(id="harmless", text=text, source="test", title=None, url=None,
                   published=date(2026, 12, 3))
    events = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events]
    arrests = [e for e in events if e.type.label == "ARREST"]
    attacks = [e for e in events if e.type.label in ("ATTACK", "ARMED_CLASH")]
    assert arrests and all(e.fatalities is None for e in arrests)
    assert attacks and any(e.fatalities is not None and e.fatalities.best == 3 for e in attacks)


def test_an_act_told_again_on_another_day_is_an_event_per_day():
    """"Shelled the port on Sunday night, killing two, and again on Tuesday": two shellings,
    each with its day, its own id and its own dead (dates.repeats); a rerun gives the same."""
    from eventwire.records import Document

    text = ("Artillery shelled the river port of Kherson on Sunday night, killing two "
            "civilians, and again on Tuesday, officials said.")
    doc = Document(id="again", text=text, source="test", title=None, url=None,
                   published=date(2023, 9, 14))

    def shellings():
        events = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events]
        return sorted((e for e in events if e.type.label == "ART_MISS_ATTACK"),
                      key=lambda e: e.date.start)

    sunday, tuesday = shellings()
    assert (sunday.date.start, tuesday.date.start) == (date(2023, 9, 10), date(2023, 9, 12))
    assert sunday.fatalities.best == 2 and tuesday.fatalities is None
    assert sunday.id != tuesday.id
    assert [e.id for e in shellings()] == [sunday.id, tuesday.id]


def test_a_further_happening_a_clause_tells_is_an_event_of_its_own():
    """"A car bomb exploded in Mosul, killing four, and another bomb went off in Kirkuk two
    hours later": two bombings, each at its place, with its own id and its own dead; a count
    of more people hurt is no further bombing."""
    from eventwire.records import Document

    def bombings(text):
        doc = Document(id=text[:20], text=text, source="test", title=None, url=None,
                       published=date(2025, 3, 8))
        events = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events]
        return sorted((e for e in events if e.type.label == "REM_EXPLOS"),
                      key=lambda e: e.evidence.span[0] + (e.location.name == "Kirkuk"))

    mosul, kirkuk = bombings("A car bomb exploded near a mosque in Mosul on Friday, killing "
                             "four worshippers, and another bomb went off at a bus station in "
                             "Kirkuk two hours later.")
    assert (mosul.location.name, kirkuk.location.name) == ("Mosul", "Kirkuk")
    assert mosul.fatalities.best == 4 and kirkuk.fatalities is None
    assert mosul.id != kirkuk.id
    (one,) = bombings("A car bomb exploded near a mosque in Mosul on Friday, killing four "
                      "worshippers, and another 20 people were wounded.")
    assert one.fatalities.best == 4


def test_doers_coming_back_to_kill_is_an_event_on_that_day_with_its_dead():
    """"Stormed the town late on Sunday, and returned on Tuesday morning to kill three": two
    attacks, the dead the Tuesday one's (dates.repeats), not the storming's."""
    from eventwire.records import Document

    text = ("Gunmen stormed two neighbourhoods of Mirebalais late on Sunday, and returned on "
            "Tuesday morning to kill three people waiting for a bus, residents said.")
    doc = Document(id="back", text=text, source="test", title=None, url=None,
                   published=date(2026, 1, 22))
    events = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events]
    attacks = sorted((e for e in events if e.type.label == "ATTACK"), key=lambda e: e.date.start)
    assert [e.date.start for e in attacks] == [date(2026, 1, 18), date(2026, 1, 20)]
    assert attacks[0].fatalities is None and attacks[1].fatalities.best == 3


def test_a_ship_hijacked_with_its_crew_is_an_abduction_kept_at_the_default_threshold():
    """"Pirates hijacked an oil tanker and took its 20 crew hostage": the model reads a foiled
    attack (DISR_WEAP, 0.5); the parse reads the crew taken (events.captives.craft_hijacked)."""
    from eventwire.records import Document

    text = ("Pirates armed with rifles hijacked an oil tanker in the Gulf of Aden on Monday and "
            "took its 20 crew hostage, the navy said.")
    doc = Document(id="pirates", text=text, source="test", title=None, url=None,
                   published=date(2026, 3, 10))
    events = [e for r in Pipeline().process([doc]) for e in r.events]
    assert [e.type.label for e in events] == ["ABDUCT_DISSAP"]


def test_an_act_told_as_what_came_before_the_news_has_none_of_its_days():
    """"Jets struck Gao on Sunday and again on Tuesday, days after a bomber blew himself up in
    Niamey": the strikes on their two days, the main clause's act whatever the model reads;
    the bombing, told aside, with no day of theirs (events.clauses.in_sequence_clause)."""
    from eventwire.records import Document

    text = ("Jets struck the rebel-held town of Gao on Sunday and again on Tuesday, days after "
            "the group said one of its fighters had blown himself up at a market in Niamey, "
            "killing 12 people.")
    doc = Document(id="aside", text=text, source="test", title=None, url=None,
                   published=date(2025, 11, 20))
    events = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events]
    strikes = sorted(e.date.start for e in events if e.type.label == "AIR_STRIKE")
    assert strikes == [date(2025, 11, 16), date(2025, 11, 18)]
    [bombing] = [e for e in events if e.type.label == "SUIC_BOMB"]
    assert bombing.date is None and bombing.location.name == "Niamey"


def test_an_act_told_aside_keeps_its_day_counted_back_from_the_news():
    """"Fighting flared again on Thursday, a day after a truce took effect": the fighting is
    the news, on Thursday; the truce, told aside, on the day counted back (dates.after)."""
    from eventwire.records import Document

    text = ("Fighting flared again in the hills outside the capital on Thursday evening, a day "
            "after a ceasefire between the two militias took effect.")
    doc = Document(id="counted", text=text, source="test", title=None, url=None,
                   published=date(2025, 11, 21))
    events = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events]
    days = {e.type.label: e.date.start for e in events if e.date is not None}
    assert days.get("ARMED_CLASH") == date(2025, 11, 20)
    assert days.get("AGREEMENT") == date(2025, 11, 19)


def test_an_act_told_hours_before_the_news_keeps_its_day_and_its_own_place():
    """"Rioters stoned police in X on Sunday night, hours after gendarmes arrested a union
    leader at his home in Y": the arrest, told aside, was on Sunday too (dates.after.soon_after),
    in Y, its own clause's place."""
    from eventwire.records import Document

    text = ("Rioters burned cars and stoned police in Kaolack on Sunday night, hours after "
            "gendarmes arrested a union leader at his home in Thies.")
    doc = Document(id="hours", text=text, source="test", title=None, url=None,
                   published=date(2025, 11, 18))
    events = {e.type.label: e for r in Pipeline(min_confidence=0.0).process([doc])
              for e in r.events}
    assert events["VIOL_DEMONSTR"].location.name == "Kaolack"
    arrest = events["ARREST"]
    assert arrest.location.name == "Thiès" and arrest.date.start == date(2025, 11, 16)


def test_an_arrest_retold_by_the_surname_is_one_event_at_its_place():
    """"Gendarmes arrested opposition lawmaker X at his home in A ... X's surname, a critic of
    the government who represents B, was detained on charges of ...": the surname stands for
    the person named after a role (actors.names.titled_surnames) and the arrest retold folds
    into the first telling, at A (merge.fold.arrested_key)."""
    from eventwire.records import Document

    text = ("Gendarmes arrested opposition lawmaker Lamine Faye at his home in Thies on "
            "Tuesday.\n\nFaye, a fierce critic of the government who represents Kaolack in "
            "parliament, was detained on charges of spreading false news.")
    doc = Document(id="retold", text=text, source="test", title=None, url=None,
                   published=date(2025, 11, 19))
    arrests = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events
               if e.type.label == "ARREST"]
    assert len(arrests) == 1 and arrests[0].actor2.name == "Lamine Faye"
    assert arrests[0].location.name == "Thiès" and len(arrests[0].mentions) == 2


def test_police_force_on_a_person_is_read_as_policing_with_the_police_acting():
    """events.policing, wired in: a sentence of police force no cue word names is read, its
    doer is the police though the actor table names no one, and it is ordinary policing
    (kept with --include-crime only)."""
    from eventwire.records import Document

    text = "Two officers punched a man outside a bar in Leeds on Friday night, his family said."
    doc = Document(id="force", text=text, source="test", title=None, url=None,
                   published=date(2026, 12, 1))
    (event,) = [e for r in Pipeline(min_confidence=0.0).process([doc]) for e in r.events]
    assert event.scope == "crime" and event.confidence_with_crime >= 0.7
    assert event.confidence < 0.7 and event.actor1.name.startswith("Police Forces")
