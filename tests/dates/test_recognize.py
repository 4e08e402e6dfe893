import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.dates.recognize import recognize
from eventwire.lexicon import Needs, fold

# The module, not the function the package exports under its name.
recognize_module = sys.modules[recognize.__module__]

# Time expressions of every kind the required words gate, with words that hold a required
# word without being a date ("Monmouth", "weekender", "dayroom", "Mayor").
PIECES = ["3 days ago", "last night", "in the 1990s", "the '80s", "on Monday", "every week",
          "twice a year", "fiscal 2020", "at dawn", "Mondays", "the next day", "this spring",
          "in the fall", "the third quarter", "the weekend", "the first half", "a decade",
          "the 20th century", "hours later", "for two weeks", "the past five years", "tonight",
          "yesterday", "tomorrow", "14 Feb", "Sept. 3", "the day before", "each morning",
          "once a month", "annually", "Monmouth", "weekender", "dayroom", "Mayor", "said",
          "rebels", "killed", "the same day", "that night", "FY2019", "a fortnight", "sunset",
          # kinds gated by what their regexes need (years, numeric dates, holidays)
          "2021-03-04", "12/03/2021", "3.4.2020", "1999-2003", "since 1998", "in 2024",
          "Christmas", "Eid al-Fitr", "Easter Monday", "at 3.30 p.m.", "12", "20 people"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.booleans())
def test_the_required_words_never_hide_an_expression(pieces, upper):
    """Recognition gated by the required words and by what each regex needs finds what every
    pattern run on every text finds."""
    text = " ".join(pieces).upper() if upper else " ".join(pieces)
    gated = [(c.kind, c.start, c.end) for c in recognize(text)]
    ungated_patterns = tuple((k, r, ()) for k, r, _ in recognize_module._COMPILED)
    saved = recognize_module._COMPILED, recognize_module._needs
    recognize_module._COMPILED = ungated_patterns
    recognize_module._needs = lambda: (Needs(),) * len(ungated_patterns)
    try:
        ungated = [(c.kind, c.start, c.end) for c in recognize(text)]
    finally:
        recognize_module._COMPILED, recognize_module._needs = saved
    assert gated == ungated


def test_a_pattern_is_skipped_only_where_it_cannot_match():
    texts = [" ".join(PIECES), " ".join(PIECES).upper(), "Gunmen killed 12 people on Monday.",
             "On 12/03/2021 and 2021-03-04, at 3.30 p.m.", "Eid al-Adha fell in 2024."]
    for text in texts:
        for (kind, regex, _), needs in zip(recognize_module._COMPILED, recognize_module._needs(),
                                           strict=True):
            assert needs.may_match_folded(fold(text)) or regex.search(text) is None, kind


def test_patterns_that_need_nothing_named_are_skipped_on_plain_text():
    plain = fold("Gunmen killed people in Kabul on Monday, police said.")
    skipped = {kind for (kind, _, _), needs in zip(recognize_module._COMPILED,
                                                   recognize_module._needs(), strict=True)
               if not needs.may_match_folded(plain)}
    assert {"iso", "numeric", "year", "holiday"} <= skipped


def test_every_required_word_is_looked_for():
    assert set(recognize_module._REQUIRED_WORDS) == {
        w for words in recognize_module.REQUIRED.values() for w in words}


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("Days later, the road reopened.", "duration", "Days"),
    ("They began a three-day strike.", "duration", "three-day"),
    ("It was a months-long siege.", "duration", "months-long"),
    ("Sales rose from the year-ago period.", "relunit", "the year-ago period"),
    ("Talks resume at the end of the month.", "endof", "the end of the month"),
    ("Over the past two weeks, ten died.", "span", "the past two weeks"),
])
def test_lengths_whose_unit_starts_a_word_are_found(text, kind, words):
    # length patterns run only where a unit word starts a word: after a hyphen or at the
    # start of the text too
    assert (kind, words) in [(c.kind, c.text) for c in recognize(text)]


@pytest.mark.parametrize("text", ["Gunmen struck on Monday.", "The Sunday market was shut.",
                                  "Fighting went on until midnight."])
def test_a_unit_inside_a_word_is_no_length(text):
    assert not [c for c in recognize(text) if c.kind in ("duration", "span")]


@pytest.mark.parametrize(("text", "found"), [
    ("Police arrested a man at the Bloody Sunday march on Saturday.", ["Saturday"]),
    ("Traders still speak of Black Monday.", []),
    ("Fires on Black Saturday destroyed 2,000 homes.", []),
    ("Shoppers queued for Black Friday.", ["Black Friday"]),
    ("Troops fired on the crowd on Sunday.", ["Sunday"]),
])
def test_a_weekday_named_for_what_happened_on_it_is_no_day(text, found):
    assert [c.text for c in recognize(text)] == found
