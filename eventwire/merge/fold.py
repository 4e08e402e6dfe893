"""Within one article: a retelling of the lead event folds into it (issue 13, item 4).

A sentence that retells the lead event — the same kind of violence at the same place, with no
date of its own or the lead's day in other words — is folded into it, and an event with no date
words takes the date of the article's last dated event at its place (not a claim's: its day is
its statement's as often as its act's). A lead told with no date words ("claimed a bombing at a
recruitment centre") takes the day of a retelling its window holds ("the bomber blew himself up
on Thursday morning"), as the last lead of its kind there. An attack that names no
one attacked retells a battle at its place too, and a definite reference back ("the attack",
:mod:`eventwire.events.reference`) retells the last violent event there whatever its type
(:func:`_kinds`), a blast a bomb's or an accident's. A reference back told at a finer place
than its lead ("the attack on the post near Muqdadiyah" after "an army post in Diyala
province") folds into the lead told at the region or country that holds it, which then takes
the finer place (:func:`within_keys`, :func:`_finer`). A sentence that is placed from
elsewhere in the article but names a place of its own the lead's words do not ("another air
strike hit the hospital in Wetlet" after a strike on a market in another town, the gazetteer
knowing neither) tells another happening, unless it refers back (:func:`names_another_place`).
An agreement, a development the article otherwise keeps apart from its others, is retold by
a definite reference back that names it ("the truce provides for ...", "under the deal, both
sides ..."): it folds into the article's last agreement at its place
(:func:`retells_agreement`). An arrest of named people told again is the one arrest, wherever
the retelling places it (:mod:`.arrests`). Across articles, :mod:`.cluster` decides.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from ..dates.after import counts_back
from ..dates.clauses import said_on
from ..dates.dayparts import time_of_day_only
from ..dates.repeats import NIGHT_END, NIGHT_FALL
from ..records import DateValue, Event, Place
from .arrests import arrested_key, one_arrest
from .combine import targets_of
from .continuity import ANOTHER, continued
from .evidence import FAR_DAYS, named_actors, place_key, reports
from .families import FOLDED_EVENT_TYPES, PLANNED, RESTRICTIONS, folded_kind, merge_label
from .places import place_names, two_places
from .text import normalise, said_places
from .windows import CLAIM, inside

# The kinds of violence one act may be typed as, depending on the words of a sentence: the
# shooting is a battle where it says police fired back, an attack where it counts the dead.
# Not explosions: ACLED codes a bombing and the battle after it ("militants stormed the base
# after a car bomb; the fighting lasted hours") as two events, and a reference to "the
# fighting" after the bombing is to the second (measured on the corpus's long articles,
# `python benchmarks/articles.py`: with explosions, 6 more false events, 1 fewer matched).
VIOLENCE = ("Battles", "Violence against civilians")
# One blast may be typed a bomb's or an accident's by the words of its sentence ("the blast,
# which occurred in the drying section" after "a reactor blast at a pharmaceutical unit"): a
# definite reference back folds either into the other at its place.
BLASTS = ("Explosions/Remote violence", "MAN_MADE_DISASTER")


# Words that say a place is another one only when they stand right before its name ("a bomb
# hit the hospital in nearby X"): of any other noun they say nothing of the act ("the health
# ministry in X said a man from a nearby village was killed" retells the shooting).
_NEARBY = re.compile(r"\b(?:nearby|neighbou?ring)\s+$", re.IGNORECASE)


# An agreement is a development, kept apart from the article's others (an article tells a
# truce, a call for calm and a pledge); told again by a definite reference back ("the truce
# provides for ...", "under the deal, both sides are to ...") it is the article's agreement:
# the reference's words name an agreement (not "the release of the prisoners", an agreement
# by its label but another act), definitely (:func:`eventwire.events.reference.refers_back`
# says no new one is brought in: not "a second truce").
AGREEMENT = "AGREEMENT"
_AN_AGREEMENT = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:truce|cease-?fire|deal|"
                           r"agreement|accord|pact|treaty|armistice)\b", re.IGNORECASE)


def _kinds(e: Event, refers_back: bool = False) -> tuple[str, ...]:
    """The kinds of lead ``e`` may retell: its own event type; and a battle, for an attack
    that names no one attacked. ACLED tells an attack from a battle by the target alone (armed
    state forces make it a battle: :mod:`eventwire.events.roles`), so a sentence that names no
    target ("the gunmen came on motorcycles") cannot gainsay a lead that names it. A definite
    reference back to violence ("the attack left one officer dead") retells any violent lead,
    and one to a blast ("the explosion shook buildings") a bomb's or an accident's."""
    if refers_back and folded_kind(e) in VIOLENCE:
        return VIOLENCE
    if refers_back and folded_kind(e) in BLASTS:
        return BLASTS
    if e.type.label == "ATTACK" and e.actor2 is None:
        return (folded_kind(e), "Battles")
    return (folded_kind(e),)


def region_key(place: Place | None) -> str | None:
    """The key a lead told at a first-level region or a country ("in the province of
    Diyala", "in Somalia") is found by from the places inside it; None for any other place."""
    if place is None or not place.iso2:
        return None
    if place.feature == "ADM1" and place.admin1:
        return f"r{place.iso2}/{place.admin1}"
    return f"c{place.iso2}" if place.feature in _COUNTRY_FEATURES else None


def within_keys(place: Place | None) -> tuple[str, ...]:
    """The keys of the larger places ``place`` lies in: a town's or site's first-level region
    and country, a region's country. A retelling that refers back definitely and names a finer
    place may fold into a lead told at one of them ("the attack on the post near Muqdadiyah"
    after "an army post in Diyala province"; "the blast, which happened in Shymkent" after "in
    Kazakhstan"); without a reference back a town's event is its own ("In Belo Horizonte,
    students blocked a highway" after a march across the state)."""
    if place is None or not place.iso2 or place.feature in _COUNTRY_FEATURES:
        return ()
    town = place.geo_precision in (1, 2) and place.feature != "ADM1"
    keys = [f"r{place.iso2}/{place.admin1}"] if town and place.admin1 else []
    if town or place.feature == "ADM1":
        keys.append(f"c{place.iso2}")
    return tuple(keys)


# GeoNames feature codes of a country: independent, dependent, freely associated, ...
_COUNTRY_FEATURES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})


