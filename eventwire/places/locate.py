"""Where an event happened: of the places around its trigger, the ones it took place in.

Rules, in order:

* Only resolved places in the event's sentence count first; the dateline (the place a report
  was filed from, at the head of the text) and demonyms used as modifiers ("Russian warplanes",
  the attacker's side) never do. Nor does a place that says who or what, not where
  (:mod:`.roles`: a person's origin, "a nurse travelling from Chile"; a country acting,
  "mediated by Norway"; a gathering's cause, "a march in solidarity with the people of Mosul";
  how far it was felt, "felt in Singapore").
* A place naming the event ("a London rally", "the Paris attacks" for "attacks") is where it
  happened, unless the trigger's own phrase says where ("the Syria talks in Geneva").
* A place introduced by a locative preposition ("in", "at", "near", "outside"...) is preferred,
  nearest to the trigger; places coordinated with it ("in Lebanon and Turkey") come along.
  A country or region listed to say where a town is ("in Mombasa, Kenya") does not.
* With the sentence's parse (:mod:`.clauses`), a place of another clause than the trigger's
  that tells something else (the reporting verb's "said at a briefing in X", "days after the
  president visited X", "a man who had fought in X") is not the event's place at all: the
  trigger's own clause's places come first, then those of clauses of the same episode, then
  the fallbacks below (the document's main place leaving those places out, and only then
  them, in passing). A trigger noun's own phrase says where its act was ("after the arrest of
  the mayor in X"), not a phrase of what it was about ("riots over the arrest ... in X"); a
  claim in a relative clause is placed at the act it claims. Without a parse every place is
  of the same episode.
* A place only mentioned in passing ("from", "to", "of") is used when nothing better is there;
  a town or region before a country (a country in passing is most often its government:
  "Russia bombed Aleppo"), and a source ("fired from Gaza") last.
* Without a place in the sentence, what the sentence says instead (:mod:`.referents`: a met
  head of state's home, the town whose residents tell the act, the place "there" stands for);
  else the document's main place (its most named town, else its most named region) is used,
  with lower confidence; places naming a noun ("the Jenin school")
  stand in for it when the document names no other place, and only then origins and acting
  countries. Officials meeting take a place of another clause of their sentence first
  ("speaking in X after meeting Y"): where they met is seldom the place of the article's
  other news.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..actors.names import group_name_spans
from ..records import Place, Sentence
from .capitals import names_a_seat
from .clauses import APART, CAUSE, OWN, WHERE, Clauses
from .gazetteer import CAPITAL_FEATURE, COUNTRY_FEATURES, Gazetteer
from .recognize import GEO_WORDS
from .referents import met_host, residents_place, there_place
from .roles import CLUB, DESTINATION, PURPOSE, REACH, roles
from .sections import Items
from .sites import a_site_in, names_a_noun
from .standin import stands_in
from .together import NESTED_WINDOW, describes_a_town, with_coordinated
from .unknown import most_named, unknown_places, unknown_town

# A locative preposition before a place, with the words that may come between: "in the
# northern town of", "in rebel-held", "in central Vietnam's" (a place's possessive: "in Syria's
# Idlib and Hama provinces" places the provinces).
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|on|across|throughout|around|into|"
                       r"within|over|of\s+(?:the\s+)?(?:city|town|village|province|region)\s+of|"
                       r"(?:north|south|east|west)(?:ern)?\s+(?:of\s+)?)\s+(?:the\s+)?"
                       r"(?:(?:northern|southern|eastern|western|central|[a-z]+-held|"
                       r"capital|city|town|village|province|region|country)\s+)*"
                       r"(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}['’]s\s+"
                       r"(?:(?:northern|southern|eastern|western|central)\s+)?)?$", re.IGNORECASE)
# "the town of X": a place named with its kind is where things happen, whatever precedes it.
_DESIGNATED = re.compile(r"\b(?:city|town|village|hamlet|district|province|region|county|"
                         r"neighbou?rhood|suburb|camp|port|capital)\s+of\s+$", re.IGNORECASE)
# A name with the article before it: a building's or an area's, not a town's.
_ARTICLED = re.compile(r"\bthe\s+$", re.IGNORECASE)
_DATELINE_END = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z0-9][\w.]*)*){0,2}\s*(?:\([\w ]+\)\s*)?[—–-]")
_AROUND_TOWN = re.compile(
    r"\b(?:north|south|east|west)\w*\s+(?:and\s+\w+\s+)?of\s+(?:the|this|that)\s+"
    r"(?:city|town|village|capital)\b|\boutskirts\b|\bnear\s+the\s+(?:city|town)\b",
    re.IGNORECASE)
# Between a place and the event noun it names: "a London rally", "the Paris terror attacks",
# "Sunday's deadly Kabul bombing"; a determiner before the place says the trigger is a noun
# ("Russia bombed" is a country acting).
_NAMES_TRIGGER = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+)?")
_DETERMINER = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|last|latest|"
                         r"recent)|['’]s?)\s+(?:[a-z-]+\s+)?$")
# A located place this close after the trigger belongs to its phrase ("talks in Geneva"):
# a preposition and a few words (set by reasoning on hand-written reports).
TRIGGER_PHRASE = 25
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# The word opening a clause of why, after the trigger: its places are the reason's ("said its
# martyr carried out the attack because Uganda's troops in Somalia ...").
_REASON = re.compile(r"\bbecause\b", re.IGNORECASE)
# The word opening a clause of what came before or after an act.
_TIME_CLAUSE = re.compile(r"\b(?:after|following|since|before)\b", re.IGNORECASE)
# Confidence factors: a fallback to the document's main place is a guess, and a place only
# mentioned in passing in the sentence is a weaker one.
PASSING_FACTOR = 0.7
FALLBACK_FACTOR = 0.5
# A local paper's dateline at home counts as this many mentions of its town in the article's
# main place (:func:`main_place`): the dateline, and the lead that names no place because the
# paper is there. Set by reasoning; so a town the article names three times or more still
# outweighs it.
HOME_DATELINE_MENTIONS = 2
# The dash of a dateline follows its place within this many characters ("CAIRO, Egypt (AP) —",
# "ISLAMABAD, Dec 5 (Reuters) -").
DATELINE_WINDOW = 40


def event_locations(gaz: Gazetteer, places: Sequence[Place], text: str, sentence: Sentence,
                    trigger_span: tuple[int, int], parse: Any = None) -> tuple[Place, ...]:
    """Where the event of ``trigger_span`` happened (see the module docstring); ``parse``
    is spaCy's parse of the sentence alone, or None."""
    return DocumentPlaces(gaz, places, text).event_locations(sentence, trigger_span, parse)


