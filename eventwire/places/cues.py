"""What the words around a place name say it is: cue words ("X County", "the province of X",
"the city of X") and containers ("Paris, Texas", "Paris in Texas": Texas holds Paris, and is a
region; "the Hilton in Nairobi" is in Nairobi).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TypeVar

from .gazetteer import COUNTRY_FEATURES, LANDMARK_FEATURES, PHYSICAL_FEATURES, Gazetteer
from .grains import lone_abroad, outside_district
from .names import normalize, skeleton
from .recognize import GEO_WORDS, PLACE_APPOSITION, Mention
from .strength import STRONG_CITY_POPULATION

_REGION_WORD = r"(?:province|state|region|governorate|oblast|prefecture)"
# An administrative word the gazetteer's name lacks ("Fars Province", "Karak district").
_REGION_UNITS = (r"(?:province|district|governorate|region|prefecture|oblast|state|"
                 r"department)")
REGION_TAIL = re.compile(rf"\s+{_REGION_UNITS}$", re.IGNORECASE)
# ... and the same word after a name ("Samar province").
REGION_UNIT_AFTER = re.compile(rf"\s+{_REGION_UNITS}\b", re.IGNORECASE)
# A state's or a province's own offices ("the governor of Georgia", "Georgia's governor",
# "the Kandahar governor"): a country of the name has none (its namesake is what a bare name
# would otherwise mean), as a town's mayor names the town (_CITY_AFTER).
_ADM1_CUE = re.compile(rf"\b(?:{_REGION_WORD}|governor)\s+of\s+$", re.IGNORECASE)
_ADM1_AFTER = re.compile(rf"^(?:\s+{_REGION_WORD}|(?:['’]s)?\s+(?:governor|gubernatorial|"
                         rf"lieutenant\s+governor|state\s+legislature))\b", re.IGNORECASE)
_CITY_CUE = re.compile(r"\b(?:city|town|village|suburb|capital|mayor)\s+of\s+$", re.IGNORECASE)
# A town's own offices after its name ("Sao Paulo's mayor", "the New York City Council",
# "Springfield Mayor Jane Roe"): a region of the name has none (its namesake state or
# province is what a bare name would otherwise mean).
_CITY_AFTER = re.compile(r"(?:['’]s)?\s+(?i:mayor|mayoral|city\s+council|city\s+hall)\b")
# Offices and bodies only a country has ("the king of Jordan", "the embassy of Chad", "the
# Republic of Georgia"): not "the government" nor "the people of" (a state's as well).
_COUNTRY_CUE = re.compile(r"\b(?:king|queen|emir|sultan|monarch|kingdom|republic|president|"
                          r"prime\s+minister|foreign\s+minister|embassy|ambassador|envoy)\s+"
                          r"of\s+(?:the\s+)?$", re.IGNORECASE)
# ... and after its name ("Georgia's president", "the Niger embassy"): a state's governor is
# no president, a province has no prime minister.
_COUNTRY_AFTER = re.compile(r"(?:['’]s)?\s+(?:president|prime\s+minister|foreign\s+minist\w+|"
                            r"embassy|ambassador|armed\s+forces)\b", re.IGNORECASE)
# A structure or a part of a water or a land form after a name ("the Thames barrier", "the
# Mekong delta", "the Shannon estuary"): the name is the river's or the feature's when the
# tables have it as one, not a namesake town's (Thames, New Zealand). Not inside a longer
# name ("the Missouri Valley Blazers", a team).
FEATURE_CUE = "FEATURE"
_FEATURE_AFTER = re.compile(r"\s+(?P<noun>(?i:barrier|estuary|bridge|dam|delta|valley|basin|"
                            r"floodplain|flood\s+plain|catchment|watershed|embankment|gorge|"
                            r"river|riverbank|waterfront|tributary))(?i:s|es)?\b(?![ ]+[A-Z])")
# What a river's name is also written as in the tables ("Murray River", "River Shannon").
_RIVER_FORMS = ("{} River", "River {}")


def feature_senses(gaz: Gazetteer, text: str, m: Mention) -> tuple[int, ...]:
    """The waters and land forms a name before a structure noun may be (FEATURE_CUE): the
    name with that noun ("the Niger delta": Niger Delta; "the Napa valley"), or a river's
    ("the Murray basin": the Murray River; "the Severn bridge": the River Severn); and the
    river a name with an article and no noun after it may be ("floodwaters from the
    Shannon": the River Shannon, not a town; see :func:`articled`)."""
    after = _FEATURE_AFTER.match(text, m.end)
    if after is None and not articled(text, m):
        return ()
    nouns = [f"{m.text} {after.group('noun')}"] if after is not None else []
    forms = [*nouns, *(f.format(m.text) for f in _RIVER_FORMS)]
    found = (i for form in forms for i in gaz.lookup(form))
    return tuple(dict.fromkeys(i for i in found if gaz.feature[i] in PHYSICAL_FEATURES))


# ", Y" after a name, Y one to three capitalised words or abbreviations ("W. Va.", "New Mexico").
_CONTAINER_TAIL = re.compile(r",\s*((?:[A-Z][\w\'\u2019]*\.?\s?){1,3})")
_ADM2_AFTER = re.compile(r"^\s+(?:county|parish|district)\b", re.IGNORECASE)
# The items of a list of counties ("Polk, Story and Boone counties"): each names a county.
_ITEM = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}"
_ITEM_GAP = r"(?:,[ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or|&)[ ]+)"
_COUNTIES = r"[ ]+(?i:counties|parishes)\b"
_COUNTY_LIST_TAIL = re.compile(rf"(?:{_ITEM_GAP}{_ITEM}){{0,30}}{_COUNTIES}")
_COUNTY_LIST = re.compile(rf"{_ITEM}(?:{_ITEM_GAP}{_ITEM}){{1,30}}{_COUNTIES}")
_ITEM_RE = re.compile(_ITEM)
# A name that says it is a sea or an ocean ("the Red Sea") is the water, not a region named
# after it, unless a region word follows ("Red Sea state").
_WATER_WORDS = {"sea": "SEA", "ocean": "OCN"}
WATER_CUES = frozenset(_WATER_WORDS.values())
# Between X and Y in "X, Y", also "X, northern Y".
_COMMA = re.compile(r",\s*(?:(?:north|south|east|west|central|north-?east|north-?west|"
                    r"south-?east|south-?west)(?:ern)?\s+)?", re.IGNORECASE)
