"""The clustering's edges between copies of one text (:func:`eventwire.merge.cluster.aligned`):
a sentence's event is its copy's in another outlet's version, not its neighbour's."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from merge_builders import FRIDAY, RAQQA, RAQQA_REGION, SYRIA, TABQA, report

from eventwire.merge import merge
from eventwire.records import Claim
from eventwire.merge.cluster import aligned
from eventwire.merge.evidence import profile, reports

STRIKES = "Russian and French warplanes bomb the city every day, residents say."
STRIKES_EDITED = "Russian and French jets bomb the city every day, former residents say."
HOMES = "Fighters have moved out of their bases into empty houses in residential districts."
HOMES_EDITED = "Fighters have moved from their bases into empty homes in residential districts."
LOCAL = "Warplanes from Russia and France have pounded Raqqa daily this week."


def _profiles(*events):
    return [profile(e) for e in events]


def test_an_edge_to_the_neighbour_of_a_sentences_copy_is_dropped():
    a1, a2 = report("wire", STRIKES), report("wire", HOMES, start=80, label="REM_EXPLOS")
    b1 = report("copy", STRIKES_EDITED)
    b2 = report("copy", HOMES_EDITED, start=80, label="REM_EXPLOS")
    links = [(2.0, 0, 2), (1.8, 1, 3), (0.3, 0, 3), (0.2, 1, 2)]
    assert aligned(links, _profiles(a1, a2, b1, b2)) == [(2.0, 0, 2), (1.8, 1, 3)]


def test_a_report_in_other_words_keeps_its_edges_to_a_copied_text():
    a1, a2 = report("wire", STRIKES), report("wire", HOMES, start=80, label="REM_EXPLOS")
    b1 = report("copy", STRIKES_EDITED)
    local = report("local", LOCAL)
    links = [(2.0, 0, 2), (0.9, 0, 3), (0.8, 2, 3), (0.1, 1, 3)]
    # the local paper's sentence is no copy of either: every edge of it stays
    assert aligned(links, _profiles(a1, a2, b1, local)) == links


def test_one_sentence_telling_two_events_keeps_both_copies_edges():
    both = "Police arrested 46 protesters after the riot in Nairobi on Tuesday."
    a_riot = report("wire", both, label="VIOL_DEMONSTR")
    a_arrest = report("wire", both, label="ARREST")
    b_riot = report("copy", both, label="VIOL_DEMONSTR")
    b_arrest = report("copy", both, label="ARREST")
    links = [(2.0, 0, 2), (2.0, 1, 3), (0.5, 0, 3), (0.5, 1, 2)]
    # each is a copy of the other's sentence: the labels decide elsewhere, not the copies
    assert aligned(links, _profiles(a_riot, a_arrest, b_riot, b_arrest)) == links


def test_a_report_of_the_copied_article_not_copied_keeps_no_edge_to_the_copy():
    a1, a2 = report("wire", STRIKES), report("wire", HOMES, start=80)
    b1 = report("short", STRIKES_EDITED)          # a trimmed version: the second paragraph cut
    links = [(2.0, 0, 2), (0.4, 1, 2)]
    # the short version's sentence is the wire's first, so not the wire's second
    assert aligned(links, _profiles(a1, a2, b1)) == [(2.0, 0, 2)]


def test_no_copies_no_change():
    a = report("wire", STRIKES)
    b = report("local", LOCAL)
    c = report("radio", "warplanes hit raqqa again today")
    links = [(1.0, 0, 1), (0.5, 1, 2), (0.4, 0, 2)]
    assert aligned(links, _profiles(a, b, c)) == links


TITLE = "Islamic State digs in at Raqqa as Russian and French strikes grow"
BOMB = "A car bomb exploded at a checkpoint on the edge of Raqqa, activists said."
BOMB_EDITED = "A car bomb went off at a checkpoint on the edge of Raqqa, activists said."


def _titled(e):
    return replace(e, document=replace(e.document, title=TITLE))


def test_two_copies_of_a_two_event_story_merge_sentence_by_sentence():
    """One place, no day, one title: the strikes of one copy met the car bomb of the other
    (score 2.7) and made one event of the story's two before copies were aligned."""
    events = [_titled(e) for e in (
        report("wire", "Russian and French warplanes bomb Raqqa every day, shaking it.",
               day=None, actor=None),
        report("copy", "Russian and French jets bomb Raqqa every day, shaking it.",
               day=None, actor=None),
        report("wire", BOMB, start=90, label="REM_EXPLOS", day=None, actor=None),
        report("copy", BOMB_EDITED, start=90, label="REM_EXPLOS", day=None, actor=None))]
    merged = merge(events)
    assert sorted(sorted(m.document.id + ":" + m.evidence.sentence.split()[0]
                         for m in e.mentions) for e in merged) == [
        ["copy:A", "wire:A"], ["copy:Russian", "wire:Russian"]]