class DocumentPlaces:
    """A document's places read once, so that locating each of its events costs the places
    of the event's sentence, not all of the document's (every event scanning every place made
    event-dense text quadratic)."""

    def __init__(self, gaz: Gazetteer, places: Sequence[Place], text: str,
                 home: Place | None = None) -> None:
        self.places, self.text, self.home, self._gaz = places, text, home, gaz
        groups = group_name_spans(text)
        resolved = [p for p in places if p.latitude is not None and not _is_dateline(text, p)
                    and not _is_attribute(gaz, text, p) and not stands_in(gaz, p)
                    and not any(a <= p.span[0] and p.span[1] <= b for a, b in groups)]
        # "the lakeside town of Bol": the name describing the town is no place (.together)
        resolved = [p for p in resolved if not describes_a_town(text, p, resolved)]
        # an institution of the state acts as its country does ("condemned by Egypt's
        # foreign ministry")
        said = roles(text, [p.span for p in resolved],
                     [p.feature in COUNTRY_FEATURES or names_a_seat(p.text) for p in resolved],
                     [p.feature == CAPITAL_FEATURE for p in resolved])
        # "the Paris attacks" is not the place of another event, but is that of "attacks"
        self._naming = [p for p, r in zip(resolved, said, strict=True) if r is None]
        self._naming_starts = [p.span[0] for p in self._naming]
        # A national institution's seat ("outside Georgia's parliament") is a place only
        # where the sentence says the event was there: never a place in passing, and of the
        # document's main place only where a sentence puts an event at it.
        self._seats = [p for p in self._naming if names_a_seat(p.text)]
        self.usable = [p for p in self._naming if not names_a_noun(text, p)
                       and not names_a_seat(p.text)]
        # ... but a seat an event is put at ("protesters clashed with police outside
        # Georgia's parliament") counts for the main place as that place named
        self._at_seats = [p for p in self._seats
                          if _LOCATIVE.search(text[max(0, p.span[0] - 60):p.span[0]])]
        # "the Jenin school bombed by Norway": where the thing named is, before an actor
        self._modifiers = [p for p in self._naming if names_a_noun(text, p)]
        # Where people come from, or a country acting, stands in for the main place only
        # when nothing else does (local news: "Jane Roe, of Columbus"); a gathering's cause,
        # how far a blast was heard, a club's name ("Real Madrid fans") and where people were
        # going ("a bus bound for X") never do.
        self._others = [p for p, r in zip(resolved, said, strict=True)
                        if r not in (None, PURPOSE, REACH, CLUB, DESTINATION)
                        and not names_a_noun(text, p)]
        # the usable places by start, each with its rank in the document's order
        self._by_start = sorted((p.span[0], k) for k, p in enumerate(self.usable))
        self._starts = [start for start, _ in self._by_start]
        self._main: tuple[Place | None] | None = None
        # a briefing's items (:mod:`.sections`): an item's event falls back to its item's place
        self._items = Items(text, places)
        # names of towns the tables lack that the document calls towns ("the town of X"):
        # every mention of them is the town's (:meth:`_unknown_town`)
        self._designated = frozenset(
            p.text for p in unknown_places(gaz, places, Sentence(text, 0, len(text)))
            if _DESIGNATED.search(text, max(0, p.span[0] - 40), p.span[0]))

    def inside(self, sentence: Sentence) -> list[Place]:
        """The usable places within ``sentence``, in the document's order."""
        lo = bisect_left(self._starts, sentence.start)
        hi = bisect_right(self._starts, sentence.end)
        ranks = sorted(k for _, k in self._by_start[lo:hi])
        return [self.usable[k] for k in ranks if self.usable[k].span[1] <= sentence.end]

    def _with_seats(self, sentence: Sentence) -> list[Place]:
        """The usable places of ``sentence`` and the seats it puts an event at ("outside
        Georgia's parliament"), in text order."""
        seats = [p for p in self._seats if sentence.start <= p.span[0] < sentence.end
                 and _LOCATIVE.search(_before(self.text, sentence, p))]
        inside = self.inside(sentence)
        return sorted([*inside, *seats], key=lambda p: p.span) if seats else inside

    def main_place(self, leaving: Sequence[Place] = (), at: int | None = None) -> Place | None:
        """The document's main place, counting its places but ``leaving`` (the mentions
        of another clause than the event's: "officials said at a briefing in X" does not
        make X the document's place); in a briefing, that of the item holding offset ``at``
        (:mod:`.sections`)."""
        item = self._items.of(at) if at is not None and self._items else None
        if item is not None:
            def here(ps: Sequence[Place]) -> list[Place]:
                return [p for p in ps if item[0] <= p.span[0] < item[1] and p not in leaving]
            return (main_place(here(self.usable + self._at_seats)) or main_place(
                here(self._modifiers)) or main_place(here(self._others)) or item[2])
        if leaving:
            usable = [p for p in self.usable + self._at_seats if p not in leaving]
            return (main_place(usable, self.home) or main_place(self._modifiers)
                    or main_place(self._others))
        if self._main is None:
            self._main = (main_place(self.usable + self._at_seats, self.home)
                          or main_place(self._modifiers) or main_place(self._others),)
        return self._main[0]

    def event_locations(self, sentence: Sentence, trigger_span: tuple[int, int],
                        parse: Any = None, sentence_first: bool = False,
                        claim: bool = False) -> tuple[Place, ...]:
        """Where the event of ``trigger_span`` in ``sentence`` happened; ``parse``, spaCy's
        parse of the sentence alone (or None), tells its clauses apart. With
        ``sentence_first`` (officials meeting: :data:`eventwire.taxonomy.CONTACT_LABELS`), a
        place of another clause, in passing, comes before the document's main place; with
        ``claim`` (a claim of responsibility), the place of the act a relative clause claims
        is its own ("the bombing in X, which the group said it carried out")."""
        text = self.text
        own, inside, apart = _episode(self._with_seats(sentence), sentence, trigger_span,
                                      parse, claim)
        inside = [p for p in inside if not _elsewhere(text, sentence, p, trigger_span)
                  and not _AT_BURIAL.search(text, max(sentence.start, p.span[0] - 100),
                                            p.span[0])]
        located = [p for p in inside if _LOCATIVE.search(_before(text, sentence, p))
                   or _DESIGNATED.search(_before(text, sentence, p))]
        # "in Jammu and Kashmir's Kathua district": the locative holds the place possessed
        # (not "in Kauru district of Nigeria's Kaduna state": the district is the place)
        located += [q for q in inside if q not in located and any(
            _POSSESSED.fullmatch(text, p.span[1], q.span[0])
            and _LOCATIVE.search(_before(text, sentence, p)) for p in located)]
        located = [p for p in located if not _possessor(text, p, located)]
        naming = self._naming_trigger(sentence, trigger_span)
        # "the Brussels bombings" names its place, unless the trigger's own phrase says
        # where ("the Syria talks in Geneva")
        if naming is not None and not any(
                0 <= p.span[0] - trigger_span[1] <= TRIGGER_PHRASE for p in located):
            return _around((naming,), sentence)
        town = self._unknown_town(sentence, trigger_span, parse, claim, located, inside)
        if town is not None:                # "the town of Kantchari", which GeoNames lacks
            return _around((town,), sentence)
        if located:
            # a located place of the trigger's own episode; else a town its episode names as
            # its site's ("struck a Kampala taxi park"), not another clause's place
            nearest = ([p for p in located if p in own]
                       or [p for p in own if a_site_in(text, p)] or located)
            anchor = _finest(min(nearest, key=lambda p: _distance(p, trigger_span)), inside)
            anchor = _inner(anchor, nearest, trigger_span)
            return _around(with_coordinated(text, inside, anchor), sentence)
        if inside:
            return self._passing(inside, sentence, trigger_span)
        if sentence_first and apart:        # "speaking in X after meeting Y"
            return self._passing(apart, sentence, trigger_span)
        # what the sentence says instead of a place (:mod:`.referents`): "Yemen's foreign
        # minister met Djibouti's president", "residents of Gao said jets bombed the town",
        # "its jets had bombed the group's positions there"
        said = ((met_host(self._others, sentence, parse) if sentence_first else None)
                or residents_place([*self.usable, *self._others], text, sentence)
                or there_place(self.usable, self._starts, self._by_start, sentence, parse))
        if said is not None:
            return _around((replace(said, confidence=round(
                said.confidence * PASSING_FACTOR, 3)),), sentence)
        main = self.main_place(apart, at=sentence.start)
        main = most_named(self._gaz, text, self.places, self._designated, main,
                          self._mentions(main)) or main
        if main is None:
            # only places of other clauses: better than nothing, in passing; not those of a
            # clause of time after the trigger ("troops shelled the village on Monday after
            # the group said it carried out Sunday's bombing in X"): X is another happening's
            apart = [p for p in apart
                     if not _TIME_CLAUSE.search(text, trigger_span[1], p.span[0])]
            return self._passing(apart, sentence, trigger_span) if apart else ()
        return _around((replace(main, confidence=round(main.confidence * FALLBACK_FACTOR,
                                                       3)),), sentence)

    def _mentions(self, main: Place | None) -> int:
        """How often the document names ``main`` (a local paper's home counting as
        :func:`main_place` counts it)."""
        if main is None:
            return 0
        key = main.geonameid or main.name
        named = sum((p.geonameid or p.name) == key for p in self.usable + self._at_seats)
        home = self.home is not None and (self.home.geonameid or self.home.name) == key
        return named + HOME_DATELINE_MENTIONS * home

    def _unknown_town(self, sentence: Sentence, trigger_span: tuple[int, int], parse: Any,
                      claim: bool, located: Sequence[Place], inside: Sequence[Place]
                      ) -> Place | None:
        """A town the gazetteer lacks that the trigger's episode puts the event at ("attacked
        the town of X", "in X"), where the sentence puts it at no known town (``located``:
        regions and countries at most) and names no known town of the episode (``inside``)
        nearer the trigger ("bombed Kidal, days after the raid on the village of X"), in the
        finest of those areas or the sentence's country (:mod:`.unknown`)."""
        unknown = unknown_places(self._gaz, self.places, sentence)
        if not unknown or any(p.geo_precision != 3 for p in located):
            return None
        _, episode, _ = _episode(unknown, sentence, trigger_span, parse, claim)
        text = self.text
        # told a town ("the village of X"), or put at a name the tables lack that is no
        # street's, park's or river's ("in X") nor a building's, which takes the article a
        # town does not ("outside the Minster"); not a stand-in only a guess placed (a street)
        at = [p for p in episode if (_DESIGNATED.search(_before(text, sentence, p))
                                     or p.text in self._designated or (
                  _LOCATIVE.search(_before(text, sentence, p)) and p.latitude is None
                  and not GEO_WORDS.search(p.text) and not _ARTICLED.search(
                      text, max(sentence.start, p.span[0] - 5), p.span[0])))
              and not _elsewhere(text, sentence, p, trigger_span)]
        at.sort(key=lambda p: _distance(p, trigger_span))
        towns = [p for p in inside if p.geo_precision != 3]
        if not at or towns and min(_distance(p, trigger_span) for p in towns) < _distance(
                at[0], trigger_span):
            return None
        known = [p for p in self.places if p.iso2
                 and sentence.start <= p.span[0] and p.span[1] <= sentence.end]
        area = min(located, key=lambda p: (p.feature in COUNTRY_FEATURES,
                                           _distance(p, trigger_span)), default=None)
        main = self.main_place(at=sentence.start)
        return unknown_town(self._gaz, text, at, area, known, main)

    def _passing(self, inside: Sequence[Place], sentence: Sentence,
                 trigger_span: tuple[int, int]) -> tuple[Place, ...]:
        """A place mentioned in passing: a source ("rockets fired from Gaza struck Israel")
        and a country (most often its government: "Russia bombed Aleppo") last."""
        anchor = min(inside, key=lambda p: (
            bool(_FROM.search(_before(self.text, sentence, p))),
            p.feature in COUNTRY_FEATURES, _distance(p, trigger_span)))
        return _around((replace(anchor, confidence=round(
            anchor.confidence * PASSING_FACTOR, 3)),), sentence)

    def _naming_trigger(self, sentence: Sentence, trigger_span: tuple[int, int]
                        ) -> Place | None:
        """The place just before the trigger, naming its event ("a London rally")."""
        k = bisect_right(self._naming_starts, trigger_span[0]) - 1
        if k < 0:
            return None
        p = self._naming[k]
        gap = _NAMES_TRIGGER.fullmatch(self.text, p.span[1], trigger_span[0])
        if p.span[0] < sentence.start or gap is None or not _DETERMINER.search(
                self.text, max(sentence.start, p.span[0] - 30), p.span[0]):
            return None
        return p