# Between two items of a list: "A, B and C", "A and B", "A, B, or C", "A & B".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&)\s*")
_AND = re.compile(r"\s*(?:and|or|&)\s*")

# Between X and Y in "X in Y": the rest of X's longer name if any ("the Savoy Hotel in", "the
# Gidda refugee camp in"), and a part of Y ("in central Nairobi", "in northern Kenya").
_IN = re.compile(r"(?P<rest>(?:['’]s)?(?:[ ]+(?:[A-Z][\w'’&-]*|refugee|displacement|camp|"
                 r"settlement|village|market|hotel|hospital|neighbou?rhood|district))*)"
                 r"\s+in\s+(?:(?:the\s+)?(?:(?:downtown|"
                 r"central|(?:north|south|east|west|north-?east|north-?west|south-?east|"
                 r"south-?west)(?:ern)?)\s+))?")
# "from X in Y", X a town's bare name: where someone came from, Y where they are (not "freed
# from the Beverly Hotel in Mogadishu").
_FROM = re.compile(r"\bfrom[ ]+(?:the[ ]+)?$")
# ", a village in Y", ", a small town near Y", ", a district of Y": the text says where X is.
_DESCRIBED_IN = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?:small|remote|large|poor|rural|coastal|mountain|border|farming|"
    r"fishing|mining|market|nearby)\s+)?(?:town|village|city|district|camp|settlement|suburb|"
    r"neighbou?rhood|hamlet|area|township|municipality)\s+(?:in|near|outside|of|on\s+the\s+"
    r"outskirts\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|"
    r"north-?west|south-?east|south-?west)(?:ern)?\s+)?", re.IGNORECASE)
# "X in Y", Y a town: X lies within this many degrees of latitude and longitude of Y (about
# 110 km, the grid cell resolve.py counts as near), else X is not the town of that name.
NEAR_DEGREES = 1.0
# ... and X, named by its own name, yields to Y only when smaller than this (a big city "in"
# another is a gathering for it: "a vigil for Orlando in London"). Set by that reasoning and
# tests/places/data/context_names_*.jsonl; the LGL/TR-News dev scores are the same at 10,000
# and 20,000, one LGL toponym better at 50,000 (LGL acc@161 0.8084 / 0.8086): too little to
# raise it past the reasoning (python benchmarks/geoparse.py --errors lists what it moves).
SMALL_TOWN = 20_000

