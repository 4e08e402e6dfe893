"""Toponym resolution: pick the GeoNames entry each mention names, using the whole document.

Each candidate gets a log-linear score: a population prior, a feature-type prior, a bonus for
a big city that dwarfs its namesakes ("Atlanta", unless an explicit container says otherwise;
this and the senses a name rarely means: :mod:`.homonyms`),
and document context — the countries of the other names' first-pass picks (and their
neighbours), the first-level regions and grid cells their candidates could be in (each weighted
by its first-pass probability), an explicit container ("Paris, Texas", "Cottonport, La.", also
when the region after the comma was not marked as a place), a cue word ("X County", "the
province of X", "the city of X"), the dateline's and outlet's country.
Resolution runs in passes: first with priors only, then with the context the first pass
found, then once more for the names still in doubt, with the firmly resolved names supporting
their pick alone (names the gazetteer does not know give no context). A name keeps one sense
per document (however it is cased or written: "MANSFIELD", "St Cloud", "Virginia's"), chosen
with the evidence of all its mentions. Names the gazetteer lacks: "X County" may be written
"X" or "X Co."; "X Township", "X River", "X Creek", "X Station" fall back on the town named X;
and a small town picked far from the document's home region, when no namesake lies in that
region, gives way to the region itself (a local place too small for the gazetteer).
Last, "X, Y" and "X in Y" pairs and lists settle their items together, and a weak reading
of a town abroad (a name inside a group's or a venue's, a village the text names) where the
document is elsewhere gives no place (see :mod:`.cues`). In local news, a town the text uses
as its own ("the Vienna town council") is in the local country (see :mod:`.local`); a town
picked alone in its state where the other picks gather in another takes its namesake there
(see :mod:`.coherence`); a name the tables lack is at the town named most (:mod:`.standin`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .capitals import capital_bonuses
from .coherence import gather_states, settle_states
from .cues import (
    FEATURE_CUE, WATER_CUES, articled, containers_of, cue_of, feature_senses, inside, lists_of,
    settle_abroad, settle_containers, settle_lists, settle_parts, settle_region_words,
    settle_within, the_water)
from .facilities import airport_bonuses
from .gazetteer import COUNTRY_FEATURES, LANDMARK_FEATURES, PHYSICAL_FEATURES, Gazetteer
from .grains import bare_towns, is_namesake_region, namesake_towns
from .homonyms import (
    COUNTRY_NAMESAKE_PENALTY, alias_penalties, lone_namesakes, prominence_bonuses, prominent_town,
)
from .local import local_bonuses, local_country, settle_units
from .names import normalize
from .recognize import Mention
from .senses import candidates, name_of, own_candidates, spelled_loosely
from .quarters import settle_quarters
from .standin import settle_unknown
from .roles import origin_keys
from .support import Context, Support, weakened
from .twofold import settle_twofold

# Score weights, calibrated on the LGL and TR-News dev sets (resolution with gold spans) by
# coordinate search over a coarse grid (2-4 values each); the optimum is flat (±0.3 points).
POPULATION_WEIGHT = 0.4        # per decade of population
FEATURE_PRIOR = {"PCLI": 3.0, "CONT": 3.0, "ADM1": 2.0, "RGN": 2.5, "ZN": 2.5, "SEA": 2.5,
                 "OCN": 2.5, "ISL": 2.5, "STM": 1.5, "MTS": 1.5, "PPLC": 2.5, "ADM2": 0.5}
# "ISL" (data/places_islands.tsv, big inhabited islands) is set as seas are, by reasoning: a
# big island outranks a hamlet named after it ("Java", Georgia; "Luzon", a town of Davao).
# The dev sets name few islands: at 2.5 their figures are those without the islands' table
# or better (`eventwire eval geoparse`, gold spans and end to end).
# The other waters and land forms of our tables (lakes, straits, gulfs, peaks, passes, deserts,
# peninsulas, valleys: data/places_waters.tsv, places_landforms.tsv, places_islands.tsv's
# groups), chosen as news names them, outrank a small town of their name as rivers do. Gold
# spans flat from 0 to 2.5 (TR-News 0.9443, LGL 0.9184: python benchmarks/calibrate_resolve.py
# PHYSICAL_PRIOR=0,1.5,2.5); own context_waters_aside 9/12 at 0, 10/12 from 1.5 ("Lake Como",
# a New Jersey town of 4,000; that set had been read once already).
PHYSICAL_PRIOR = 1.5
# A landmark our table lists is as well known as a capital city (the White House, not White
# House, Tennessee, 11,000 people). Gold spans: TR-News 0.9106 at 0 and 1.5, 0.9122 at 2.5 and
# 3.5; LGL unchanged (`python benchmarks/calibrate_resolve.py LANDMARK_PRIOR=0,1.5,2.5,3.5`).
LANDMARK_PRIOR = 2.5
FOREIGN_REGION_FACTOR = 0.0    # region prior when nothing else in the document is in its country
COUNTRY_CONTEXT = 5.0          # times the share of the document's other places in that country
NEIGHBOUR_CONTEXT = 1.0        # times the share of the other places in bordering countries
ADMIN1_CONTEXT = 4.0           # times the support of the region among the other names
NEAR_CONTEXT = 2.0             # times the support of the neighbouring grid cells
CELL_DEGREES = 1.0             # grid for "near another place of the document" (~110 km)
SUPPORT_TEMPERATURE = 0.5      # softmax temperature of the first-pass candidate weights
CONTEXT_CANDIDATES = 15        # candidates per name that count as support
CONTAINER_BONUS = 4.0          # "X, Y" where Y is the candidate's region or country
CUE_BONUS = 3.0                # "X County" -> ADM2, "province of X" -> ADM1, "city of X" -> PPL
DATELINE_BONUS = 1.5           # candidate in the dateline's country
# Candidate in the outlet's country (from its domain or a country its host names). Gold spans
# (`python benchmarks/calibrate_resolve.py OUTLET_BONUS=1,2,3`): TR-News 0.9318 / 0.9318 /
# 0.9271 (exact id 0.9090 / 0.9082 / 0.9035), LGL 0.8956 / 0.8958 / 0.8958; 2 is the most the
# dev sets allow, and enough for a New Zealand paper's "Hamilton" over Bermuda's capital of a
# thousand people (tests/places/data/context_dev.jsonl; at 1.0 that case failed).
OUTLET_BONUS = 2.0
# Candidate among the towns the outlet's host names (theparisnews.com: the Parises of the US).
# LGL gold spans 0.8835 / 0.8850 / 0.8855 / 0.8855 / 0.8853 at 0 / 1 / 3 / 4 / 5 (the support
# of the home towns alone gives most of it); TR-News unchanged (`python
# benchmarks/calibrate_resolve.py OUTLET_TOWN_BONUS=0,1,3,4,5`). 3 is the middle of the plateau:
# enough for a bare "Paris" in the Paris, Texas paper, while a world capital's prior and the
# document's own country context still win an article about France there.
OUTLET_TOWN_BONUS = 3.0
# The key under which the outlet's home towns support the document's names (normalize() never
# yields a space-led key, so no place name can take it); the title's places take " title N".
OUTLET_KEY = (" outlet", False)
# Candidate in a country / first-level region the article's title names ("Attack in Paris:
# France mourns"): the title says what the article is about, so it outweighs the outlet's
# country and home town (2 + 3) that a local paper's foreign story would otherwise follow;
# a region names less ("Newark, Ohio man charged": Ohio's Newark over New Jersey's).
# Set by that reasoning and unit tests: the dev sets carry no titles.
TITLE_COUNTRY_BONUS = 6.0
TITLE_ADMIN1_BONUS = 3.0
# A name the title or the dateline names too ("Protests in Cairo" over a body's "in Cairo",
# "LIMA, Ohio" over "a bar in Lima") means the place they resolved it to: one sense per name
# and article. It outweighs most of the home region's context (4 + 2 + the country's share),
# and never applies to a name the body gives a container ("Cairo, Ga."). Set by that
# reasoning and the hand-written reports of tests/places (the dev sets carry no titles).
NAMED_BONUS = 6.0
# A town named like an area, where the text gives the name an article ("in the Yukon"): the
# penalty outweighs the most country, region and grid context can give (5 + 4 + 2), as
# homonyms.AREA_NAMESAKE_PENALTY does. Set by that reasoning on our own news
# (tests/places/data/news_*.jsonl); dev sets: see the README's geoparsing rows.
ARTICLED_TOWN_PENALTY = 10.0
NAMESAKE_REGION_PENALTY = 3.0  # region named after its main town (.grains): news means the town
LOOSE_PENALTY = 1.0            # matched only through the transliteration skeleton
# Home region: a small town (under HOME_SMALL_TOWN people) with no support of its own, picked
# outside the region holding at least HOME_SHARE of the support of the document's other names
# (HOME_MIN_NAMES or more), where no namesake lies, gives way to that region. Calibrated on the
# LGL/TR-News dev sets (5,000-50,000 people and shares 0.3-0.7 within ±0.2 points); the support
# below HOME_NEAR_MAX counts as none.
HOME_SMALL_TOWN = 20_000
HOME_SHARE = 0.5
HOME_MIN_NAMES = 2.0
HOME_NEAR_MAX = 0.1
HOME_REGION_CONFIDENCE = 0.5   # factor: the region stands in for a place it contains
# A name that only says where people come from ("Texas tourists visiting Paris", "a Kerala
# nurse in Dubai": .roles' ORIGIN) tells less of where the story is than a plain mention: its
# support counts this much (the document's share of names still counts it as one name). Set
# so that all it can give (0.1 x (5 + 4 + 2)) stays under the dateline's bonus (1.5): it
# breaks ties between namesakes of like size, never outweighs a city's size or the article's
# own signals. Dev sets (gold spans): flat from 0 to 1 (python benchmarks/calibrate_resolve.py
# ORIGIN_WEIGHT=0,0.25,0.5,1).
ORIGIN_WEIGHT = 0.1
# Confidence: logistic of the margin between the best and second-best score.
CONFIDENCE_SCALE = 0.8
# A name resolved with this confidence or more supports its pick alone in a last pass (calibrated
# on the dev sets: flat from 0.8 to 0.95; at 0.7 shaky picks start to mislead the others).
FIRM_CONFIDENCE = 0.8


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entry chosen for a mention (``entry`` None when nothing fits)."""

    mention: Mention
    entry: int | None
    confidence: float
    # The entry is a place named inside the mention's longer name, or one the mention's place
    # lies in or near ("the Hilton in Nairobi": Nairobi): coarser than the entry itself.
    inner: bool = False


