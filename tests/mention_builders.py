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


def actor_roles(nlp, text, trigger, label, *, doc_text=None):
    """actor1 and actor2 of a mention of ``label`` at the first ``trigger`` of ``text``, a
    sentence of ``doc_text`` (itself by default), as the actors stage reads them."""
    from eventwire.actors import ActorExtractor
    doc_text = doc_text or text
    start = doc_text.index(text)
    sentence = Sentence(text, start, start + len(text))
    s = start + text.index(trigger)
    m = EventMention(event_type(label), trigger, (s, s + len(trigger)), sentence, 0.9)
    return ActorExtractor().actors(nlp(text), sentence, m, text=doc_text)