# After a town's name, more of a group's name ("the Windsor Boys militia", "the X gang"): a
# group's name honours places far off as often as it names where it is.
_GROUP_AFTER = re.compile(r"(?:[ ]+[A-Z][\w'’-]*){0,3}[ ]+(?:gang|militia|cartel|syndicate|"
                          r"crew|mob|posse|brigade|club|faction)s?\b")
# A town's name after "the" and before no noun names something else ("a fire at the Hilton
# on Friday", "shares of the Savoy fell"): towns take no article ("the Brussels bombings"
# is about the town).
_THE = re.compile(r"\b[Tt]he[ ]+$")
_THE_AFTER = re.compile(r"(?:['’]s)?(?:[ ]*[.,;:!?)\"”]|[ ]+(?:in|on|at|for|with|to|from|by|"
                        r"near|after|before|during|since|last|was|is|has|had|were|are|said|"
                        r"says|will|would|where|which|that|who|when|but|as|fell|rose)\b|$)")
# Words around a name that make its place a village or a camp: ", a village in", "the
# village of X", "the X refugee camp".
_SMALL_PLACE_NOUN = r"(?:village|hamlet|camp|settlement)"
_SMALL_PLACE = re.compile(r"(?:,\s+(?:a|the)\s+(?:small\s+|remote\s+)?|\s+(?:refugee\s+|"
                          rf"displacement\s+)?){_SMALL_PLACE_NOUN}\b")
_SMALL_PLACE_BEFORE = re.compile(rf"\b{_SMALL_PLACE_NOUN}\s+(?:of|called|named)\s+$")

# Between a town and a part of it named after: "the Lisbon suburb of Amadora", "the Kabul
# neighbourhood of Wazir Akbar Khan".
_PART_OF = re.compile(r"\s+(?:neighbou?rhood|suburb|district|quarter|township|camp)\s+of\s+"
                      r"(?:the\s+)?", re.IGNORECASE)

K = TypeVar("K")                # the key of a name (one sense per name and document)


def cue_of(text: str, m: Mention) -> str | None:
    """The feature a cue word around ``m`` or in its name asks for: "ADM2", "ADM1", "PPL",
    "PCLI", "SEA", "OCN", FEATURE_CUE (a water's or a land form's), or None."""
    before, after = text[max(0, m.start - 40):m.start], text[m.end:m.end + 20]
    if _ADM2_AFTER.match(after) or _COUNTY_LIST_TAIL.match(text, m.end):
        return "ADM2"
    if _ADM1_CUE.search(before) or _ADM1_AFTER.match(after):
        return "ADM1"
    if _CITY_CUE.search(before) or _CITY_AFTER.match(after):
        return "PPL"
    if _COUNTRY_CUE.search(before) or _COUNTRY_AFTER.match(after):
        return "PCLI"
    if _FEATURE_AFTER.match(after):
        return FEATURE_CUE
    return _WATER_WORDS.get(m.text.rsplit(None, 1)[-1].lower()) if m.text.strip() else None


# A legislator's party and home in US news ("Sen. Jane Roe, R-Springfield", "D-Flagstaff").
_PARTY_HOME = re.compile(r",[ ]+(?:R|D|I|DFL)-([A-Z][\w'’.]*(?:[ ][A-Z][\w'’.]*){0,2})")


def party_homes(gaz: Gazetteer, text: str) -> list[Mention]:
    """The homes of legislators after their party ("R-Springfield"): the longest run of the
    words after the hyphen that the gazetteer knows."""
    out = []
    for found in _PARTY_HOME.finditer(text):
        words = list(re.finditer(r"\S+", found.group(1)))
        for k in range(len(words), 0, -1):
            start, end = found.start(1), found.start(1) + words[k - 1].end()
            name = text[start:end].rstrip(".,")
            if gaz.lookup(name):
                out.append(Mention(start, start + len(name), name, "GAZ", False))
                break
    return out