def day_of(d: DateValue | None) -> tuple | None:
    """What a date says of when: its days, or (unanchored, no publication date to count
    from) its words. "Friday", "Friday morning" and "4 p.m. Friday" are one day."""
    if d is None:
        return None
    return (d.start, d.end) if d.start is not None else (d.text.casefold(),)


def same_night(a: DateValue | None, b: DateValue | None) -> bool:
    """Two dates of one night: "overnight" (the evening's day and the next) and the part of
    one of its days another sentence names, the evening of the first ("late on Monday",
    "Monday night") or the small hours of the second ("early Tuesday"); not Monday
    afternoon. And a day's night and the small hours of the next ("Tuesday night", then
    "around midnight", dated Wednesday), as :mod:`eventwire.dates.repeats` reads them in one
    sentence."""
    if a is None or b is None or a.start is None or b.start is None:
        return False
    if not _a_night(a) and not _a_night(b):
        return _runs_into(a, b) or _runs_into(b, a)
    night, part = (a, b) if _a_night(a) else (b, a)
    if not _a_night(night) or part.start != part.end:
        return False
    if part.start == night.start:
        return NIGHT_FALL.search(part.text) is not None
    return part.start == night.end and NIGHT_END.search(part.text) is not None


def _runs_into(evening: DateValue, small: DateValue) -> bool:
    """``evening`` is a day's night ("Tuesday night", "late Tuesday") and ``small`` the next
    day's small hours ("around midnight", "early Wednesday")."""
    return (evening.start == evening.end and small.start == small.end
            and (small.start - evening.start).days == 1
            and NIGHT_FALL.search(evening.text) is not None
            and NIGHT_END.search(small.text) is not None)


def _a_night(d: DateValue) -> bool:
    """Two days in a row: the span of "overnight"."""
    return d.start is not None and d.end is not None and (d.end - d.start).days == 1


