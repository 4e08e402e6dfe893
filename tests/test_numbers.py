"""The numbers stage: casualty counts, on the project's own casualty suite and hand-built cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.numbers import find_counts, parse_number
from eventwire.records import Sentence

SUITE = Path(__file__).parent / "data" / "casualties.tsv"


def _expected(field: str) -> tuple[int | None, int | None, int | None] | None:
    if field == "-":
        return None
    low, best, high = (None if x == "-" else int(x) for x in field.split("/"))
    return low, best, high


def _cases() -> list[tuple[str, tuple, tuple, tuple]]:
    rows = []
    for line in SUITE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, dead, hurt, held = line.split("\t")
            rows.append((sentence, _expected(dead), _expected(hurt), _expected(held)))
    return rows


def _counts(text: str):
    return find_counts(text, Sentence(text, 0, len(text)))


def _triple(count):
    return None if count is None else (count.low, count.best, count.high)


def test_the_suite_is_big_enough():
    assert len(_cases()) >= 80


@pytest.mark.parametrize(("sentence", "dead", "hurt", "held"), _cases())
def test_casualty_suite(sentence, dead, hurt, held):
    counts = _counts(sentence)
    assert (_triple(counts.fatalities), _triple(counts.injured), _triple(counts.arrested)) == (
        dead, hurt, held)


def test_count_keeps_its_words_and_span():
    text = "Officials said. The blast killed at least 129 people in the square."
    sentence = Sentence(text[16:], 16, len(text))
    count = find_counts(text, sentence).fatalities
    assert count.text == "at least 129 people"
    assert text[count.span[0]:count.span[1]] == count.text


def test_a_later_toll_in_the_paragraph_widens_the_range_but_not_another_paragraph():
    text = ("The army said 12 soldiers were killed in the ambush. Rebels put the death toll at "
            "30.\nIn another town 5 people were killed.")
    first = Sentence(text[:52], 0, 52)
    count = find_counts(text, first).fatalities
    assert (count.low, count.best, count.high) == (12, 12, 30)
    text2 = "The army said 12 soldiers were killed in the ambush.\nThe death toll rose to 30."
    count2 = find_counts(text2, Sentence(text2[:52], 0, 52)).fatalities
    assert (count2.low, count2.best, count2.high) == (12, 12, 12)


def test_a_toll_elsewhere_never_creates_a_count():
    text = "Airstrikes hit the city. The death toll from the earlier bombing rose to 40."
    assert find_counts(text, Sentence(text[:24], 0, 24)).fatalities is None


@pytest.mark.parametrize(("words", "value"), [
    ("twenty-three", 23), ("one hundred", 100), ("two hundred and fifty", 250),
    ("a dozen", 12), ("two dozen", 24), ("half a dozen", 6), ("1,200", 1200),
    ("3.5 million", 3_500_000), ("dozens", 12),
    ("hundreds", 100), ("tens", 10), ("forty", 40), ("eleven", 11)])
def test_parse_number(words, value):
    assert parse_number(words) == value


def test_parse_number_refuses_words_that_are_not_numbers():
    assert parse_number("several") is None
    assert parse_number("soldiers") is None


_ONES = "one two three four five six seven eight nine".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell(n: int) -> str:
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones - 1]}" if ones else "")


@given(st.integers(min_value=20, max_value=99))
def test_spelled_numbers_read_back(n):
    assert parse_number(_spell(n)) == n


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(
    ["{n} people were killed in the attack.", "The attack killed {n} civilians.",
     "At least {n} soldiers died on the front.", "Gunmen killed {n}."]))
def test_any_stated_death_figure_is_read(n, template):
    count = _counts(template.format(n=f"{n:,}")).fatalities
    assert count is not None and count.best == n


@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(
    ["The city of {n} people was bombed and many were killed.",
     "The killings happened {n} miles from the capital.",
     "Donors pledged ${n} for the families of those killed.",
     "After the killings, {n} troops were deployed.",
     "The killing of the mayor drew {n} votes of condemnation.",
     "Some {n} percent of those killed were civilians."]))
def test_trap_numbers_are_never_deaths(n, template):
    assert _counts(template.format(n=f"{n:,}")).fatalities is None


@pytest.mark.shared
def test_founding_article_counts(shared):
    from eventwire.nlp import split_sentences
    text = (shared / "seed" / "000_b4b382c6af93ebdd.txt").read_text(encoding="utf-8")
    deaths = {}
    for sentence in split_sentences(text):
        counts = find_counts(text, sentence)
        assert counts.injured is None and counts.arrested is None
        if counts.fatalities is not None:
            deaths[sentence.text[:30]] = counts.fatalities
    assert len(deaths) == 1, deaths        # not the 350,000 people nor the 30 miles
    paris = next(iter(deaths.values()))
    assert (paris.low, paris.best, paris.high, paris.text) == (129, 129, None,
                                                               "at least 129 people")


def test_two_events_in_one_sentence_each_get_their_own_figure():
    text = ("A bombing in the market killed 12 people on Monday, a day after a suicide attack "
            "at the station killed 30.")
    sentence = Sentence(text, 0, len(text))

    def best(trigger):
        start = text.index(trigger)
        return find_counts(text, sentence, (start, start + len(trigger))).fatalities.best

    assert (best("bombing"), best("suicide attack")) == (12, 30)


def test_disagreeing_sources_stay_one_range_whatever_the_trigger():
    text = "Officials said 12 people were killed, while rebels said 40 fighters were killed."
    start = text.index("killed")
    count = find_counts(text, Sentence(text, 0, len(text)), (start, start + 6)).fatalities
    assert (count.low, count.best, count.high) == (12, 12, 40)


@pytest.mark.parametrize("figure", ["99999999999999999999", "9" * 309, "10,000,000,001"])
def test_a_figure_too_large_to_count_people_is_dropped_with_a_note(figure):
    s = f"Gunmen killed {figure} people in Kabul on Monday."
    got = find_counts(s, Sentence(s, 0, len(s)), (7, 13)).fatalities
    assert (got.low, got.best, got.high) == (None, None, None)
    assert got.text == f"{figure} people" and "not a count" in got.note


def test_only_the_figure_too_large_is_dropped_from_a_range():
    s = "Between 12 and 99999999999999999999 people were killed in Kabul."
    got = find_counts(s, Sentence(s, 0, len(s)), (54, 60)).fatalities
    assert (got.low, got.best, got.high) == (12, 12, None) and "high" in got.note


def test_parse_number_is_exact_at_any_length():
    assert parse_number("9" * 309) == int("9" * 309)
    assert parse_number("1.25 million") == 1_250_000 and parse_number("1.5") is None
    assert parse_number("9" * 5000) is None              # longer than any quantity


def _later_tolls_by_splitting(text, sentence):
    """Later tolls as first read: every event split the rest of its paragraph (a reference)."""
    from eventwire.nlp import MAX_SENTENCE_CHARS, split_sentences
    from eventwire.numbers import _TOLL, CONTEXT_CHARS, LATER_TOLL_SENTENCES, _found
    end = text.find("\n", sentence.end, sentence.end + LATER_TOLL_SENTENCES * MAX_SENTENCE_CHARS)
    rest = text[sentence.end:end if end >= 0
                else sentence.end + LATER_TOLL_SENTENCES * MAX_SENTENCE_CHARS]
    return [f.figure for later in split_sentences(rest)[:LATER_TOLL_SENTENCES]
            for f in _found(later.text) if f.category == "fatalities"
            and _TOLL.search(later.text[max(0, f.figure.start - CONTEXT_CHARS):f.figure.start])]


_PIECES = ["12 soldiers were killed in the ambush.", "Rebels put the death toll at 30.",
           "The TOLL rose to 41.", "the toll of 7 dead", "An atoll saw 9 people killed.",
           "Tolls: 4 killed.", "toll", "Officials said 3 people died.", "\n", "\n\n", " ", ". ",
           "the death toll rose to 5 people", "killed 2"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.integers(0, 400),
                                                                     max_size=6))
def test_later_tolls_read_from_the_document_index_are_those_of_splitting_the_paragraph(
        pieces, cuts):
    from eventwire.nlp import split_sentences
    from eventwire.numbers import _later_tolls
    text = " ".join(pieces)
    sentences = list(split_sentences(text)) + [Sentence(text[c:c + 9], c, min(c + 9, len(text)))
                                               for c in cuts if c < len(text)]
    for s in sentences:
        assert _later_tolls(text, s) == _later_tolls_by_splitting(text, s)


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Officers fatally shot two men outside the bar.", 2),
    ("Three protesters were fatally shot by soldiers on Friday.", 3),
    ("A guard fatally stabbed four people during the riot.", 4),
    ("A guard shot dead four people during the riot.", 4),
    # the manner without death, and a figure of something else
    ("Officers shot two men outside the bar.", None),
    ("The fatally wounded officer was one of 12 on patrol.", None),
])
def test_a_death_told_by_the_acts_manner_counts(sentence, dead):
    count = _counts(sentence).fatalities
    assert (count.best if count else None) == dead