def county_lists(gaz: Gazetteer, text: str) -> list[Mention]:
    """The items of the text's lists of counties ("Polk, Story and Boone counties") that name
    a county the gazetteer holds."""
    out = []
    for found in _COUNTY_LIST.finditer(text):
        tail = re.search(_COUNTIES + "$", found.group())
        end = found.start() + (tail.start() if tail else len(found.group()))
        for item in _ITEM_RE.finditer(text, found.start(), end):
            if any(gaz.feature[i] == "ADM2" for i in gaz.lookup(item.group())):
                out.append(Mention(item.start(), item.end(), item.group(), "GAZ", False))
    return out


def inside(gaz: Gazetteer, i: int, container: int) -> bool:
    """True when entry ``i`` lies in the country or first-level region ``container``."""
    f = gaz.feature[container]
    if f in COUNTRY_FEATURES:
        return gaz.country[i] == gaz.country[container] and i != container
    if f == "ADM1":
        return gaz.admin1[i] == gaz.admin1[container] and i != container
    return False


def containers_of(gaz: Gazetteer, text: str, mentions: Sequence[Mention]) -> list[tuple[int, ...]]:
    """For "X, Y": the countries and first-level regions Y may be, for X. Y is the next mention,
    else the words after the comma ("Paris, Tenn." where "Tenn." was not marked as a place)."""
    out: list[tuple[int, ...]] = [() for _ in mentions]
    for k, a in enumerate(mentions):
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        # "the embassy of Georgia in Washington": a country's office abroad, not held there
        if b is not None and (_COMMA.fullmatch(text[a.end:b.start])
                              or (_IN.fullmatch(text, a.end, b.start)
                                  and cue_of(text, a) != "PCLI")
                              or _DESCRIBED_IN.fullmatch(text, a.end, b.start)):
            if not b.demonym:
                out[k] = regions_named(gaz, b.text)
            continue
        tail = _CONTAINER_TAIL.match(text, a.end, a.end + 40)
        if tail is not None:
            words = tail.group(1).split()
            for n in range(len(words), 0, -1):      # the longest name first: "W. Va."
                found = regions_named(gaz, " ".join(words[:n]))
                if found:
                    out[k] = found
                    break
    return out


def own_name(gaz: Gazetteer, i: int, name: str) -> bool:
    """Entry ``i`` bears ``name`` as its own name or a spelling of it, not as an alias."""
    return normalize(gaz.name[i]) == normalize(name) or skeleton(gaz.name[i]) == skeleton(name)


def regions_named(gaz: Gazetteer, name: str) -> tuple[int, ...]:
    return tuple(i for i in gaz.lookup(name) if gaz.feature[i] in COUNTRY_FEATURES
                 or gaz.feature[i] == "ADM1")


def settle_containers(gaz: Gazetteer, text: str, mentions: Sequence[Mention],
                      keys: Sequence[K], picked: Mapping[K, tuple[int | None, float]],
                      candidates: Mapping[K, Sequence[int]], lists: Sequence[Sequence[int]]
                      ) -> dict[K, tuple[int | None, float]]:
    """In "X, Y", Y holds X. Y takes the region named Y that holds X's pick ("California" in
    "Redding, California": the state, not the Scottish village by Redding, Falkirk); else,
    when Y is a region or country that X's pick (not a country) lies outside, X takes its
    best sense inside Y ("Queensland, Australia": the state, not the hamlet in Alberta).
    When X has no sense inside Y and was picked by an alternate name only, X is somewhere in
    Y and takes Y's entry. Items of longer lists ("Syria, Iraq, Jordan"; ``lists``:
    lists_of() the mentions) are not pairs. Returns the picks this changes."""
    in_list = {k for run in lists if len(run) > 2 for k in run}
    out: dict[K, tuple[int | None, float]] = {}
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if b.demonym or k in in_list or not _COMMA.fullmatch(text[a.end:b.start]):
            continue
        (x, x_conf), (y, y_conf) = (out.get(keys[j], picked[keys[j]]) for j in (k, k + 1))
        if x is None or (y is not None and inside(gaz, x, y)):
            continue
        region = next((r for r in regions_named(gaz, b.text) if inside(gaz, x, r)), None)
        if region is not None:
            out[keys[k + 1]] = (region, max(x_conf, y_conf))
        elif (y is not None and gaz.feature[x] not in COUNTRY_FEATURES      # never inside
              and (gaz.feature[y] in COUNTRY_FEATURES or gaz.feature[y] == "ADM1")):
            held = next((c for c in candidates[keys[k]] if inside(gaz, c, y)), None)
            if held is None and not own_name(gaz, x, a.text):
                held = y        # "Ilda, Kenya": a town the gazetteer lacks, not the big
                                # city elsewhere that lists its name as an alias
            if held is not None:
                out[keys[k]] = (held, min(x_conf, y_conf))
    return out