def _own_date(e: Event) -> bool:
    """True when the event's date was read from words (not inferred from the publication)."""
    return e.date is not None and bool(e.date.text)


def _fold(lead: Event, *retellings: Event) -> Event:
    """The lead event, with what its retellings add (a count, an actor: the first one given;
    every target) and their evidence."""
    if not retellings:
        return lead
    told = (lead, *retellings)

    def first(field: str) -> object:
        return next((v for e in told if (v := getattr(e, field)) is not None), None)

    return replace(
        lead, actor1=first("actor1"), actor2=first("actor2"), fatalities=first("fatalities"),
        injured=first("injured"), arrested=first("arrested"), claim=first("claim"),
        civilian_targeting=any(e.civilian_targeting for e in told),
        mentions=tuple(m for e in told for m in reports(e)),
        confidence=max(e.confidence for e in told),
        confidence_with_crime=max(e.confidence_with_crime for e in told),
        targets=targets_of(told))


class _Index:
    """The article's events so far, looked up by what a retelling and the date context
    compares, so that an event-dense article costs linear time, not quadratic: the last event
    per (type, place, document) and per (type, place, document, date), and the last event
    dated from words, overall and per place. Folding keeps a lead's type, place and date, so
    an index entry stays right when its event absorbs a retelling."""

    def __init__(self) -> None:
        self.lead: dict[tuple, int] = {}
        self.lead_on: dict[tuple, int] = {}
        self.lead_dates: dict[tuple, DateValue | None] = {}     # the last lead's, per key
        self.kinds: dict[int, set[str]] = {}                   # the kinds each lead is under
        # the day a lead told with no date words took from its first dated retelling
        self.taken: dict[int, DateValue] = {}
        self.dated: int | None = None
        self.dated_at: dict[str, int] = {}
        self.agreement: int | None = None                     # the last agreement told
        self.arrests: dict[frozenset[str], int] = {}          # by :func:`arrested_key`

    def add(self, n: int, e: Event) -> None:
        place = place_key(e.location)
        if e.type.label == AGREEMENT:
            self.agreement = n
        if (who := arrested_key(e)) is not None:
            self.arrests[who] = n
        if folded_kind(e) in FOLDED_EVENT_TYPES and place is not None:
            for where in (place, region_key(e.location)):
                if where is not None:
                    key = (folded_kind(e), where, e.document.id)
                    self.lead[key] = n
                    self.lead_on[(*key, day_of(e.date))] = n
                    self.lead_dates[key] = e.date
            self.kinds[n] = {folded_kind(e)}
        self.mark_dated(n, e)

    def took_day(self, n: int, lead: Event, retelling: Event) -> None:
        """Lead ``n``, told with no date words, takes the day of ``retelling``: later ones
        of every kind it stands for find it on that day only, and undated events take it as
        their date."""
        self.taken[n] = retelling.date
        for kind in self.kinds.get(n, ()):
            for where in (place_key(lead.location), region_key(lead.location)):
                key = (kind, where, lead.document.id)
                if where is not None and self.lead.get(key) == n:
                    self.lead_on[(*key, day_of(retelling.date))] = n
                    self.lead_dates[key] = retelling.date
        self.mark_dated(n, retelling)

    def mark_dated(self, n: int, e: Event) -> None:
        """Lead ``n`` is dated as ``e`` (itself, or a retelling that gave it its day), if
        from words: later undated events take that date (:meth:`date_source`)."""
        # a day counted back to an earlier happening ("two days after shelling killed six")
        # is no time the article goes on telling of, nor is a claim's, its statement's as
        # often as its act's
        if _own_date(e) and not counts_back(e.date.text) and e.type.label != CLAIM:
            self.dated = n
            place = place_key(e.location)
            if place is not None:
                self.dated_at[place] = n

    def alias(self, n: int, lead: Event, kind: str) -> None:
        """Lead ``n`` is also the last event of ``kind`` at its place: a retelling of that kind
        folded into it ("the attack" into a battle), so later ones of the kind find it, on
        the day it took if it took one (:meth:`took_day`)."""
        date = self.taken.get(n, lead.date)
        self.kinds.setdefault(n, set()).add(kind)
        for where in (place_key(lead.location), region_key(lead.location)):
            if where is not None:
                key = (kind, where, lead.document.id)
                self.lead[key] = n
                self.lead_on[(*key, day_of(date))] = n
                self.lead_dates[key] = date

    def date_source(self, e: Event) -> int | None:
        """The last earlier event dated from words at ``e``'s place (anywhere, with none)."""
        place = place_key(e.location)
        return self.dated if place is None else self.dated_at.get(place)

    def lead_of(self, e: Event, inferred: DateValue | None, refers_back: bool = False
                ) -> tuple[int | None, bool]:
        """The last earlier event ``e`` retells, if any: the same type of violence (or
        another, see :func:`_kinds`) at the same place in the same document, and the same day
        (:func:`day_of`) unless ``e`` has no date words; else, for a reference back, one told
        at a larger place ``e``'s lies in (:func:`within_keys`). And whether it was found by
        a larger place."""
        place = place_key(e.location)
        if folded_kind(e) not in FOLDED_EVENT_TYPES or place is None:
            return None, False
        kinds = _kinds(e, refers_back)
        exact = self._last(e, inferred, kinds, (place,))
        if exact is not None or not refers_back:
            return exact, False
        return self._last(e, inferred, kinds, within_keys(e.location)), True

    def _last(self, e: Event, inferred: DateValue | None, kinds: Sequence[str],
              wheres: Sequence[str]) -> int | None:
        # a restriction is a standing measure: its retellings' days are of its making, its
        # enforcement or its news, not of another measure (:data:`.families.RESTRICTIONS`)
        undated = inferred is None or inferred.text == "" or RESTRICTIONS in kinds
        keys = [(kind, where, e.document.id) for kind in kinds for where in wheres]
        found = [self.lead.get(key) if undated else self._on_day(key, e) for key in keys]
        if not any(n is not None for n in found) and _day_untold(e, inferred):
            found = [self.lead.get(key) for key in keys]
        return max((n for n in found if n is not None), default=None)

    def _on_day(self, key: tuple, e: Event) -> int | None:
        """The last lead of ``key`` on the day of ``e``'s date, or of the night it is part of
        (:func:`same_night`), or told with no day of its own in days that hold that date
        (:func:`_undated_around`: "claimed a bombing at the centre", then "the bomber blew
        himself up on Thursday"), unless ``e`` says it tells another ("a second raid
        followed on Monday")."""
        d = e.date
        n = self.lead_on.get((*key, day_of(d)))
        if n is None and (same_night(self.lead_dates.get(key), d) or (
                _undated_around(self.lead_dates.get(key), d)
                and not ANOTHER.search(e.evidence.sentence))):
            n = self.lead.get(key)
        return n


