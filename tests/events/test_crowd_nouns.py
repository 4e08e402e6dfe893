"""Who a crowd is (events/crowd_nouns.py): the subject of a gathering read as a crowd.

Sentences written for these tests: the first noun is the subject asked about.
"""

from __future__ import annotations

import pytest

from eventwire.events.crowd_nouns import AGENTS, crowd


def _subject(doc):
    return [t for t in doc if t.dep_ in ("nsubj", "nsubjpass")][:1]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hundreds of residents protested on Monday.", "civilian"),
    ("Protesters marched on Monday.", "protester"),
    ("Thousands of cyclists rallied on Sunday.", "people"),
    ("Georgians rallied in Tbilisi.", "people"),
    ("Commuters marched through the city.", AGENTS),
    ("Shopkeepers protested in the square.", AGENTS),
    ("Campaigners gathered outside the hospital.", AGENTS),
    ("Surveyors protested in Toronto.", AGENTS),
    ("Police gathered outside the stadium.", None),
    ("Thousands of fighters gathered near the border.", None),
    ("The world number three rallied in the final set.", None),
    ("Prices rallied on Tuesday.", None),
    ("The plans protested nobody.", None),
])
def test_who_a_crowd_is(parse, sentence, expected):
    assert crowd(_subject(parse(sentence))) == expected