# Between a place in the possessive and the place it holds ("Jammu and Kashmir's Kathua
# district", "Mali's northern Kidal region"); not "Kenya's border with Somalia".
_POSSESSED = re.compile(r"['’]s\s+(?:(?:north|south|east|west|central|north-?east|north-?west|"
                        r"south-?east|south-?west)(?:ern)?\s+)?", re.IGNORECASE)


def _possessor(text: str, p: Place, located: Sequence[Place]) -> bool:
    """``p`` only contains the located place it possesses: "in Syria's Idlib province"."""
    if text[p.span[1]:p.span[1] + 2] not in ("'s", "’s"):
        return False
    return any(0 < q.span[0] - p.span[1] <= NESTED_WINDOW for q in located)


def _episode(inside: list[Place], sentence: Sentence, trigger_span: tuple[int, int],
             parse: Any, claim: bool = False) -> tuple[list[Place], list[Place], list[Place]]:
    """The places of the trigger's own clause, those of the same episode (its own among
    them), and those of clauses telling something else; without a parse, all are of the
    episode and none its own. For a ``claim``, the places of the act its relative clause
    is about are its own."""
    clauses = Clauses.of(parse, sentence.start, sentence.text) if inside else None
    if clauses is None:
        return [], inside, []
    said = [OWN if claim and clauses.in_antecedent(trigger_span, p.span)
            else clauses.relation(trigger_span, p.span) for p in inside]
    # a clause describing the trigger noun, or the noun's own phrase ("after the arrest of
    # the mayor in X"), outranks the rest of its clause (a misparse can join "and suicide
    # attacks that killed dozens in X" to the clause before it); a place of what the noun
    # was about ("riots over the arrest of the mayor in X") is not its own
    phrase = [clauses.trigger_phrase(trigger_span, p.span) for p in inside]
    described = [p for p, w in zip(inside, phrase, strict=True)
                 if w == WHERE or clauses.describes_trigger(trigger_span, p.span)]
    return (described or [p for p, r, w in zip(inside, said, phrase, strict=True)
                          if r == OWN and w != CAUSE],
            [p for p, r in zip(inside, said, strict=True) if r != APART],
            [p for p, r in zip(inside, said, strict=True) if r == APART])