def resolve_all(gaz: Gazetteer, text: str, mentions: Sequence[Mention], *,
                dateline_country: str | None = None, outlet_country: str | None = None,
                outlet_towns: Sequence[int] = (), title_places: Sequence[int] = (),
                named_places: Sequence[int] = ()) -> list[Resolution]:
    """Resolve a document's mentions together: one sense per name and document, chosen with
    the evidence of all its mentions ("London, Ont." once settles every "London").
    ``outlet_towns``, the towns the outlet's host names, support the places near them as one
    more name of the document would, each with the same weight. ``title_places``, the places
    the title names (resolved), are names of the document too, and their countries and
    regions get TITLE_*_BONUS. ``named_places``, the places the title and the dateline name,
    are the sense of a name of the text that can be one of them (NAMED_BONUS), unless the
    text gives that name a container of its own."""
    # One sense per name, however it is written: "MANSFIELD", "Mansfield's", "St Cloud".
    keys = [(normalize(name_of(gaz, m.text)), m.demonym) for m in mentions]
    first: dict[tuple[str, bool], Mention] = {}
    cues: dict[tuple[str, bool], str | None] = {}
    containers: dict[tuple[str, bool], tuple[int, ...]] = {}
    held_by = containers_of(gaz, text, mentions)
    for k, m, cont in zip(keys, mentions, held_by):
        first.setdefault(k, m)
        cues[k] = cues.get(k) or cue_of(text, m)
        containers[k] = containers.get(k, ()) + cont
    cands = {k: candidates(gaz, m) for k, m in first.items()}
    for k, m in zip(keys, mentions):
        # "the Murray basin", "from the Shannon": the Murray River, the River Shannon are
        # senses too
        extra = () if m.demonym else feature_senses(gaz, text, m)
        if extra:
            rest = tuple(i for i in cands[k][0] if i not in extra)
            cands[k] = (extra + rest, cands[k][1] and not extra)
    home = frozenset(outlet_towns)
    title_cc = frozenset(gaz.country[i] for i in title_places if gaz.country[i])
    title_a1 = frozenset(gaz.admin1[i] for i in title_places
                         if gaz.admin1[i] and gaz.feature[i] not in COUNTRY_FEATURES)
    empty = Context({}, {}, {}, 0, dateline_country, outlet_country, home, title_cc, title_a1)
    # Names the gazetteer does not know say nothing about where the others are.
    # Nor do names found inside longer ones ("Dublin Irish Festival"): too weak a sign.
    inner = {k for k, m in first.items() if cands[k][0] and not own_candidates(gaz, m)[0]}
    # Nor does a town's name the text only gives an article ("a fire at the Hilton").
    mute, the_areas = _articled(gaz, text, mentions, keys, cands)
    # A town the text uses as its own in local news ("the Vienna town council"): see .local.
    local = local_bonuses(gaz, text, mentions, keys, cands,
                          local_country(text, outlet_country, dateline_country))
    names = {k: _name(gaz, c, _prior_weights(gaz, c, loose, cues[k], containers[k], empty,
                                             local.get(k, {})))
             for k, (c, loose) in cands.items()
             if c and k not in inner and k not in mute and local.get(k, 1)}
    faint = origin_keys(text, mentions, keys)
    for k in faint.intersection(names):
        names[k] = weakened(names[k], ORIGIN_WEIGHT)
    if home:
        names[OUTLET_KEY] = _outlet_name(gaz, home)
    for n, i in enumerate(dict.fromkeys(title_places)):
        names[(f" title {n}", False)] = _name(gaz, (i,), {i: 1.0})
    extra = sum(1 for k in names if k[0].startswith(" "))
    penalties = {k: alias_penalties(gaz, name_of(gaz, first[k].text), c, FEATURE_PRIOR["PPLC"])
                 for k, (c, _) in cands.items()}
    for k, bonus in local.items():
        penalties[k].update({i: penalties[k].get(i, 0.0) - b for i, b in bonus.items()})
    bonuses = [capital_bonuses(gaz, {k: m.text for k, m in first.items() if not k[1]},
                               {k: c for k, (c, _) in cands.items()}),
               airport_bonuses(gaz, text, {k: c for k, (c, _) in cands.items()})]
    for k, bonus in (kb for b in bonuses for kb in b.items()):
        penalties[k].update({i: penalties[k].get(i, 0.0) - b for i, b in bonus.items()})
    for k in the_areas - inner:
        penalties[k].update({i: penalties[k].get(i, 0.0) + ARTICLED_TOWN_PENALTY
                             for i in cands[k][0] if not gaz.is_area(i)})
    # A name after "the" that is a water's too is not a second-level unit's ("aground on the
    # Rhone" is the river, not the département; "from the Shannon" not Shannon County).
    for k in {k for m, k in zip(mentions, keys) if the_water(text, m)} - inner:
        if any(gaz.feature[i] in PHYSICAL_FEATURES for i in cands[k][0]):
            penalties[k].update({i: penalties[k].get(i, 0.0) + ARTICLED_TOWN_PENALTY
                                 for i in cands[k][0] if gaz.feature[i] == "ADM2"})
    named = frozenset(named_places)
    for k, (c, _) in cands.items():
        if not containers[k]:
            for i in named.intersection(c):
                penalties[k][i] = penalties[k].get(i, 0.0) - NAMED_BONUS

    def resolve(keys_: Iterable[tuple[str, bool]]
                ) -> dict[tuple[str, bool], tuple[int | None, float]]:
        doc = replace(_document_context(names, dateline_country, outlet_country, home),
                      title_countries=title_cc, title_admin1s=title_a1)
        return {k: _best(gaz, cands[k][0], cands[k][1], cues[k], containers[k],
                         replace(doc, own=names.get(k)), penalties[k],
                         # a town the text uses as its own is no world city's namesake
                         "" if local.get(k) else name_of(gaz, first[k].text))
                for k in keys_}

    picked = resolve(cands)
    # Names now resolved firmly ("Georgia" the state, once Atlanta's and Macon's context is
    # in) support their pick alone; the others are resolved again with that context.
    firm = {k for k, (i, confidence) in picked.items()
            if confidence >= FIRM_CONFIDENCE and i in cands[k][0]}
    if firm and len(firm) < len(names) - extra:
        names.update({k: weakened(_name(gaz, cands[k][0], {picked[k][0]: 1.0}),
                                  ORIGIN_WEIGHT if k in faint else 1.0) for k in firm})
        picked.update(resolve(k for k in cands if k not in firm))
    senses = {k: c for k, (c, _) in cands.items()}
    lists = lists_of(text, mentions)
    picked.update(settle_containers(gaz, text, mentions, keys, picked, senses, lists))
    picked.update(settle_lists(gaz, text, mentions, keys, picked, senses, lists, held_by))
    picked.update(settle_parts(gaz, text, mentions, keys, picked, senses))
    picked.update(settle_within(gaz, text, mentions, keys, picked, senses))
    # Names the tables lack, read by a place inside them or by a loose spelling.
    weak = frozenset(inner) | {k for k, m in first.items() if spelled_loosely(gaz, m)}
    picked.update(settle_abroad(gaz, text, mentions, keys, picked,
                                frozenset(c for c in (dateline_country, outlet_country) if c),
                                weak))
    picked.update(settle_region_words(gaz, mentions, keys, picked))
    picked.update(settle_units(gaz, mentions, keys, picked, local))
    picked.update(settle_states(gaz, keys, picked, senses, containers, prominent_town))
    picked.update(gather_states(gaz, keys, picked, senses, containers))
    picked.update(settle_twofold(gaz, keys, picked, senses, cues))
    # ... and such a name whose reading abroad was dropped is one the tables lack.
    unread = {k: () if k in weak and picked[k][0] is None else c for k, c in senses.items()}
    picked.update(settle_unknown(gaz, mentions, keys, picked, unread, text))
    picked.update(settle_quarters(gaz, text, mentions, keys, picked, senses))
    # A pick that is none of the name's own senses stands in for a place the tables lack (the
    # region a camp is in, the town a hotel is in): in or near it, not it.
    stand_in = {k for k, (i, _) in picked.items() if i is not None and i not in cands[k][0]}
    # a bare mention of a name a cue settled as its region means the region's main town
    towns = bare_towns(gaz, mentions, keys, picked, senses, cues, lambda m: cue_of(text, m))
    return [Resolution(m, *towns.get(n, picked[k]), inner=k in inner or k in stand_in)
            for n, (m, k) in enumerate(zip(mentions, keys))]


