"""What two reports say about being one event: one comparable :class:`Profile` per report, and
the evidence features of a pair (:func:`features`), each in [-1, 1] or a veto (``None``).

Kinds of evidence (issue 13): label family (a claim of responsibility joins the act it claims),
place containment or distance, date windows with each report's uncertainty (an undated event
is "on or shortly before publication"), actors (sets: roles may swap, one side may be missing),
numbers that do not contradict, and the words of the reports' sentences.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..places.names import fold
from ..records import Event, Mention, Place

_NON_WORD = re.compile(r"[\W_]+")

# Label families: labels that one happening is often given by different reports (an arson is
# PROPERTY_DISTRUCT in one and MAN_MADE_DISASTER in another; a recaptured town is
# GOV_REGAINS_TERIT or NON_STATE_ACTOR_OVERTAKES_TER by whose side the writer takes). A label
# may sit in several families; ATTRIB (a claim of responsibility) joins every violent one.
FAMILIES: dict[str, tuple[str, ...]] = {
    "fighting": ("ARMED_CLASH", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
                 "ATTACK", "MOB_VIOL", "ABDUCT_DISSAP", "SEX_VIOL", "ORG_CRIME", "ATTRIB"),
    "explosions": ("CHEM_WEAP", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK", "REM_EXPLOS",
                   "GRENADE", "ATTACK", "MAN_MADE_DISASTER", "PROPERTY_DISTRUCT", "ATTRIB"),
    "crime": ("ORG_CRIME", "ATTACK", "ARREST", "PROPERTY_DISTRUCT", "ABDUCT_DISSAP",
              "DISR_WEAP", "ATTRIB"),
    "protest": ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR",
                "MOB_VIOL", "ARREST"),
    "damage": ("PROPERTY_DISTRUCT", "MAN_MADE_DISASTER", "NATURAL_DISASTER"),
    "territory": ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
                  "NON_VIOL_TERRIT_TRANSFER", "HQ_ESTABLISHED", "CHANGE_TO_GROUP_ACT"),
    "politics": ("AGREEMENT", "DIPLO", "OTHER", "CHANGE_TO_GROUP_ACT"),
}
_FAMILIES_OF: dict[str, frozenset[str]] = {}
for _family, _labels in FAMILIES.items():
    for _label in _labels:
        _FAMILIES_OF[_label] = _FAMILIES_OF.get(_label, frozenset()) | {_family}

# An event with no date words happened "on or shortly before publication": this many days.
UNDATED_DAYS_BEFORE = 3
# Dates read from two reports may differ by a day (time zones, "overnight", the dateline's day).
DATE_SLACK_DAYS = 1
# Two towns this close may be one happening's places (a suburb and its city); beyond FAR_KM
# they are two happenings. Set by hand, not calibrated: the project's rewrites
# (tests/data/merge) hold too few nearby-town pairs to fit them.
NEAR_KM = 30.0
FAR_KM = 80.0
# Two death tolls contradict when the larger is more than this many times the smaller plus
# CONTRADICT_MARGIN: a toll that rises from 7 to 12 is one event, 3 and 30 are two.
CONTRADICT_RATIO = 3.0
CONTRADICT_MARGIN = 3
# Words too common in news sentences to say which happening it is.
_STOP = frozenset("""
    a an the and or but of to in on at by for from with as into onto over under after
    before during about against between than then that this these those there their they
    them he she his her its it is was were be been being are has have had do did does
    said says say told tells according who whom whose which what when where while also
    not no more most some any all one two three new near other such only just up out off
    down
""".split())  # noqa: SIM905 - a word list reads best as words


def normalise(text: str) -> str:
    """Lower-case words without accents or punctuation, single-spaced."""
    return _NON_WORD.sub(" ", fold(text.casefold())).strip()


def words(text: str) -> frozenset[str]:
    """The content words of a text (normalised, stop words and one-letter words dropped)."""
    return frozenset(w for w in normalise(text).split() if len(w) > 1 and w not in _STOP)


def reports(e: Event) -> tuple[Mention, ...]:
    """Every report of an event: its mentions, or its own document and evidence."""
    return e.mentions or (Mention(e.document, e.evidence),)


def place_key(place: Place | None) -> str | None:
    """A place's identity: its GeoNames id, else its normalised name."""
    if place is None:
        return None
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    name = normalise(place.name)
    return f"n{name}" if name else None


@dataclass(frozen=True, slots=True)
class Profile:
    """What the decision reads of one report, computed once."""

    label: str
    families: frozenset[str]
    place: Place | None
    window: tuple[date, date] | None    # the days the event may have happened on
    exact_day: bool                     # a day read from the report's words
    actors: frozenset[str]
    dead: int | None
    words: frozenset[str]
    documents: frozenset[str]