def _finest(anchor: Place, inside: Sequence[Place]) -> Place:
    """The town just before the region or country containing it, else the anchor itself."""
    finer = [p for p in inside
             if p.iso2 == anchor.iso2 and (p.geo_precision or 3) < (anchor.geo_precision or 3)
             and 0 <= anchor.span[0] - p.span[1] <= NESTED_WINDOW]
    return max(finer, key=lambda p: p.span[0]) if finer else anchor


def _inner(anchor: Place, located: Sequence[Place], trigger_span: tuple[int, int]) -> Place:
    """The nearest located place lying in the anchor country (or first-order region) at a
    finer grain, else the anchor: "in Yemen, jets bombed the port city of Mukalla" happened in
    the city, however near the trigger the country stands (ACLED codes the finest place)."""
    if anchor.feature in COUNTRY_FEATURES:
        def within(p: Place) -> bool:
            return p.iso2 == anchor.iso2
    elif anchor.feature == "ADM1":
        def within(p: Place) -> bool:
            return p.iso2 == anchor.iso2 and p.admin1 == anchor.admin1
    else:
        return anchor
    finer = [p for p in located if p is not anchor and within(p)
             and (p.geo_precision or 3) < (anchor.geo_precision or 3)]
    return min(finer, key=lambda p: _distance(p, trigger_span)) if finer else anchor