def _articled(gaz: Gazetteer, text: str, mentions: Sequence[Mention],
              keys: Sequence[tuple[str, bool]], cands: dict
              ) -> tuple[set[tuple[str, bool]], set[tuple[str, bool]]]:
    """The names every mention of which has an article and no noun after it (see
    cues.articled), as (towns, areas): towns take no article, so a name that can only be a
    town names something else and supports nothing ("a fire at the Hilton"), and one that
    can be an area is the area ("in the Yukon" is the territory, not the Oklahoma town,
    whatever the other names' country)."""
    said = [(k, articled(text, m)) for m, k in zip(mentions, keys) if not m.demonym]
    bare = {k for k, a in said if a} - {k for k, a in said if not a}
    areas = {k for k in bare if any(gaz.is_area(i) for i in cands[k][0])}
    towns = {k for k in bare - areas
             if not any(gaz.feature[i] in LANDMARK_FEATURES for i in cands[k][0])}
    return towns, areas


# A grid cell and its eight neighbours, as offsets.
_NEAR = tuple((da, db) for da in (-1, 0, 1) for db in (-1, 0, 1))


def _cell(gaz: Gazetteer, i: int) -> tuple[int, int]:
    return (int(gaz.latitude[i] // CELL_DEGREES), int(gaz.longitude[i] // CELL_DEGREES))


def _prior_weights(gaz: Gazetteer, cands: Sequence[int], loose: bool, cue: str | None,
                   container: tuple[int, ...], ctx: Context,
                   bonus: dict[int, float]) -> dict[int, float]:
    """First-pass probability of each candidate: softmax of the context-free scores (and
    the local-news ``bonus``, so a local town supports its own country, not its namesake's)."""
    top = cands[:CONTEXT_CANDIDATES]
    scores = [score(gaz, i, loose, cue, container, ctx) + bonus.get(i, 0.0) for i in top]
    if not scores:
        return {}
    best = max(scores)
    weights = [math.exp((s - best) / SUPPORT_TEMPERATURE) for s in scores]
    total = sum(weights)
    return {i: w / total for i, w in zip(top, weights)}


def _name(gaz: Gazetteer, cands: Sequence[int], weights: dict[int, float]) -> Support:
    """The support of one name: each candidate gives its first-pass probability to its region
    and to the grid cells around it, so "Henry County" and "Washington County" together point
    at the states that have both, and at the one where they are neighbours."""
    regions: dict[str, float] = {}
    cells: dict[tuple[int, int], float] = {}
    for i, w in weights.items():
        a1 = gaz.admin1[i]
        if a1:
            regions[a1] = regions.get(a1, 0.0) + w
        if not gaz.is_area(i) or gaz.feature[i] == "ADM2":
            a, b = _cell(gaz, i)
            for near in _NEAR:
                key = (a + near[0], b + near[1])
                if cells.get(key, 0.0) < w:
                    cells[key] = w
    pick = max(weights, key=weights.__getitem__) if weights else None
    return Support(gaz.country[pick] if pick is not None else "", regions, cells)


def _outlet_name(gaz: Gazetteer, towns: frozenset[int]) -> Support:
    """The support of the outlet's home towns: the same weight to each (the host does not
    say which Paris it is), and their country only when they share one."""
    name = _name(gaz, sorted(towns), dict.fromkeys(towns, 1.0 / len(towns)))
    countries = {gaz.country[i] for i in towns}
    return replace(name, country=countries.pop() if len(countries) == 1 else "")


def _document_context(names: dict[tuple[str, bool], Support], dateline_country: str | None,
                      outlet_country: str | None, outlet_towns: frozenset[int]) -> Context:
    countries: dict[str, float] = {}
    admin1s: dict[str, float] = {}
    cells: dict[tuple[int, int], float] = {}
    for name in names.values():
        if name.country:
            countries[name.country] = countries.get(name.country, 0.0) + name.weight
        for a1, w in name.admin1s.items():
            admin1s[a1] = admin1s.get(a1, 0.0) + w
        for c, w in name.cells.items():
            cells[c] = cells.get(c, 0.0) + w
    return Context(countries, admin1s, cells, max(0, len(names) - 1), dateline_country,
                   outlet_country, outlet_towns)


def _best(gaz: Gazetteer, cands: Sequence[int], loose: bool, cue: str | None,
          container: tuple[int, ...], ctx: Context,
          penalties: dict[int, float] | None = None, name: str = ""
          ) -> tuple[int | None, float]:
    """The best candidate and its confidence; ``name``, the name as written, lets a world
    city take its bonus (homonyms.prominence_bonuses: "" where the text uses it locally)."""
    if not cands:
        return None, 0.0
    if cue in WATER_CUES and any(gaz.feature[i] == cue for i in cands):
        # "the Red Sea" is the water whatever the context: not Egypt's or Sudan's Red Sea
        # region, which the document's country would otherwise favour.
        cands = [i for i in cands if gaz.feature[i] == cue]
    elif cue == FEATURE_CUE and any(gaz.feature[i] in PHYSICAL_FEATURES for i in cands):
        # "the Thames barrier" is the river's, not a town of New Zealand's
        cands = [i for i in cands if gaz.feature[i] in PHYSICAL_FEATURES]
    elif cue == "PCLI" and any(gaz.feature[i] in COUNTRY_FEATURES for i in cands):
        # ... and an office only a country has ("the embassy of Georgia in Washington",
        # "Georgia's president") is the country's, whatever the other names' country.
        cands = [i for i in cands if gaz.feature[i] in COUNTRY_FEATURES]
    penalties = penalties or {}
    # A region named after its main town ("Aleppo", "Idlib") means the town unless cued;
    # a region whose namesake town is a small part of it ("Quebec") means the region. Every
    # candidate was found under the one name, so a town of the region is its namesake however
    # the tables spell each ("Kirkuk" and "Muhafazat Kirkuk", "Basrah" and "Basra Governorate").
    towns = namesake_towns(gaz, cands)

    # An explicit "X, Y" outweighs fame: "Paris, Tex." is in Texas even in a short notice.
    prominent = prominent_town(gaz, cands) if not container else None
    lift = prominence_bonuses(gaz, cands, prominent, name)
    lone = lone_namesakes(gaz, cands, cue, container, ctx)
    scored = sorted(((score(gaz, i, loose, cue, container, ctx)
                      + lift.get(i, 0.0)
                      - (COUNTRY_NAMESAKE_PENALTY if i in lone else 0.0)
                      - (NAMESAKE_REGION_PENALTY if cue != "ADM1" and gaz.feature[i] == "ADM1"
                         and is_namesake_region(gaz, i, towns) else 0.0)
                      - penalties.get(i, 0.0), i) for i in cands),
                    reverse=True)
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 4.0
    confidence = round(1.0 / (1.0 + math.exp(-CONFIDENCE_SCALE * margin)), 3)
    home = _home_region(gaz, scored[0][1], cands, ctx)
    if home is not None:
        # A famous namesake is likelier than a hamlet far from the story's home with no
        # support of its own: "a truck plowed into a crowd in Nice" in an Ohio paper is not
        # about Nice, California (nor, in its stead, about Ohio).
        if prominent is not None and prominent != scored[0][1]:
            return prominent, round(confidence * HOME_REGION_CONFIDENCE, 3)
        return home, round(confidence * HOME_REGION_CONFIDENCE, 3)
    return scored[0][1], confidence


def _home_region(gaz: Gazetteer, pick: int, cands: Sequence[int], ctx: Context) -> int | None:
    """The document's home region, when the pick is a small town outside it and no namesake
    lies inside it: in local news such a name is a place too small for the gazetteer
    ("Atlantic Beach" among Myrtle Beach and Horry County), so the region is the safer answer."""
    if (gaz.is_area(pick) or gaz.feature[pick] != "PPL"
            or gaz.population[pick] >= HOME_SMALL_TOWN or ctx.total < HOME_MIN_NAMES
            or ctx.cell(_cell(gaz, pick)) > HOME_NEAR_MAX
            or ctx.admin1(gaz.admin1[pick]) > HOME_NEAR_MAX):
        return None
    a1 = max(ctx.admin1s, key=ctx.admin1, default=None)
    if (a1 is None or a1 == gaz.admin1[pick] or a1.split(".")[0] != gaz.country[pick]
            or ctx.admin1(a1) < HOME_SHARE * ctx.total or a1 not in gaz.admin1s
            or any(gaz.admin1[i] == a1 for i in cands)):
        return None
    return gaz.admin1s[a1]


def score(gaz: Gazetteer, i: int, loose: bool, cue: str | None, container: tuple[int, ...],
          ctx: Context) -> float:
    """Log-linear score of entry ``i`` for a mention (see the weights above)."""
    feature, cc, a1 = gaz.feature[i], gaz.country[i], gaz.admin1[i]
    prior = LANDMARK_PRIOR if feature in LANDMARK_FEATURES else FEATURE_PRIOR.get(
        feature, PHYSICAL_PRIOR if feature in PHYSICAL_FEATURES else 0.0)
    total = ctx.total
    contained = bool(container) and any(inside(gaz, i, c) for c in container)
    # "Queensland, Australia" is not foreign to the document, whatever else it names.
    if (feature == "ADM1" and total and ctx.country(cc) <= 0 and not contained
            and cc not in (ctx.dateline_country, ctx.outlet_country)):
        prior *= FOREIGN_REGION_FACTOR
    s = POPULATION_WEIGHT * math.log10(gaz.population[i] + 1) + prior
    if total:
        s += COUNTRY_CONTEXT * ctx.country(cc) / total
        s += NEIGHBOUR_CONTEXT * ctx.neighbours(gaz, cc) / total
        if feature not in COUNTRY_FEATURES:
            s += ADMIN1_CONTEXT * min(1.0, ctx.admin1(a1) / total ** 0.5)
        if not gaz.is_area(i) or feature == "ADM2":
            s += NEAR_CONTEXT * min(1.0, ctx.cell(_cell(gaz, i)) / total ** 0.5)
    if contained:
        s += CONTAINER_BONUS
    if cue is not None and (feature == cue or (cue == "PPL" and feature.startswith("PPL"))):
        s += CUE_BONUS
    if ctx.dateline_country and cc == ctx.dateline_country:
        s += DATELINE_BONUS
    if ctx.outlet_country and cc == ctx.outlet_country:
        s += OUTLET_BONUS
    if i in ctx.outlet_towns:
        s += OUTLET_TOWN_BONUS
    if cc and cc in ctx.title_countries:
        s += TITLE_COUNTRY_BONUS
    if a1 and a1 in ctx.title_admin1s:
        s += TITLE_ADMIN1_BONUS
    if loose:
        s -= LOOSE_PENALTY
    return s

