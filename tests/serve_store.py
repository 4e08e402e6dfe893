"""A small store of hand-built events for the serve tests: varied places, dates, types and
actors, an undated event, and a document full of markup and SQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.records import (
    Actor,
    Claim,
    Count,
    DateValue,
    Document,
    Event,
    Evidence,
    Place,
    event_id,
)
from eventwire.store import Store
from eventwire.taxonomy import event_type

HOSTILE = ("<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned=2\">"
           "'; DROP TABLE events; --")

# (label, country, iso2, place, lat, lon, day, actor1, actor2, killed, sentence)
ROWS = (
    ("AIR_STRIKE", "Syria", "SY", "Ariha", 35.81, 36.61, date(2019, 5, 13),
     "Military Forces of Russia", "Civilians (Syria)", 7,
     "Warplanes struck a market in Ariha on Monday, killing seven civilians."),
    ("SUIC_BOMB", "Afghanistan", "AF", "Kabul", 34.53, 69.17, date(2024, 3, 6),
     "Islamic State", "Civilians (Afghanistan)", 12,
     "A suicide bomber killed 12 people outside a bank in Kabul on Wednesday."),
    ("PEACE_PROTEST", "Kenya", "KE", "Nairobi", -1.28, 36.82, date(2023, 6, 9),
     "Protesters (Kenya)", None, None,
     "Thousands marched peacefully through Nairobi on Friday against new taxes."),
    ("ARMED_CLASH", "Burkina Faso", "BF", "Djibo", 14.10, -1.63, date(2023, 6, 20),
     "Military Forces of Burkina Faso", "JNIM", 30,
     "Soldiers clashed with JNIM fighters near Djibo, leaving 30 dead."),
    ("ARREST", "France", "FR", "Lyon", 45.75, 4.85, date(2024, 1, 15),
     "Police Forces of France", None, None,
     "Police in Lyon arrested four people after the march on Monday."),
    ("ATTACK", "Mexico", "MX", "Culiacán", 24.80, -107.39, None,
     "Sinaloa Cartel", "Civilians (Mexico)", 3,
     "Gunmen killed three people at a party in Culiacán, officials said."),
    ("DIPLO", "South Korea", "KR", "Seoul", 37.57, 126.98, date(2023, 7, 20),
     None, None, None, "The two ministers met in Seoul to discuss trade."),
    ("ATTACK", "Iraq", "IQ", "Mosul", 36.34, 43.13, date(2022, 2, 2),
     "Unidentified Armed Group (Iraq)", None, 2, HOSTILE + " Gunmen killed two in Mosul."),
)


def _event(i: int, row: tuple) -> tuple[Document, Event]:
    label, country, iso2, place, lat, lon, day, a1, a2, killed, sentence = row
    title = f"Report {i}: {place}" if i < 7 else HOSTILE
    text = f"{title}\n\n{sentence} More text follows here."
    doc = Document(id=f"{i:064x}", text=text, source=f"report{i}.txt", title=title,
                   url=f"https://news{i}.example.org/story", published=date(2024, 3, 7),
                   outlet=f"News {i}")
    start = len(title) + 2
    ev_span = (start, start + len(sentence))
    p = sentence.find(place)
    loc = Place(place, place, (start + p, start + p + len(place)), country=country, iso2=iso2,
                latitude=lat, longitude=lon, geo_precision=1, confidence=0.9)
    actor = (lambda name, at: Actor(name, name.split()[0], (start + at, start + at + 3), 1)
             if name else None)
    e = Event(
        id=event_id(doc.id, ev_span, label), type=event_type(label),
        evidence=Evidence(sentence, ev_span), document=doc.ref,
        date=DateValue(day, day, 1, "Monday", (start, start + 3)) if day else None,
        actor1=actor(a1, 0), actor2=actor(a2, 5), location=loc,
        fatalities=Count(killed, killed, killed, str(killed), (start + 1, start + 4))
        if killed else None,
        claim=Claim("officials", "official", "officials said", ev_span) if i == 5 else None,
        confidence=0.6 + i / 20,        # rows 0 and 1 below the default threshold (0.7)
        # With crime counted, odd rows are surer (as ordinary crime would be), even ones not.
        confidence_with_crime=0.95 if i % 2 else 0.0)
    return doc, e


def build_store(path: Path) -> list[Event]:
    """A store at ``path`` with the events of :data:`ROWS`; returns them."""
    items = [_event(i, row) for i, row in enumerate(ROWS)]
    with Store.open(path) as store:
        store.add_batch([(d, (e,)) for d, e in items])
    return [e for _, e in items]




# Invented region names (admin1, admin2) per place. Hard negatives: Kabul's admin1 and admin2
# share its name, Nairobi has an admin1 but no admin2, Seoul neither (known to its country).
REGIONS = {"Ariha": ("Idlib", "Ariha District"), "Kabul": ("Kabul", "Kabul"),
           "Nairobi": ("Nairobi", None), "Djibo": ("Sahel", "Soum"),
           "Lyon": ("Auvergne-Rhone-Alpes", "Rhone"), "Culiacán": ("Sinaloa", "Culiacan"),
           "Seoul": (None, None), "Mosul": ("Nineveh", "Mosul District")}


def build_regions_store(path: Path) -> list[Event]:
    """:func:`build_store` with each place's :data:`REGIONS`."""
    from dataclasses import replace

    items = []
    for i, row in enumerate(ROWS):
        doc, e = _event(i, row)
        admin1, admin2 = REGIONS[e.location.name]
        items.append((doc, replace(e, location=replace(e.location, admin1=admin1,
                                                       admin2=admin2))))
    with Store.open(path) as store:
        store.add_batch([(d, (e,)) for d, e in items])
    return [e for _, e in items]
