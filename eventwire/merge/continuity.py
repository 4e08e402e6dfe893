"""Within one article: a sentence that goes on telling the happening of the sentence before it
happened where that one did (issue 13, item 4).

"Troops and rebels clashed overnight on the hills outside Kolwe, a district the article names
once ... An officer said two soldiers and five rebels died.": the second sentence names no
place, and the place stage gives it the article's main place (the town it names most), where
the first sentence's battle was not. Read in order, it tells more of the battle just told: it
takes that battle's place (and so its day, and folds into it, :mod:`.fold`). Only for the
very next sentence, an event of armed violence (:data:`CONTINUED`) of the same ACLED type as
the one before (or a claim after armed violence ``extract`` reports: "... The group said
hours later it had carried out the attack"), placed from elsewhere in the article, when the
sentence before tells that type at one place only, not a country or region holding the town
the article gives it, and not when the sentence says it tells another happening
(:data:`ANOTHER`). A definite reference back after a sentence telling armed violence at
several places ("... after the group said it was behind yesterday's suicide bombing in
Djibouti. Twenty-four people died in that attack") takes the place of the one told last
(:func:`_referred`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..events.model import DEFAULT_MIN_CONFIDENCE
from ..records import Event, Place
from .families import folded_kind
from .windows import CLAIM, inside

# Words by which a sentence tells a happening besides one told ("another air strike hit",
# "the junta also bombed", "a bomb hit the hospital in nearby X"). A sentence naming a place
# of its own without them may tell the lead at a quarter the gazetteer does not know
# ("fought for six hours in Bole" after "clashes in Addis Ababa"); "again" repeats an act at
# its own place ("shelled the city again"), so it is none.
_BESIDES = ("another", "also", "second", "third", "separate", "separately", "elsewhere",
            "meanwhile")
ANOTHER = re.compile(rf"\b(?:{'|'.join(_BESIDES)}|later)\b", re.IGNORECASE)
# The same words but "later", for a claim: "the group said hours later it had carried out the
# attack" tells when the claim came, not another happening.
CLAIMED_LATER = re.compile(rf"\b(?:{'|'.join(_BESIDES)})\b", re.IGNORECASE)
# Characters between two sentences that follow each other: a space or a paragraph break.
ADJACENT = 3
# How sure the act of the sentence before must be for a claim to be placed at it: an event
# ``extract`` reports (a doubtful reading of "the wounded were airlifted to a hospital in X"
# is no attack at X to place a claim at). A retelling of the same kind needs none: its lead's
# confidence is the article's reading before other reports corroborate it, and requiring this
# moved retellings of the long articles back to the article's main place.
TOLD = DEFAULT_MIN_CONFIDENCE
# The kinds of armed violence whose next sentence goes on telling them (its toll, how the
# fighting went). Not protests, whose next sentence tells the crowd's doings anywhere, nor
# accidents and developments: on the project's long articles (`python benchmarks/articles.py
# --slices longform longlocal`) those moved retellings of a town's blast or rally to the
# country the sentence before named.
CONTINUED = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def continued(before: Sequence[Event], e: Event, refers_back: bool = False) -> Event:
    """``e`` at the place of the events of the sentence right before its own (``before``,
    that sentence's events as the article has them so far), when it goes on telling their
    happening (see the module docstring); else ``e``. A definite reference back
    (``refers_back``: "24 people died in that attack") after a sentence telling armed
    violence at several places is at the one told last (:func:`_referred`)."""
    claim = e.type.label == CLAIM
    if ((folded_kind(e) not in CONTINUED and not claim)
            or (CLAIMED_LATER if claim else ANOTHER).search(e.evidence.sentence)
            or (e.location is not None and inside(e.location.span, e))):
        return e
    # a claim goes on telling the armed violence of the sentence before ("gunmen fired on
    # shoppers at the market in X ... The group said hours later it had carried out the
    # attack"), whatever its type
    kin = [b for b in before if (folded_kind(b) in CONTINUED and b.confidence >= TOLD
                                 if claim else folded_kind(b) == folded_kind(e))
           and b.location is not None and inside(b.location.span, b)
           and 0 <= e.evidence.span[0] - b.evidence.span[1] <= ADJACENT]
    places = {(b.location.geonameid, b.location.name) for b in kin}
    if len(places) != 1 and refers_back and not claim:
        return _referred(before, e)
    if len(places) != 1 or _coarser(kin[0].location, e.location):
        return e
    return replace(e, location=kin[0].location)


def _referred(before: Sequence[Event], e: Event) -> Event:
    """``e``, a definite reference back to armed violence, at the place of the happening of
    armed violence the sentence before told last (the place its words name last): "jets
    bombed Mukalla overnight, after militants said they were behind yesterday's suicide
    bombing in Djibouti. Twenty-four people died in that attack" tells the Djibouti
    bombing's toll, not the air strike's; "that" points to the nearest happening told. A
    reference that could be to either kind keeps ``e`` where its article put it when the
    happening told last is a country or region holding that place; one told last at a
    country or region holding the place of another told before it is at that place."""
    told = [b for b in before if folded_kind(b) in CONTINUED and b.confidence >= TOLD
            and b.location is not None and inside(b.location.span, b)
            and 0 <= e.evidence.span[0] - b.evidence.span[1] <= ADJACENT]
    if not told:
        return e
    last = max(told, key=lambda b: b.location.span[0])
    # "in Helmand province, Afghanistan": the country named last holds the province told
    # before it, one happening's two grains; the finer is where it was
    finer = [b for b in told if _holds(last.location, b.location)]
    if finer:
        last = max(finer, key=lambda b: b.location.span[0])
    if _coarser(last.location, e.location):
        return e
    return replace(e, location=last.location)


def _coarser(p: Place, q: Place | None) -> bool:
    """``p`` is a country or region holding ``q`` ("China" before an article's "Yancheng"):
    the sentence before tells the country, the article the town."""
    if q is None or p.iso2 != q.iso2 or (p.geo_precision or 3) <= (q.geo_precision or 3):
        return False
    feature = p.feature or ""
    if feature.startswith("PCL"):
        return True
    if feature == "ADM1":
        return q.admin1 == p.admin1
    return feature == "ADM2" and q.admin2 is not None and q.admin2 == p.admin2


def _holds(p: Place, q: Place) -> bool:
    """``p`` is a country or first-level region holding ``q``, a smaller place."""
    feature, inner = p.feature or "", q.feature or ""
    if p.iso2 != q.iso2 or inner.startswith("PCL"):
        return False
    if feature.startswith("PCL"):
        return True
    return feature == "ADM1" and inner != "ADM1" and q.admin1 == p.admin1