def settle_within(gaz: Gazetteer, text: str, mentions: Sequence[Mention], keys: Sequence[K],
                  picked: Mapping[K, tuple[int | None, float]],
                  candidates: Mapping[K, Sequence[int]]) -> dict[K, tuple[int | None, float]]:
    """In "X in Y", X lies in Y. When Y is a country or a first-level region, X takes its
    sense inside Y, else, when picked by an alternate name, or a small town's name followed
    by more of a longer one ("the Gidda camp in South Sudan", "the Beverly Hotel in Kenya"),
    Y's entry: a place the tables lack, not the namesake abroad; so with a district or county
    (:func:`.grains.outside_district`) and a small town. When Y is a town, X far
    from it takes its sense near Y, else Y itself, when X is a small town, picked by an
    alternate name, or the honoree opening a venue's or firm's name ("Jackson Memorial
    Hospital in Miami"); a big city keeps its sense ("a vigil for Orlando in London",
    "Real Madrid fans in Tokyo"). A name the text describes as in or near Y ("X, a village
    in northern Nigeria", "X, a district of Kampala") is there whatever its size. Returns
    the picks this changes."""
    out: dict[K, tuple[int | None, float]] = {}
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        gap = _IN.fullmatch(text, a.end, b.start)
        described = _DESCRIBED_IN.fullmatch(text, a.end, b.start) is not None
        (x, x_conf), (y, y_conf) = picked[keys[k]], picked[keys[k + 1]]
        if ((gap is None and not described) or a.demonym or b.demonym or x is None
                or y is None or (gaz.is_area(x) and not _honoured(gaz, x, a, gap))):
            continue
        longer = described or bool(gap.group("rest").strip(" '’s"))
        if not (longer or a.embedded) and _FROM.search(text, max(0, a.start - 12), a.start):
            continue                    # "refugees from X in Turkey" are in Turkey, not X
        small = described or gaz.population[x] < SMALL_TOWN or not own_name(gaz, x, a.text)
        if gaz.feature[y] in COUNTRY_FEATURES or gaz.feature[y] == "ADM1":
            if inside(gaz, x, y):
                continue
            held = next((c for c in candidates[keys[k]] if inside(gaz, c, y)), None)
            if held is None and (not own_name(gaz, x, a.text) or (small and longer)):
                held = y
        elif outside_district(gaz, x, y):
            if not small:
                continue
            held = next((c for c in candidates[keys[k]] if not gaz.is_area(c)
                         and not outside_district(gaz, c, y) and _near(gaz, c, y)), y)
        elif gaz.is_area(y) or _near(gaz, x, y) or not (small or (a.embedded and longer)):
            continue
        else:
            held = next((c for c in candidates[keys[k]] if _near(gaz, c, y)), y)
        if held is not None:
            out[keys[k]] = (held, min(x_conf, y_conf))
    return out


def _honoured(gaz: Gazetteer, x: int, a: Mention, gap: re.Match | None) -> bool:
    """A water's or a land form's name opening a longer name before "in Y" ("Jordan Valley
    Medical Center in West Jordan"): the institution named after it stands in Y."""
    return (a.embedded and gap is not None and bool(gap.group("rest").strip(" '’s"))
            and gaz.feature[x] in PHYSICAL_FEATURES)


def _near(gaz: Gazetteer, i: int, j: int) -> bool:
    return (abs(gaz.latitude[i] - gaz.latitude[j]) <= NEAR_DEGREES
            and abs(gaz.longitude[i] - gaz.longitude[j]) <= NEAR_DEGREES)


def settle_parts(gaz: Gazetteer, text: str, mentions: Sequence[Mention], keys: Sequence[K],
                 picked: Mapping[K, tuple[int | None, float]],
                 candidates: Mapping[K, Sequence[int]]) -> dict[K, tuple[int | None, float]]:
    """In "the T suburb of X" (or "the X neighbourhood of T"), the part X lies in the
    country of the town T: X takes its sense there, else T itself (a neighbourhood the
    tables lack, not a namesake abroad). Returns the picks this changes."""
    out: dict[K, tuple[int | None, float]] = {}
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if a.demonym or not _PART_OF.fullmatch(text, a.end, b.start):
            continue
        whole, part = _whole_and_part(gaz, keys[k - 1], keys[k], picked, candidates)
        (t, t_conf), (x, x_conf) = picked[whole], picked[part]
        if t is None or gaz.is_area(t) or (x is not None and gaz.country[x] == gaz.country[t]):
            continue
        held = next((c for c in candidates[part] if gaz.country[c] == gaz.country[t]), t)
        out[part] = (held, min(t_conf, x_conf))
    return out