CLAIM = "The militants claimed the car bombing at the checkpoint in Raqqa in a statement."


def test_a_claim_in_two_copies_still_joins_the_act_it_claims():
    events = [_titled(e) for e in (
        report("wire", BOMB, label="REM_EXPLOS", day=None, actor=None),
        report("copy", BOMB_EDITED, label="REM_EXPLOS", day=None, actor=None),
        report("wire", CLAIM, start=90, label="ATTRIB", day=None, actor="Islamic State"),
        report("copy", CLAIM, start=90, label="ATTRIB", day=None, actor="Islamic State"))]
    [event] = merge(events)
    assert event.type.label == "REM_EXPLOS" and len(event.mentions) == 4


def test_an_edge_between_a_claim_and_an_act_is_kept_whatever_the_copies():
    a1 = report("wire", BOMB, label="REM_EXPLOS")
    a2 = report("wire", CLAIM, start=90, label="ATTRIB")
    b1 = report("copy", BOMB_EDITED, label="REM_EXPLOS")
    b2 = report("copy", CLAIM, start=90, label="ATTRIB")
    links = [(2.0, 0, 2), (2.0, 1, 3), (0.5, 0, 3), (0.5, 1, 2)]
    assert aligned(links, _profiles(a1, a2, b1, b2)) == links


def _claim_links(claim: str, **claim_kw) -> tuple[list, list]:
    """The edges of a bombing and a claim told in a wire text and its copy: each sentence with
    its copy (kept by the copies) and each claim with the other outlet's bombing."""
    kw = {"label": "ATTRIB", "start": 90, "actor": "Islamic State", "confidence": 0.9}
    kw.update(claim_kw)
    events = [report("wire", BOMB, label="REM_EXPLOS", confidence=0.9),
              report("wire", claim, **kw),
              report("copy", BOMB_EDITED, label="REM_EXPLOS", confidence=0.9),
              report("copy", claim, **kw)]
    return [(2.0, 0, 2), (2.0, 1, 3), (0.5, 0, 3), (0.5, 1, 2)], _profiles(*events)


COPIED = [(2.0, 0, 2), (2.0, 1, 3)]


def test_a_sure_claim_naming_its_group_at_the_acts_place_or_region_joins_it():
    for place in (RAQQA, RAQQA_REGION, None):
        links, profiles = _claim_links("Islamic State said it set off the car bomb.",
                                       place=place)
        assert aligned(links, profiles) == links


def test_a_claim_naming_no_one_keeps_no_edge_against_the_copies():
    # an attribution of where an act was prepared, with no claimant, is not a claim to trust
    links, profiles = _claim_links(
        "Security officials said the blast at the market had been prepared in a farmhouse.",
        actor=None)
    assert aligned(links, profiles) == COPIED


def test_a_claimant_carried_from_the_sentences_before_is_none_named():
    # officials saying where an act was prepared, the group named only in a sentence before:
    # the attribution may be of another act than the one at its place
    # (merge.evidence.names_claimant)
    sentence = "Security officials said the blast at the market was the work of the group."
    links, profiles = _claim_links(sentence)
    assert aligned(links, profiles) == links            # as if its sentence named the group
    assert aligned(links, [_carried(p, e) for p, e in zip(profiles, _claim_events(sentence),
                                                           strict=True)]) == COPIED
    # the group's own claim names it, whatever words the sentence gives it
    own = Claim("the group", "group", "the group said", (90, 104))
    sentence = "The group said its men had set off the car bomb."
    assert aligned(links, [_carried(p, e) for p, e in zip(
        profiles, _claim_events(sentence, claim=own), strict=True)]) == links


def _claim_events(sentence: str, **kw) -> list:
    """The reports of :func:`_claim_links`, each claim's actor named 80 characters before."""
    kw = {"label": "ATTRIB", "start": 90, "actor": "Islamic State", "confidence": 0.9, **kw}
    events = [report("wire", BOMB, label="REM_EXPLOS", confidence=0.9),
              report("wire", sentence, **kw),
              report("copy", BOMB_EDITED, label="REM_EXPLOS", confidence=0.9),
              report("copy", sentence, **kw)]
    return [replace(e, actor1=replace(e.actor1, text="ISIS", span=(10, 14)))
            if e.type.label == "ATTRIB" else e for e in events]