def _day_untold(e: Event, d: DateValue | None) -> bool:
    """``e``'s date words name a time of day and no day, and its day is the publication's
    ("the bomber detonated his explosives at about 6 pm", a paragraph after "Wednesday
    evening's bombing", in Thursday's paper): no day near it was named, so the publication
    day stood in (:mod:`eventwire.dates.dayparts`), and it retells the lead of its kind and
    place whatever day that lead was, unless it says it tells another ("a second blast at
    8 pm"). A time of day told from a day named near it ("Monday afternoon", then "around
    midnight") keeps that day."""
    return (d is not None and bool(d.text) and d.start is not None
            and d.start == e.document.published and time_of_day_only(d.text)
            and not ANOTHER.search(e.evidence.sentence))


def _said_day(e: Event) -> bool:
    """``e``'s date words are the day a source told of it ("police detained 28 people, a
    spokesman said on Wednesday"), not the act's (not a claim's: its saying is its act)."""
    d = e.date
    return (d is not None and bool(d.text) and e.type.label != CLAIM
            and said_on(e.evidence.sentence, d.span[0] - e.evidence.span[0]))


# A source tells of an act on its day or within this many days after it: "the ministry said on
# Friday" of the night before, "officials said on Wednesday" of Monday's raid. Set by
# reasoning (a statement the next day or two), not tuned.
SAID_LAG_DAYS = 2