def _around(places: tuple[Place, ...], sentence: Sentence) -> tuple[Place, ...]:
    """Precision 2 for towns when the sentence puts the event around one ("to the north and
    east of the city", "on the outskirts")."""
    if not _AROUND_TOWN.search(sentence.text):
        return places
    return tuple(replace(p, geo_precision=2) if p.geo_precision == 1 else p for p in places)


def main_place(places: Sequence[Place], home: Place | None = None) -> Place | None:
    """The document's most named town, else its most named region or country; ``home``, the
    dateline's town of a local paper at home (:meth:`.geoparser.Geoparser.home_dateline`),
    counts as :data:`HOME_DATELINE_MENTIONS` mentions and wins a tie."""
    if home is not None:
        places = [*places, *[home] * HOME_DATELINE_MENTIONS]
    if not places:
        return None
    towns = [p for p in places if p.geo_precision in (1, 2)]
    pool = towns or list(places)
    counts = Counter(p.geonameid or p.name for p in pool)
    best = max(pool, key=lambda p: (counts[p.geonameid or p.name], -p.span[0]))
    return best


# A happening the sentence dates or explains its event by, with its own place: "as air raids
# grow heavier after the attacks in Paris", "days after a bombing in Ankara", "in retaliation
# for the shooting at the market". Its place is that happening's.
_EARLIER_HAPPENING = re.compile(
    r"\b(?i:after|since|following|before|ahead\s+of|in\s+the\s+wake\s+of|in\s+(?:retaliation|"
    r"response|revenge)\s+for)\s+(?:the\s+|a\s+|an\s+|last\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>attacks?|bombings?|shootings?|killings?|massacres?|blasts?|explosions?|"
    r"strikes?|airstrikes?|raids?|assaults?|ambush(?:es)?|riots?|clashes|fighting|carnage|"
    r"bloodshed|violence|unrest|protests?|coup|uprising|war)\s+(?:in|on|at|near|outside)\s+"
    r"(?:the\s+)?$")