def settle_region_words(gaz: Gazetteer, mentions: Sequence[Mention], keys: Sequence[K],
                        picked: Mapping[K, tuple[int | None, float]]
                        ) -> dict[K, tuple[int | None, float]]:
    """A name with a region word ("Upland State", "Karak district") the tables know only as
    towns is the town of that name when the document names its country otherwise (a
    district named after its seat), and no place when the town lies in a country nothing
    else in the document is in (a namesake abroad). Returns the picks this changes."""
    countries = Counter(gaz.country[i] for i, _ in picked.values() if i is not None)
    out: dict[K, tuple[int | None, float]] = {}
    for m, k in zip(mentions, keys):
        i = picked[k][0]
        if (i is not None and not gaz.is_area(i) and REGION_TAIL.search(m.text)
                and countries[gaz.country[i]] <= 1):
            out[k] = (None, 0.0)
    return out


def the_water(text: str, m: Mention) -> bool:
    """``m`` stands after "the" with no unit word after it ("on the Rhone south of Valence"):
    a water's name takes the article, a county's or a département's does not."""
    return bool(_THE.search(text, max(0, m.start - 4), m.start)) and cue_of(text, m) is None


def articled(text: str, m: Mention) -> bool:
    """``m`` stands after "the" and before no noun ("a fire at the Hilton on Friday"): towns
    take no article, so the name names something else (unless it is an area's or a
    landmark's: "the Sudan", "the Kremlin"; nor a river's, a park's...: "the Chattahoochee
    River")."""
    return bool(_THE.search(text, max(0, m.start - 4), m.start) and _THE_AFTER.match(text, m.end)
                and not GEO_WORDS.search(m.text))


def settle_abroad(gaz: Gazetteer, text: str, mentions: Sequence[Mention], keys: Sequence[K],
                  picked: Mapping[K, tuple[int | None, float]],
                  home_countries: frozenset[str] = frozenset(), weak: frozenset[K] = frozenset()
                  ) -> dict[K, tuple[int | None, float]]:
    """A weak reading of a town abroad is no place, when the town lies in a country none of
    the document's other names (nor its outlet or dateline, ``home_countries``) is in, while
    they name another: a town's name only ever part of a longer name (an organisation's, a
    gang's, a venue's: "the Windsor Boys militia", "Real Madrid"), or a name the text calls
    a village or a camp ("Lojan, a village in Mopti region": not the city abroad that bears
    the name or lists it as an alias). So is a ``weak`` name's pick, town or region: a name
    the tables lack read by a place inside it or by a loose spelling ("Kroo Bay" in a story
    from Freetown is not Somalia's Bay region), unless a city (strength.STRONG_CITY_POPULATION)
    or a region not named by a feature's word is what the name holds: "Herat University" is
    in Herat, "Colorado State University" in Colorado; and so is a town below that size alone
    in its country while the document's names gather in another (:func:`.grains.lone_abroad`).
    Returns the picks this changes."""
    picks = dict(zip(keys, (picked[k][0] for k in keys)))
    countries = Counter(gaz.country[i] for i in picks.values() if i is not None)
    # A landmark's own name takes the article ("the White House", "the Kremlin").
    part = [m.embedded or bool(_GROUP_AFTER.match(text, m.end) or (
                _THE.search(text, max(0, m.start - 4), m.start) and _THE_AFTER.match(text, m.end)
                and not (picks[k] is not None and gaz.feature[picks[k]] in LANDMARK_FEATURES)))
            for m, k in zip(mentions, keys)]
    longer = {k for k, p in zip(keys, part) if p}
    plain = {k for k, p in zip(keys, part) if not p}
    small = {k for m, k in zip(mentions, keys) if _SMALL_PLACE.match(text, m.end)
             or PLACE_APPOSITION.match(text, m.end)
             or _SMALL_PLACE_BEFORE.search(text, max(0, m.start - 30), m.start)}
    out: dict[K, tuple[int | None, float]] = {}
    for m, k in zip(mentions, keys):
        i = picks[k]
        if i is None or k in out or (gaz.is_area(i) and (
                k not in weak or gaz.feature[i] in COUNTRY_FEATURES or not gaz.country[i])):
            continue
        cc = gaz.country[i]
        if (countries[cc] > 1 or cc in home_countries
                or sum(countries.values()) == countries[cc]):
            continue                    # the document is there too, or names nothing else
        if (k in longer and k not in plain) or k in small or (
                (k in weak or lone_abroad(gaz, countries, cc)) and (
                    GEO_WORDS.fullmatch(gaz.name[i]) if gaz.is_area(i)
                    else gaz.population[i] < STRONG_CITY_POPULATION)):
            out[k] = (None, 0.0)
    return out