def _said_after(told: DateValue | None, said: DateValue | None) -> bool:
    """The act dated ``told`` (the article's last at the place) may be what a source told of
    on the day ``said``: on that day or up to :data:`SAID_LAG_DAYS` before it."""
    return (told is not None and said is not None and bool(told.text)
            and None not in (told.end, said.start)
            and 0 <= (said.start - told.end).days <= SAID_LAG_DAYS)


def _history(e: Event) -> bool:
    """``e`` is history the article recalls: told as background and dated over
    :data:`.evidence.FAR_DAYS` before its publication ("a strike on the same market in June
    killed nine", in November): it dates no news told after it. The detector's background
    flag alone marks much news too (ECB+ dev, ``eventwire eval merge``: 0.856 with the flag
    alone read as history, as reports of the news then took no day of their article; 0.865
    with the date's distance too, as without the rule)."""
    published, d = e.document.published, e.date
    return (e.background and published is not None and d is not None and d.end is not None
            and (published - d.end).days > FAR_DAYS)


def _undated_around(lead: DateValue | None, d: DateValue | None) -> bool:
    """``lead`` is a window with no date words (on or shortly before publication) that holds
    the days of ``d``, a date read from words."""
    return (lead is not None and not lead.text and d is not None and bool(d.text)
            and None not in (lead.start, lead.end, d.start, d.end)
            and lead.start <= d.start and d.end <= lead.end)


def names_another_place(lead: Event, e: Event) -> bool:
    """``e``, placed at ``lead``'s place from elsewhere in the article (its own sentence does
    not name it), names in its sentence a place that neither ``lead``'s place and regions nor
    ``lead``'s sentences name, and says it tells another happening (:data:`ANOTHER`): a
    happening there, not ``lead`` again ("Hours later, another air strike hit the hospital in
    Wetlet" after "a jet bombed the market in Dabra"; "the junta also bombed Wetlet
    township"). A retelling at the lead's place or a larger one that holds it ("the strike in
    Amhara region") still folds, and so does one at a place of its own that says nothing of
    another happening ("the two groups fought for six hours in Bole" after "clashes in
    Addis Ababa": a quarter of the city)."""
    if e.location is None or inside(e.location.span, e):
        return False
    sentence = " ".join(m.evidence.sentence for m in reports(e))
    said = said_places(sentence)
    if not said:
        return False
    known = place_names(lead.location) | place_names(e.location)
    told = normalise(" ".join(m.evidence.sentence for m in reports(lead)))
    new = [n for n in said if n not in known and f" {n} " not in f" {told} "]
    return bool(new) and (ANOTHER.search(sentence) is not None
                          or any(_nearby(sentence, n) for n in new))


def _nearby(sentence: str, name: str) -> bool:
    """The sentence names the place ``name`` (normalised) right after "nearby" or
    "neighbouring"."""
    words = f" {normalise(sentence)} "
    return any(_NEARBY.search(words[:m.start() + 1])
               for m in re.finditer(rf" {re.escape(name)} ", words))


def _told_on_two_days(lead: Event, e: Event) -> bool:
    """The lead's sentence tells ``e`` too, on another day: the act told again ("struck the
    depot on Sunday evening and again on Monday morning", :mod:`eventwire.dates.repeats`)
    is two events, whatever night the two days make."""
    return (lead.evidence.span == e.evidence.span and _own_date(lead) and _own_date(e)
            and day_of(lead.date) != day_of(e.date))


def retells_agreement(lead: Event | None, e: Event) -> bool:
    """``e``, a reference back (:func:`fold_article`'s ``refer_back``), retells ``lead``, the
    article's last agreement: ``e`` is an agreement whose sentence names one definitely
    (:data:`_AN_AGREEMENT`: "the truce provides for the reopening of the road"), at the
    lead's place, one holding it or held by it, or either's place unknown; not at another
    place (:func:`.places.two_places`: "under the deal, both sides are to pull back from
    the X front", a front of the lead's city, names where its terms apply). Its day is not
    compared: a reference's sentence dates its terms or what they end, not the deal."""
    if lead is None or e.type.label != AGREEMENT:
        return False
    if not _AN_AGREEMENT.search(" ".join(m.evidence.sentence for m in reports(e))):
        return False
    return (lead.location is None or e.location is None
            or not two_places(lead.location, e.location))