# The town the dead were buried in ("buried 17 soldiers at the military cemetery in X",
# "followed the coffins to the cemetery in X"): where they were mourned, not where they died.
# Not a funeral or a cemetery attacked ("gunmen attacked a funeral in X": no burial verb).
_AT_BURIAL = re.compile(r"\b(?:buried|burying|laid\s+to\s+rest|interred|coffins?)\b[^.;]{0,80}?"
                        r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# The hospital the wounded were taken to or treated in ("flown to hospital in Timika",
# "admitted to a military hospital in Goma"): where they went, not where they were hurt. Not
# where the story is, which it still counts for (a town's hospital is most often its own).
_TO_HOSPITAL = re.compile(
    r"\b(?:taken|flown|rushed|evacuated|airlifted|brought|transferred|admitted|moved|treated|"
    r"hospitali[sz]ed|driven|carried)\s+(?:[a-z]+\s+){0,2}?(?:to|at|in)\s+(?:an?\s+|the\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?)\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:(?:town|city)\s+of\s+)?$", re.IGNORECASE)


def _of_an_earlier_happening(text: str, sentence: Sentence, p: Place,
                             trigger_span: tuple[int, int]) -> bool:
    """``p`` is the place of another happening the sentence times or explains its event by
    (:data:`_EARLIER_HAPPENING`), not the event's: unless that happening is the event, or the
    event is told within the phrase ("since the group claimed the attacks in Paris": the
    claim's place is the attack's)."""
    before = _before(text, sentence, p)
    m = _EARLIER_HAPPENING.search(before)
    if m is None:
        return False
    offset = p.span[0] - len(before)
    return not (offset + m.start() < trigger_span[1] and trigger_span[0] < offset + m.end("noun"))


def _elsewhere(text: str, sentence: Sentence, p: Place, trigger_span: tuple[int, int]) -> bool:
    """``p`` is the place of something else than the trigger's act: of a happening it came
    after, of the hospital the wounded were taken to, of a clause of why."""
    return (_of_an_earlier_happening(text, sentence, p, trigger_span)
            or bool(_TO_HOSPITAL.search(_before(text, sentence, p)))
            or bool(_REASON.search(text, trigger_span[1], p.span[0])))


def _before(text: str, sentence: Sentence, p: Place) -> str:
    return text[max(sentence.start, p.span[0] - 60):p.span[0]]


def _distance(p: Place, span: tuple[int, int]) -> int:
    if p.span[0] >= span[1]:
        return p.span[0] - span[1]
    return max(0, span[0] - p.span[1]) + 1     # a place after the trigger wins a tie


def _is_dateline(text: str, p: Place) -> bool:
    """A place opening a line and followed by the dateline dash ("BEIRUT —", "GAZA, (AP) -")."""
    line_start = text.rfind("\n", 0, p.span[0]) + 1
    head = text[line_start:p.span[0]]
    if head.strip() and not head.isupper():
        return False
    return bool(_DATELINE_END.match(text[p.span[1]:p.span[1] + DATELINE_WINDOW]))


def _is_attribute(gaz: Gazetteer, text: str, p: Place) -> bool:
    """A place naming something else: a demonym ("Russian plane", the actor's side), read as
    such even where a town bears the word ("Spanish" in Ontario) when the place it was
    resolved to is the demonym's, or a hyphen compound ("U.S.-backed forces")."""
    people = gaz.demonym(p.text)
    if people is not None and (not gaz.lookup(p.text) or p.name == gaz.name[people]):
        return True
    return text.startswith("-", p.span[1]) and text[p.span[1] + 1:p.span[1] + 2].isalpha()