def window_of(e: Event) -> tuple[date, date] | None:
    """The days an event may have happened on: its date, else shortly before publication."""
    d = e.date
    if d is not None and d.start is not None and d.text and (d.precision or 1) <= 3:
        return d.start, d.end or d.start
    published = e.document.published
    if d is not None and d.start is not None and not d.text:
        published = published or d.end or d.start
    if published is None:
        return None
    return published - timedelta(days=UNDATED_DAYS_BEFORE), published


def profile(e: Event) -> Profile:
    actors = frozenset(normalise(a.name) for a in (e.actor1, e.actor2) if a is not None) - {""}
    text = " ".join(m.evidence.sentence for m in reports(e))
    d = e.date
    return Profile(
        label=e.type.label, families=_FAMILIES_OF.get(e.type.label, frozenset()),
        place=e.location, window=window_of(e),
        exact_day=d is not None and bool(d.text) and d.start is not None and d.precision == 1,
        actors=actors, dead=e.fatalities.best if e.fatalities is not None else None,
        words=words(text), documents=frozenset(m.document.id for m in reports(e)))


# --------------------------------------------------------------------------- features


def label_feature(a: Profile, b: Profile) -> float | None:
    """1 for one label, 0.5 for labels of one family, a veto otherwise."""
    if a.label == b.label:
        return 1.0
    return 0.5 if a.families & b.families else None


def _is_country(p: Place) -> bool:
    return (p.feature or "").startswith("PCL") or (p.geo_precision == 3 and not p.admin1)


def _is_region(p: Place) -> bool:
    return (p.feature or "").startswith("ADM") or p.geo_precision == 3


def km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places' points, when both have one."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def place_feature(a: Profile, b: Profile) -> float | None:
    """1 for one place, 0.6/0.4 for a place inside a region/country the other names, up to 0.6
    for nearby towns; a veto for different countries, regions or distant towns."""
    p, q = a.place, b.place
    if p is None or q is None:
        return 0.0
    if place_key(p) == place_key(q):
        return 1.0
    if p.iso2 and q.iso2 and p.iso2 != q.iso2:
        return None
    if _is_country(p) or _is_country(q):
        return 0.4
    for region, other in ((p, q), (q, p)):
        if _is_region(region) and not _is_region(other):
            if other.admin1 and normalise(other.admin1) == normalise(region.name):
                return 0.6
            return None if other.admin1 else 0.0
    if _is_region(p) and _is_region(q):
        return None
    d = km(p, q)
    if d is None:                       # two different names and nothing says they are near
        return None
    if d <= NEAR_KM:
        return 0.6 * (1 - d / NEAR_KM) + 0.2
    return 0.0 if d <= FAR_KM else None


def date_feature(a: Profile, b: Profile) -> float | None:
    """1 for one day read from both reports, 0.5 for overlapping windows, 0 when a report says
    nothing of time; a veto for windows apart by more than the slack, and for two different
    days both read from words (ACLED codes one event per place and day)."""
    if a.window is None or b.window is None:
        return 0.0
    slack = timedelta(days=DATE_SLACK_DAYS)
    if a.window[0] > b.window[1] + slack or b.window[0] > a.window[1] + slack:
        return None
    if a.exact_day and b.exact_day:
        return 1.0 if a.window[0] == b.window[0] else None
    return 0.5


def actor_feature(a: Profile, b: Profile) -> float:
    """1 when the reports share an actor (in either role), -1 when both name actors and none
    is shared (or one name holds the other's words), 0 when one names none."""
    if not a.actors or not b.actors:
        return 0.0
    if a.actors & b.actors:
        return 1.0
    for x in a.actors:
        for y in b.actors:
            if set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()):
                return 0.5
    return -1.0


def count_feature(a: Profile, b: Profile) -> float:
    """1 for equal death tolls, -1 for tolls that contradict, 0 otherwise."""
    if a.dead is None or b.dead is None:
        return 0.0
    lo, hi = sorted((a.dead, b.dead))
    if lo == hi:
        return 1.0
    return -1.0 if hi > CONTRADICT_RATIO * lo + CONTRADICT_MARGIN else 0.0


def text_feature(a: Profile, b: Profile) -> float:
    """Jaccard similarity of the reports' content words."""
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


FEATURES = ("label", "place", "date", "actor", "count", "text")


def features(a: Profile, b: Profile) -> tuple[float, ...] | None:
    """The pair's features in :data:`FEATURES` order, or ``None`` when one of them vetoes."""
    label = label_feature(a, b)
    if label is None:
        return None
    when = date_feature(a, b)            # before place: cheaper, and it vetoes more often
    if when is None:
        return None
    where = place_feature(a, b)
    if where is None:
        return None
    return (label, where, when, actor_feature(a, b), count_feature(a, b), text_feature(a, b))