def _finer(lead: Event, e: Event, finer: str | None) -> bool:
    """``e``, told at a place inside ``lead``'s, may be ``lead`` told finer: the lead has been
    told at no other finer place (a country-wide lead "gunmen attacked two villages" followed
    by "the attack in Bokkos" and "the attack in Mangu" sums up two happenings), and the two
    name no different actors ("M23 rebels clashed with troops in North Kivu", then "the attack
    in Beni by ADF fighters")."""
    if finer is not None and finer != place_key(e.location):
        return False
    ours, theirs = named_actors(lead), named_actors(e)
    return not (ours and theirs and not ours & theirs)


def fold_article(events: Sequence[Event], refer_back: Collection[str] = frozenset()
                 ) -> list[Event]:
    """Date undated events from the article's context and fold retellings into their lead.

    ``events`` are one article's, in text order; ``refer_back``, the ids of those whose
    trigger refers back to a told happening (:func:`eventwire.events.reference.refers_back`).
    """
    out: list[Event] = []
    # Each lead's retellings, folded in once at the end: folding one at a time copied the
    # lead's growing mentions for every retelling, quadratic in an article that retells its
    # lead often (a lead's date, type and place, all the loop reads, never change).
    retold: dict[int, list[Event]] = {}
    # The finer place a lead told at a region or country was retold at (its first).
    finer: dict[int, Event] = {}
    index = _Index()
    taken = index.taken
    # the events of the sentence before the current one's, and of the current one
    before: list[Event] = []
    current: list[Event] = []
    for e in events:
        if current and current[-1].evidence.span != e.evidence.span:
            before, current = current, []
        back = e.id in refer_back
        e = continued(before, e, back)
        current.append(e)
        # an attribution of where an attack was planned is of no act at its place: it takes
        # no day of the article's last act there (a claim of that act does)
        source = (None if (_own_date(e) and not _said_day(e)) or merge_label(e) == PLANNED
                  else index.date_source(e))
        if source is not None and _history(out[source]) and not e.background:
            source = None
        # an act dated only by its source's saying takes the day of the last act there only
        # when that act was shortly before the saying
        if source is not None and _own_date(e) and not _said_after(
                taken.get(source, out[source].date), e.date):
            source = None
        dated = e if source is None else replace(e, date=taken.get(source, out[source].date))
        agreement = None if index.agreement is None else out[index.agreement]
        if back and retells_agreement(agreement, dated):
            lead, larger = index.agreement, False
        else:
            lead, larger = index.lead_of(dated, e.date, back)
        if lead is None and (who := arrested_key(dated)) is not None and not (
                ANOTHER.search(e.evidence.sentence)):
            lead = index.arrests.get(who)
            if lead is not None and not one_arrest(out[lead], dated):
                lead = None
        elif lead is not None and not back and names_another_place(out[lead], dated):
            lead = None
        if lead is not None and _told_on_two_days(out[lead], dated):
            lead = None
        if lead is not None and larger:
            told_at = place_key(finer[lead].location) if lead in finer else None
            if not _finer(out[lead], dated, told_at):
                lead = None
            else:
                finer.setdefault(lead, dated)
        if lead is None:
            index.add(len(out), dated)
            out.append(dated)
        else:
            retold.setdefault(lead, []).append(dated)
            if not _own_date(out[lead]) and _own_date(dated) and lead not in taken:
                index.took_day(lead, out[lead], dated)
            if folded_kind(dated) != folded_kind(out[lead]):
                index.alias(lead, out[lead], folded_kind(dated))
    # a lead told with no date words takes its first dated retelling's day
    return [_placed(_fold(replace(lead, date=taken[n]) if n in taken else lead,
                          *retold.get(n, ())), finer.get(n))
            for n, lead in enumerate(out)]


def _placed(e: Event, finer: Event | None) -> Event:
    """A lead told at a region or country takes the finer place a retelling named (ACLED
    codes the most specific place)."""
    return e if finer is None else replace(e, location=finer.location)
