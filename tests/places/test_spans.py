"""places.spans: entities found by where they lie (Spans) are the same entities as comparing
every one finds, in time linear in the number of entities (issue 12); the covered characters
answer as comparing every mention does."""

from __future__ import annotations

import random
import time

from eventwire.places.recognize import recognize
from eventwire.places.spans import Covered, Spans, overlaps
from eventwire.records import Entity


def test_the_entities_over_a_span_are_those_comparing_every_one_finds_in_their_order():
    rng = random.Random(7)

    def entity() -> Entity:
        start = rng.randrange(0, 80)
        return Entity("x", start, start + rng.choice([-1, 0, 1, 3, 8, 30]), "ORG")

    for _ in range(300):
        entities = [entity() for _ in range(rng.randrange(0, 12))]
        spans = Spans(entities)
        for _ in range(20):
            start = rng.randrange(-5, 90)
            end = start + rng.choice([0, 1, 4, 12])
            assert spans.over(start, end) == [
                e for e in entities if e.start < end and start < e.end]


def test_the_covered_characters_answer_as_comparing_every_mention_does():
    """The overlap test by covered characters (linear) agrees with comparing a
    mention with each taken one, on random spans, empty ones and ones past the text
    included."""
    import random

    from eventwire.places.recognize import Mention

    rng = random.Random(12)

    def mention() -> Mention:
        start = rng.randrange(0, 60)
        return Mention(start, start + rng.choice([0, 1, 2, 5, 9]), "x", "GAZ")

    for _ in range(200):
        taken = [mention() for _ in range(rng.randrange(0, 6))]
        covered = Covered(50, taken)
        for _ in range(20):
            m = mention()
            assert covered.overlaps(m) == overlaps(m, taken)
            if rng.random() < 0.3:
                covered.add(m)
                taken.append(m)


def _dense(n: int) -> tuple[str, list[Entity]]:
    """``n`` sentences naming a town inside an organisation's name, among people and another
    organisation, with their entities in order."""
    unit = ("Officials of the Paris Council told John Smith and Jane Doe of the Red Cross "
            "in Dallas. ")
    entities = [Entity(name, i * len(unit) + unit.index(name),
                       i * len(unit) + unit.index(name) + len(name), label)
                for i in range(n)
                for name, label in (("Paris Council", "ORG"), ("John Smith", "PERSON"),
                                    ("Jane Doe", "PERSON"), ("Red Cross", "ORG"))]
    return unit * n, entities


def _best(work) -> float:
    times = []
    for _ in range(3):
        t0 = time.process_time()
        work()
        times.append(time.process_time() - t0)
    return min(times)


def test_recognize_is_linear_in_the_entities_of_an_event_dense_text(gaz):
    small, large = _dense(1000), _dense(4000)
    assert [m.text for m in recognize(*small, gaz)][:2] == ["Paris", "Dallas"]
    ratio = _best(lambda: recognize(*large, gaz)) / max(_best(lambda: recognize(*small, gaz)),
                                                         1e-4)
    assert ratio < 4 * 1.8          # linear: 3.9; comparing every entity: 9.5 at these sizes