def _carried(p, e):
    return profile(e) if e.type.label == "ATTRIB" else p


def test_an_unsure_claim_or_an_unsure_act_keeps_no_edge_against_the_copies():
    links, profiles = _claim_links("The group may have been behind it, a monitor suggested.",
                                   confidence=0.1)
    assert aligned(links, profiles) == COPIED
    unsure_act = [replace(p, sure_label=False) if p.label != "ATTRIB" else p for p in profiles]
    assert aligned(links, unsure_act) == COPIED


def test_a_claim_placed_only_in_the_country_or_a_town_nearby_keeps_no_edge():
    # "the group claimed last week's attacks in the capital", placed in the country by the
    # sentence's other name, claims another act than the strikes on a town of that country
    for place in (SYRIA, TABQA):
        links, profiles = _claim_links(
            "Pressure on the group in Syria has grown since it claimed last week's attacks.",
            place=place)
        assert aligned(links, profiles) == COPIED


def test_copies_of_a_strike_and_of_a_claim_of_another_act_stay_two_events():
    events = [_titled(e) for e in (
        report("wire", "Russian and French warplanes bomb Raqqa every day, shaking it.",
               day=None, confidence=0.9),
        report("copy", "Russian and French jets bomb Raqqa every day, shaking it.",
               day=None, confidence=0.9),
        report("wire", "Calls for action in Syria grew after the group claimed the hotel siege.",
               start=90, label="ATTRIB", place=SYRIA, day=None, actor="Islamic State",
               confidence=0.9),
        report("copy", "Calls for action in Syria grew after the group claimed the hotel siege.",
               start=90, label="ATTRIB", place=SYRIA, day=None, actor="Islamic State",
               confidence=0.9))]
    assert sorted(len(e.mentions) for e in merge(events)) == [2, 2]


ANKARA_RECALLED = ("The attacks came weeks after suicide bombers killed dozens in Ankara, the "
                   "Turkish capital.")


def _recalling(doc: str, sentence: str, published) -> object:
    return replace(report(doc, sentence, label="SUIC_BOMB", place=None, actor=None, day=None,
                          published=published), background=True)


def test_copies_of_a_recalled_bombing_run_the_same_day_are_one_event():
    from datetime import date
    day = date(2015, 11, 17)
    wire = _recalling("wire", ANKARA_RECALLED, day)
    copy = _recalling("copy", ANKARA_RECALLED.replace("killed dozens", "killed scores"), day)
    assert len(merge([wire, copy])) == 1


def test_a_recalled_bombing_in_other_words_or_on_another_day_joins_no_recollection():
    from datetime import date
    day = date(2015, 11, 17)
    wire = _recalling("wire", ANKARA_RECALLED, day)
    later = _recalling("later", ANKARA_RECALLED, date(2015, 11, 18))
    other = _recalling("other", "Ankara has been hit by bombings before, the latest weeks ago.",
                       day)
    assert len(merge([wire, later])) == 2       # a day apart: another article's recollection
    assert len(merge([wire, other])) == 2       # other words: not one wire text


def test_a_claim_made_the_day_after_its_act_joins_that_act_not_the_days_other_act():
    saturday = FRIDAY + timedelta(1)
    events = [
        report("wire", "A suicide bomber struck a mosque in Raqqa during Friday prayers, "
               "killing 12.", label="SUIC_BOMB", published=saturday, actor=None, dead=12,
               confidence=0.9),
        report("wire", "Islamic State claimed the mosque bombing in a statement on Saturday.",
               start=90, label="ATTRIB", day=saturday, published=saturday,
               actor="Islamic State", confidence=0.9),
        report("paper", "Twelve worshippers died when a bomber hit a Raqqa mosque on Friday, in "
               "a bombing Islamic State later said it carried out.", label="SUIC_BOMB",
               actor="Islamic State", dead=12, published=saturday, confidence=0.9),
        report("digest", "A bomber killed four people at a Raqqa market on Saturday.",
               label="SUIC_BOMB", day=saturday, published=saturday, actor=None, dead=4,
               confidence=0.9)]
    grouped = sorted(sorted(f"{m.document.id}:{m.evidence.span[0]}" for m in reports(e))
                     for e in merge(events))
    assert grouped == [["digest:0"], ["paper:0", "wire:0", "wire:90"]]