def _whole_and_part(gaz: Gazetteer, a: K, b: K, picked: Mapping[K, tuple[int | None, float]],
                    candidates: Mapping[K, Sequence[int]]) -> tuple[K, K]:
    """Which of two names joined by "suburb of" is the town, either way round ("the Dallas
    suburb of Plano", "the Shubra neighbourhood of Cairo"): the one the other has a
    sense in the country of, else the bigger pick."""
    def fits(whole: K, part: K) -> bool:
        t = picked[whole][0]
        return t is not None and any(gaz.country[c] == gaz.country[t] for c in candidates[part])

    if fits(a, b) != fits(b, a):
        return (a, b) if fits(a, b) else (b, a)
    sizes = [-1 if picked[k][0] is None else gaz.population[picked[k][0]] for k in (a, b)]
    return (a, b) if sizes[0] >= sizes[1] else (b, a)


def lists_of(text: str, mentions: Sequence[Mention]) -> list[list[int]]:
    """The enumerations among ``mentions`` (indices, in order): runs of names joined by
    commas and "and"/"or". Two names joined by a comma alone are "X, Y" (a container), not a
    list."""
    runs: list[list[int]] = []
    for k in range(len(mentions)):
        if runs and runs[-1][-1] == k - 1 and _LIST_GAP.fullmatch(
                text[mentions[k - 1].end:mentions[k].start]):
            runs[-1].append(k)
        else:
            runs.append([k])
    return [r for r in runs if len(r) > 2 or (len(r) == 2 and _AND.fullmatch(
        text[mentions[r[0]].end:mentions[r[1]].start]))]


def settle_lists(gaz: Gazetteer, text: str, mentions: Sequence[Mention], keys: Sequence[K],
                 picked: Mapping[K, tuple[int | None, float]],
                 candidates: Mapping[K, Sequence[int]], lists: Sequence[Sequence[int]],
                 held_by: Sequence[tuple[int, ...]]) -> dict[K, tuple[int | None, float]]:
    """Items of a list are alike: when all the other items are countries, or first-level
    regions of one country, a name with a sense of that kind takes it ("New South Wales,
    Western Australia and Queensland": the state, not the hamlet in Alberta), unless its
    own container says otherwise ("Texas and Washington, D.C."; ``held_by``: the
    containers_of() each mention). Returns the picks this changes."""
    out: dict[K, tuple[int | None, float]] = {}
    for run in lists:
        for k in run:
            others = [picked[keys[j]] for j in run if j != k]
            kind = _common_kind(gaz, [i for i, _ in others])
            i = picked[keys[k]][0]
            if kind is None or held_by[k] or (i is not None and _kind(gaz, i) == kind):
                continue
            alike = [c for c in candidates[keys[k]] if _kind(gaz, c) == kind]
            if alike:
                out[keys[k]] = (alike[0], min(conf for _, conf in others))
    return out


def _kind(gaz: Gazetteer, i: int) -> tuple[str, str] | None:
    """What a list item is, for likeness: a country, or a region of a given country."""
    if gaz.feature[i] in COUNTRY_FEATURES:
        return ("country", "")
    if gaz.feature[i] == "ADM1":
        return ("ADM1", gaz.country[i])
    return None


def _common_kind(gaz: Gazetteer, picks: Sequence[int | None]) -> tuple[str, str] | None:
    kinds = {None if i is None else _kind(gaz, i) for i in picks}
    return kinds.pop() if len(kinds) == 1 else None
