"""Event mentions built by hand for the tests of the detector's article-level checks."""

from __future__ import annotations

from eventwire.records import EventMention, Sentence
from eventwire.taxonomy import event_type


def mention(label, text, trigger, confidence=0.9, *, with_crime=None, background=False,
            scope="core"):
    """A mention of ``label`` in a sentence of its own, its trigger the first ``trigger`` in
    ``text``; ``with_crime`` defaults to ``confidence``."""
    at = text.index(trigger)
    return EventMention(event_type(label), trigger, (at, at + len(trigger)),
                        Sentence(text, 0, len(text)), confidence, scope, background,
                        confidence_with_crime=confidence if with_crime is None else with_crime)
