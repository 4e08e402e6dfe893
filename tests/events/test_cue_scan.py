"""The cue scan on sentences written for eventwire (never copied from evaluation data)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.events.cue_scan import _cue_hits, label_scores, read, text_label_scores
from eventwire.lexicon import cue_scanners

# Texts with cues of labels and of features, names, negations, claims and several sentences.
TEXTS = [
    "Government warplanes bombed a rebel depot outside the town on Monday.",
    "A roadside bomb struck a bus carrying farm workers near the border.",
    "Rebels and government troops clashed for hours near the bridge.",
    "Army troops recaptured the hill town from the insurgents after a week.",
    "Police fired tear gas and water cannon to disperse the student march.",
    "The separatist group claimed responsibility for the blast at the market.",
    "Security forces arrested twelve opposition activists at dawn.",
    "Foreign troops set up a new military base near the oil field.",
    "Armed men kidnapped three aid workers on the road to the camp.",
    "No arrests were made after the National Liberation Front rally in the capital.",
    "Soldiers were accused of looting shops; the army denied it. Two rifles were seized.",
    "The minister spoke. Rioters burned tyres and police fired tear gas at the crowd.",
    "Rebels seized the town on Monday after heavy fighting, and troops withdrew.",
    "The woman accused of stabbing a neighbour appeared in court on Friday.",
    "Nobody claimed the attack, which nobody saw coming.",
    "Farmers harvested wheat in the quiet valley on Sunday.",
    "Nothing at all happened in the quiet village on Sunday.",
    "",
]


def _every_scanner(text: str) -> tuple:
    """The hits of every cue scanner in ``text``, none skipped, as read orders them."""
    return tuple(sorted((h for cue in cue_scanners() for h in _cue_hits(cue, text)),
                        key=lambda h: h.start))


@pytest.mark.parametrize("text", TEXTS)
def test_the_scanners_skipped_find_nothing(text):
    # read scans only the cue scanners whose words a text holds: the others find nothing.
    assert read(text).hits == _every_scanner(text)


@pytest.mark.parametrize("text", TEXTS)
def test_the_labels_scan_scores_as_the_full_read(text):
    assert text_label_scores(text) == label_scores(read(text))


def test_names_are_not_cues():
    # "Liberation" inside a group's name is not a territory word.
    r = read("The National Liberation Front held a congress on Sunday.")
    assert not r.has("territory")


def test_a_negated_cue_does_not_count():
    assert read("Police made arrests at the rally.").has("ARREST")
    assert not read("Police made no arrests at the rally.").has("ARREST")


def test_later_sentences_count_less():
    one = label_scores(read("Rioters burned tyres."))
    two = label_scores(read("The minister spoke. Rioters burned tyres."))
    assert two["VIOL_DEMONSTR"] < one["VIOL_DEMONSTR"]


def test_the_first_sentence_ends_at_its_end_mark():
    text = "The minister spoke. Rioters burned tyres."
    assert read(text).first_end == len("The minister spoke. ")
    assert read("Rioters burned tyres").first_end == len("Rioters burned tyres")


def test_near_reads_the_window_after_a_hit():
    r = read("Soldiers seized two rifles and a mortar in a raid.")
    assert r.near("disrupt_verb", "weapon")
    assert not r.near("weapon", "disrupt_verb")
    assert r.near("weapon", "disrupt_verb", ordered=False)


@given(st.lists(st.sampled_from([t for t in TEXTS if t]), min_size=1, max_size=4))
@settings(max_examples=50, deadline=None)
def test_scores_grow_with_more_text(sentences):
    # Adding a sentence after the first never lowers a label's cue score.
    first = label_scores(read(sentences[0]))
    more = label_scores(read(" ".join(sentences)))
    assert all(more.get(k, 0.0) >= v for k, v in first.items())
