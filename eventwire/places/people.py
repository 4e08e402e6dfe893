"""The people a document names, whose names are then no places: full names, surnames and
first names of person entities, and the names the text itself marks as people's (a title or a
role before, speaking, a news agency reporting; see :mod:`.recognize`)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from ..records import Entity
from .clubs import club_span
from .gazetteer import CAPITAL_FEATURE, Gazetteer
from .given_names import opens_a_name
from .names import normalize
from .namesakes import names_a_street
from .strength import STRONG_CITY_POPULATION, own_name_population, strong

# Words after a surname that are no part of it ("George Bush Jr").
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def person_words(entities: Sequence[Entity], gaz: Gazetteer,
                 place_labels: frozenset[str]) -> frozenset[str]:
    """Names of people in the document, whole and by surname ("John Ripley", "Ripley"): from
    person entities of two or three words, less names the document tags as places more often
    than it tags them as people ("Rock Hill"). A full name counts as a person tag of its
    surname too: "Ann Peoria" then "Peoria's church" (tagged a place) is one person, not a
    town of the same name. A person span may keep the possessive ("Jane Holland's"): its key
    is the name, unless the name is a place's ("Sierra Leone's", "Kent County's" read as
    people). A span of other labels made of given names and one last word ("Paul Marengo",
    tagged an organisation's) is a person's full name too, unless the gazetteer knows it
    whole. ``place_labels``: the labels of spaCy's place entities."""
    out = set()
    tags: Counter = Counter()
    for e in entities:
        name = unpossessed(e.text)
        if name != e.text and gaz.lookup(name):
            name = e.text
        words = [w for w in name.split() if w.rstrip(".").lower() not in SUFFIXES]
        if 1 < len(words) <= 3 and (e.label == "PERSON" or _given_then_surname(words, gaz)):
            out.add(normalize(" ".join(words)))
            out.add(normalize(words[-1]))
            tags[(normalize(words[-1]), True)] += 1
        if e.label == "PERSON" or e.label in place_labels:
            tags[(normalize(name), e.label == "PERSON")] += 1
    return frozenset(n for n in out if tags[(n, True)] + 1 > tags[(n, False)])


def _given_then_surname(words: Sequence[str], gaz: Gazetteer) -> bool:
    """Given names or initials, then one capitalised word that is no English word, the whole
    no place's name: "Paul Marengo", "Mary J. Madison"; not "Kent Drive", nor "Santa Ana"."""
    # Imported here: eventwire.casing imports this package.
    from ..casing import load_table

    *first, last = words
    return (last[:1].isupper() and last[1:].islower() and last.lower() not in load_table().lower
            and not gaz.lookup(" ".join(words)) and all(opens_a_name(w) for w in first))


def given_names(entities: Sequence[Entity], gaz: Gazetteer) -> frozenset[str]:
    """First names of people the document also names by surname alone ("Lincoln Ripley" ...
    "Ripley said": "Lincoln"), the surname no English word (spaCy tags "Huntsville Fire" and
    "Drive" as people) and the whole no place's name ("Abu Dhabi"). Weaker than
    person_words: they keep no name spaCy tags as a place from being one ("the storm reached
    Sydney", then "Sydney Mensah"), only the gazetteer's matches inside a person's name or
    tagged as a person ("Vladimir Putin", "a friend of Vladimir")."""
    # Imported here: eventwire.casing imports this package.
    from ..casing import load_table

    people = [unpossessed(e.text) for e in entities if e.label == "PERSON"]
    if not people:
        return frozenset()
    lower = load_table().lower
    alone = {normalize(n) for n in people if " " not in n.strip() and n.lower() not in lower}
    out = set()
    for name in people if alone else ():
        words = [w for w in name.split() if w.rstrip(".").lower() not in SUFFIXES]
        if (1 < len(words) <= 3 and normalize(words[-1]) in alone
                and not gaz.lookup(" ".join(words))):
            out.add(normalize(words[0]))
    return frozenset(out)


# A name used alone as a person's: speaking ("said Victoria", "Chad continues", "according to
# Jordan"), with kin or a self ("Chad's mother", "Florence herself"), or with an age
# ("India, 22,").
_SPEECH = (r"said|says|told|added|wrote|asked|explained|recalled|replied|continued|continues|"
           r"noted|notes|laughed|smiled|admitted|agreed|insisted")
_KIN = (r"father|mother|dad|mum|mom|parents|family|husband|wife|son|daughter|brother|sister|"
        r"grandmother|grandfather|boyfriend|girlfriend|coach|teammates?|friends?")
_PERSON_BEFORE = re.compile(rf"\b(?:(?:{_SPEECH})|[Aa]ccording[ ]+to)[ ]+$")
_PERSON_AFTER = re.compile(rf"[ ]+(?:{_SPEECH}|herself|himself)\b|['’]s[ ]+(?:{_KIN})\b"
                           r"|,[ ]+\d{1,2},")
_NAME_GOES_ON = re.compile(r"[ ]+[A-Z]")        # "Georgia Lane", "Georgia Tech"


# A person's own rooms, things and body after a possessive: "Marengo's door", "at Carter's
# desk", "shot in Lincoln's arm" (no place owns these; "the country's office" has no name).
_BELONGINGS = (r"door|doorstep|office|desk|car|apartment|flat|bedroom|bedside|body|arm|arms|"
               r"leg|legs|chest|head|face|lawyer|lawyers|attorney|attorneys|lawsuit")
_OWNED = re.compile(rf"['’]s[ ]+(?:{_KIN}|{_BELONGINGS})\b")


def owned_by_person(text: str, end: int) -> bool:
    """The name ending at ``end`` owns kin or a person's things ("Marengo's door")."""
    return bool(_OWNED.match(text, end))


def used_as_person(text: str, end: int) -> bool:
    """The name ending at ``end`` speaks, is given kin, a self or an age ("Barris said",
    "Barris's wife", "Barris, 52,"): see _PERSON_AFTER."""
    return bool(_PERSON_AFTER.match(text, end))


def first_names(text: str, entities: Sequence[Entity], gaz: Gazetteer,
                made_a_place: Callable[[str, int, int], bool]) -> frozenset[str]:
    """First names of the document's people ("Georgia Lane") that the text then uses alone
    as the person's ("said Georgia", "Georgia's coach") and never alone as a place
    (``made_a_place``: "in Georgia", "Georgia, Ky."; a possessive aside: "since Georgia's
    win"): the person, wherever the name stands alone, even a country's or a state's
    name ("Georgia said" alone may be its government)."""
    firsts = {}
    for e in entities:
        words = unpossessed(e.text).split()
        if (e.label == "PERSON" and 1 < len(words) <= 3 and words[0].isalpha()
                and words[0][0].isupper() and gaz.lookup(words[0])
                and not gaz.lookup(" ".join(words))):
            firsts[words[0]] = normalize(words[0])
    if not firsts:
        return frozenset()
    alone = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, firsts)) + r")(?![\w-])")
    marked, placed = set(), set()
    for m in alone.finditer(text):
        a, b = m.span()
        if _NAME_GOES_ON.match(text, b):
            continue
        if _PERSON_AFTER.match(text, b) or _PERSON_BEFORE.search(text, max(0, a - 20), a):
            marked.add(m.group())
        elif text[b:b + 1] not in ("'", "’") and made_a_place(text, a, b):
            placed.add(m.group())
    return frozenset(firsts[w] for w in marked - placed)


# Kin named after their relation, as obituaries and family stories name them ("survived by
# his wife, Tonya", "and husband, Jerome", "her daughters, Malia and Sasha", "his wife of 40
# years, Ann"): people, not the towns of their names.
_KIN_NOUN = (r"(?:wife|husband|son|daughter|brother|sister|mother|father|grandson|"
             r"granddaughter|stepson|stepdaughter|fianc[eé]e?|widow|widower|girlfriend|"
             r"boyfriend|mom|dad|mum|parent|grandmother|grandfather)s?")
_KIN_NAMES = re.compile(
    rf"\b(?i:{_KIN_NOUN})(?:[ ]+of[ ]+\d+[ ]+years)?,[ ]+"
    r"([A-Z][a-z'’-]+(?:[ ]+and[ ]+[A-Z][a-z'’-]+(?=[,.;:]))?)(?=[,.;:]|[ ]+and\b)")
_NAME_IN_LIST = re.compile(r"[A-Z][a-z'’-]+")


def kin_names(text: str, strong: Callable[[str], bool]) -> frozenset[str]:
    """Names the text gives right after a kin noun and a comma ("his wife, Tonya; her
    daughters, Malia and Sasha"), unless ``strong`` says the name is a place on its own
    (a country's, a big region's: "his son, Jordan" is still a person there, but one such
    name must not unmake the country for the whole document)."""
    out = set()
    for m in _KIN_NAMES.finditer(text):
        for name in _NAME_IN_LIST.findall(m.group(1)):
            if not strong(name):
                out.add(normalize(name))
    return frozenset(out)


# A name alone that the text gives a person's attributes at one mention: an age ("Jordan, 19,
# was shot"), a self ("Georgia herself called"), close kin ("Chad's girlfriend said"); not a
# count after a list's place ("in Jordan, 12, and Syria, 30").
_PERSON_ATTRIBUTES = re.compile(
    rf"(?<![\w'’-])([A-Z][a-z]+)(?:[ ]+(?:herself|himself)\b|['’]s[ ]+{_KIN_NOUN}\b|"
    r",[ ]+\d{1,2},[ ]+(?!and\b|or\b))")
_LISTED_PLACE_BEFORE = re.compile(r"(?:\b(?i:in|at|from|to|near|into|across|of|and|or)|,)[ ]*$")


def attributed_people(text: str) -> frozenset[str]:
    """Names the text gives a person's age, self or kin ("Jordan, 19,", "Georgia herself",
    "Chad's girlfriend"): people even when the name is a country's or a state's, wherever
    the text does not make it a place (see :mod:`.recognize`)."""
    return frozenset(normalize(m.group(1)) for m in _PERSON_ATTRIBUTES.finditer(text)
                     if not _LISTED_PLACE_BEFORE.search(text, max(0, m.start() - 8),
                                                        m.start()))


# A name speaking of itself as a person ("Jordan said he would run", "Georgia told reporters
# she had seen"): a country or a state speaks of itself as "it" ("Jordan said it would close
# its border"). Read at that mention only, and where spaCy tags the name as a person's too
# (see recognize): "Israel said he was a commander" is a government speaking of someone, and
# must not unmake the country elsewhere in the text.
_SPEAKS_AS_PERSON = re.compile(
    r"[ ]+(?:said|says|told(?:[ ]+[a-z]+){0,2}?|added|explained|recalled|admitted|"
    r"insisted|wrote|tweeted)[ ]+(?:that[ ]+)?(?:he|she)[ ]+(?!(?:was|were|had[ ]+been|has[ ]+"
    r"been|is)[ ]+(?:\w+[ ]+)?(?:arrested|detained|killed|held|charged|jailed|sentenced|"
    r"deported|expelled|executed|released|freed|captured|kidnapped|abducted|wanted)\b)")


def speaks_as_person(text: str, end: int) -> bool:
    """The name ending at ``end`` speaks of itself as "he" or "she" (see above)."""
    return bool(_SPEAKS_AS_PERSON.match(text, end))


# What only a person does as the subject of a sentence: laughing, shrugging ("Chad laughed
# when asked", "Georgia shrugged and said"; not "laughed off" a charge, as a government may),
# or telling reporters ("Jordan told reporters": a government tells them through someone
# named, and "told the UN" stays the country's). A country's name that only speaks ("Chad
# said the offer was fair") stays the country: news names a person in full before using a
# first name alone (first_names reads that), and governments speak so every day.
_PERSON_ACT = re.compile(
    r"[ ]+(?:(?:laugh|smil|grinn|chuckl|jok|sigh|shrugg|beam|giggl|sobb|quipp|nodd|winc|"
    r"wink|frown)(?:ed|es|s)\b(?![ ]+off\b)|(?:tells|told)[ ]+(?:reporters|journalists|me)\b)")
# A quote speaking in the first person singular ("I", "my", "me"): a person's words, never a
# government's, which says "we". Its speaker named right before or after it: '"I never
# expected it," Chad said', 'said Jordan: "My mother ..."'.
_SAID = r"(?:said|says|added|recalled|explained|admitted|told[ ]+\w+)"
_QUOTE_BEFORE = re.compile(r"[\"“]([^\"“”]{1,400})[\"”][ ]*(" + _SAID + r"[ ]+)?$")
_QUOTE_AFTER = re.compile(r"[ ]+" + _SAID + r"[,:]?[ ]+[\"“]([^\"“”]{1,400})[\"”]")
_SAID_AFTER = re.compile(r"[ ]+" + _SAID + r"\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm][ey]|[Mm]yself|[Mm]ine)\b")


_CLAUSE_OPENS = re.compile(r"(?:[.!?:;,][\"”’]?[ ]+|[\"“”][ ]*|\n[ ]*)$")


def speaks_for_self(text: str, start: int, end: int) -> bool:
    """The name at ``start:end``, the subject or speaker of its sentence (it opens a clause or
    follows "said", and ends the name: not "said Montreal Mayor X", not "Chad's"), does what
    only a person does or speaks in the first person singular (see above)."""
    if _NAME_GOES_ON.match(text, end) or text.startswith(("'s", "’s"), end):
        return False
    opens = start == 0 or bool(_CLAUSE_OPENS.search(text, max(0, start - 4), start))
    if opens and _PERSON_ACT.match(text, end):
        return True
    before = _QUOTE_BEFORE.search(text, max(0, start - 420), start)
    if before and (before.group(2) or _SAID_AFTER.match(text, end)) and _FIRST_PERSON.search(
            before.group(1)):
        return True
    after = _QUOTE_AFTER.match(text, end)
    return bool(opens and after and _FIRST_PERSON.search(after.group(1)))


# A place's name opening a name spaCy tags as an organisation's, the rest one or two
# surname-like words ("Paris Hilton", "Lincoln Riley", "Sydney Sweeney"): a person whose
# first name is a place's. Surname-like: a word the casing table knows only capitalised or
# not at all (so not "Orlando Bloom": English words stay out), no plural ("Celtics",
# "Motors", "Airways": teams and firms), no demonym, no country or big region, no place
# lying near the first ("Lagos Ikeja": a district of the city). Not a demonym's name
# ("American Woodmark"), nor one a name or a place noun follows ("Burlington Selectman Jane
# Roe", "Kabul Serena hotel"), nor after "the" ("the Cairo Hilton": a hotel), nor a
# street's or a club's ("DeKalb Ave.", "Plymouth Argyle").
_SURNAMES = re.compile(r"(?:[ ]+(?:[A-Z]['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")
_THE_BEFORE = re.compile(r"\b(?i:the)[ ]+$")
# ... nor a name a place's noun follows ("Beirut Rafic Hariri airport", "Kabul Serena hotel").
_PLACE_NOUN_AFTER = re.compile(
    r"(?:['’]s)?[ ]+(?:airport|hotel|hospital|stadium|mosque|church|market|camp|district|"
    r"neighbou?rhood|suburb|area|base|square|street|road|bridge|prison|university|school)\b",
    re.IGNORECASE)
# A place this near one the first word may name is the first's district, suburb or airport
# (set by reasoning: a city's own parts lie within it).
NEAR_PLACE_KM = 100.0


def opens_person_name(text: str, start: int, end: int, entity: Entity, gaz: Gazetteer) -> bool:
    """The place name at ``start:end`` opens ``entity``, an organisation's name that is a
    person's (see above)."""
    stop = len(unpossessed(text[entity.start:entity.end])) + entity.start
    rest = _SURNAMES.fullmatch(text, end, stop)
    if (entity.label != "ORG" or entity.start != start or rest is None
            or gaz.demonym(text[start:end]) is not None      # "American Woodmark"
            or _NAME_GOES_ON.match(text, stop)     # "Burlington Selectman Jane Roe"
            or names_a_street(text, start, end)    # "1200 DeKalb Ave."
            or _THE_BEFORE.search(text, max(0, start - 5), start)
            or _PLACE_NOUN_AFTER.match(text, stop)
            or club_span(text, start, end) is not None):
        return False
    firsts = gaz.lookup(text[start:end])
    return all(_surname_like(gaz, word, firsts) for word in rest.group().split())


def _surname_like(gaz: Gazetteer, word: str, firsts: Sequence[int]) -> bool:
    """``word`` may be the surname of a person whose first name is a place's, one of
    ``firsts`` (see above)."""
    # Imported here: eventwire.casing imports this package.
    from ..casing import unknown_name

    bare = word.split("’")[-1].split("'")[-1]        # "O'Brien"
    return (all(unknown_name(part) for part in bare.split("-"))
            and not (word.endswith("s") and not word.endswith("ss"))
            and gaz.demonym(word) is None and not strong(gaz, gaz.lookup(word), word)
            and not any(near(gaz, i, j) for i in firsts for j in gaz.lookup(word)
                        if normalize(gaz.name[j]) == normalize(word)))


def near(gaz: Gazetteer, i: int, j: int) -> bool:
    """Entries ``i`` and ``j`` lie within NEAR_PLACE_KM (an equirectangular estimate)."""
    k = math.cos(math.radians((gaz.latitude[i] + gaz.latitude[j]) / 2))
    dlat = gaz.latitude[i] - gaz.latitude[j]
    dlon = (gaz.longitude[i] - gaz.longitude[j] + 180) % 360 - 180
    return 111.2 * math.hypot(dlat, dlon * k) <= NEAR_PLACE_KM


def unpossessed(name: str) -> str:
    """A name without a trailing possessive ("Jane Holland's" -> "Jane Holland")."""
    return name[:-2] if name.endswith(("'s", "’s")) else name


_TITLES = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Judge|Rev)\.?\s+$")
# A title or a role before a name, with its first names ("reporter Jane Holland", "Mr. Hume",
# "Det. Sgt. Ann George", "Senator Warren"): the text says the name is a person's. Only a
# title's abbreviation takes a full stop ("Officer. Columbus police said" is two sentences).
# A title that opens a town's own name ("General Santos") is matched with the name, so it
# never stands before it.
_ROLE = (r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Cpl|Det|Insp|Supt|Rev)\.?|"
         r"President|Judge|Justice|Pastor|[Cc]oach|Officer|Senator|Congress(?:wo)?man|"
         r"Representative|Governor|Mayor|Minister|Premier|Ambassador|Secretary|Chancellor|"
         r"General|Colonel|Captain|Lieutenant|Commander|Sheriff|Bishop|Imam|Rabbi|[Rr]eporter|"
         r"[Cc]orrespondent|[Jj]ournalist|[Pp]hotographer|[Cc]olumnist|[Ee]ditor|[Aa]nchor|"
         r"[Cc]andidate|[Nn]ominee|[Ss]pokes(?:man|woman|person)|[Ll]awyer|[Aa]ttorney|"
         r"[Aa]ctor|[Aa]ctress|[Ss]inger|[Pp]layer|[Ss]triker|"
         r"[Gg]oalkeeper|[Qq]uarterback|[Dd]etective|[Ss]ergeant|[Cc]onstable|[Tt]rooper|"
         r"[Pp]rofessor|[Dd]octor|[Nn]urse|[Tt]eacher|[Ww]itness|[Nn]eighbou?r|[Rr]esident|"
         r"victim|suspect|defendant|driver|farmer|widow|husband|wife|son|daughter|brother|"
         r"[Ss]ister|[Mm]other|[Ff]ather)")
# First names: words and initials on the same line ("Jane", "J."), no sentence's full stop.
_FIRST_NAMES = r"(?:[A-Z](?:\.|[\w'’-]+)[ ]+){0,2}"
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}[ ]+(?:named[ ]+|called[ ]+)?{_FIRST_NAMES}$")
_ROLE_NAME = re.compile(rf"\b{_ROLE}[ ]+(?:named[ ]+|called[ ]+)?({_FIRST_NAMES}[A-Z][\w'’-]+)")
# "Milton, the retired county judge": an appositive whose head is a role
# (some words before it, none a possessive: "Kent, the county's chief constable" is the
# county's).
_APPOSITIVE = (rf",[ ]+(?:the|a|an)[ ]+(?:[\w-]+[ ]+){{1,5}}?(?i:{_ROLE})"
               r"(?=[ ]*[,.;:)]|[ ]+(?:who|whose|of|for)\b)")
_ROLE_APPOSITIVE = re.compile(_APPOSITIVE, re.IGNORECASE)
# After a name that could be a street's ("Aurora Lane", "Sydney Street"): a role in apposition,
# with or without an article ("Aurora Lane, director of the shelter"), or a verb of speaking
# ("Mel Street said"): the text says it is a person's.
_DESCRIBED_AFTER = re.compile(
    rf",[ ]+(?:(?:the|a|an)[ ]+)?(?:[\w-]+[ ]+){{0,3}}?(?i:{_ROLE}|director|manager|chief|head|"
    r"founder|owner|chair(?:man|woman)?|president|organi[sz]er|coordinator|official|"
    r"executive|curator|principal|superintendent)(?=[ ]+(?:of|for|at|who)\b|[ ]*[,.;:)])"
    rf"|[ ]+(?:{_SPEECH}|declined)\b")
_ADDRESS_BEFORE = re.compile(r"(?:\b(?:in|on|at|of|off|near|from|along|to|into)|\d)[ ]+"
                             r"(?:the[ ]+)?$", re.IGNORECASE)
_NAME_APPOSITIVE = re.compile(rf"\b([A-Z][\w'’-]+){_APPOSITIVE}", re.IGNORECASE)
# "George said", "..., Hume told reporters": a name speaking. Countries, regions and capitals
# speak for their governments ("Moscow said"), so only other names count (see _marked_people).
_SPEAKS = re.compile(r"(?:^|[.!?,;:\"“”][ ]*|\band[ ]+|[A-Z][\w'’-]*\.?[ ]+|"
                     # "his aide says Hume told": one speaking of another
                     r"\b(?:says|said)[ ]+)"
                     r"([A-Z][\w'’-]+)[ ]+(?:said|says|told|added|wrote|asked|explained|"
                     r"recalled|testified|tweeted|declined|replied|continued|continues|noted|"
                     r"notes|insisted|argued|argues|stressed|admitted)\b"
                     # "according to Conrad, ...": a source, not a place
                     r"|\b[Aa]ccording[ ]+to[ ]+([A-Z][\w'’-]+)(?=[ ]*[,.;])", re.MULTILINE)
# A news agency named as such or reporting ("state news agency Xinhua said", "Xinhua news
# agency reported", "Xinhua reported"): a source, not a place (checked as for _SPEAKS, and
# only for names of towns under STRONG_CITY_POPULATION: "Moscow reported" is a government).
_AGENCY = re.compile(r"\b(?:[Nn]ews\s+)?[Aa]gency\s+([A-Z][\w'’-]+)\b"
                     r"(?!['’]?\s+(?:[Nn]ews|[Aa]gency))"
                     r"|\b([A-Z][\w'’-]+)(?:\s+(?:[Nn]ews\s+)?[Aa]gency\b|\s+reported\b|"
                     r"\s+reports\s+(?:that|said)\b)")


# Two capitalised words alone, neither part of a longer run of capitals: a given name and a
# surname when the first is a given name ("Paul Marengo").
_TWO_NAMES = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ ]([A-Z][a-z]{2,})(?![\w'’.-]|[ ][A-Z])")
_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*|\b(?i:the))[ ]$")


def marked_people(text: str, gaz: Gazetteer) -> frozenset[str]:
    """Names the text itself marks as people's: after a title or role ("reporter Jane
    Holland": "jane holland" and "holland"), or speaking ("George said") when the name is
    not a country's, a region's or a capital's; news agencies' ("Xinhua reported"); and a
    given name's surname (:func:`_surnames`), which spaCy tags only in the sentences the
    pipeline recognises entities in."""
    out = set(_surnames(text, gaz))
    for m in _ROLE_NAME.finditer(text):
        name = unpossessed(m.group(1))
        out.update({normalize(name), normalize(name.split()[-1])})
    for m in _NAME_APPOSITIVE.finditer(text):
        name = m.group(1)
        if name[0].isupper() and not strong(gaz, gaz.lookup(name), name):
            out.add(normalize(name))
    for m in _SPEAKS.finditer(text):
        name = m.group(1) or m.group(2)
        ids = gaz.lookup(name)
        if not strong(gaz, ids, name) and not any(gaz.feature[i] == CAPITAL_FEATURE for i in ids):
            out.add(normalize(name))
    for m in _AGENCY.finditer(text):
        name = m.group(1) or m.group(2)
        ids = gaz.lookup(name)
        if (not strong(gaz, ids, name) and not any(gaz.feature[i] == CAPITAL_FEATURE for i in ids)
                and own_name_population(gaz, name, normalize(name)) < STRONG_CITY_POPULATION):
            out.add(normalize(name))
    return frozenset(out - {""})


def _surnames(text: str, gaz: Gazetteer) -> Iterator[str]:
    """Full names written as a given name and a surname, and their surnames: the given name
    no English word ("In", "Cherry") and no strong place ("Jordan", "Georgia" may be either),
    the surname no English word, no abbreviation ("Augusta St.") and no strong place, the two
    no place's name together ("Mary Esther"), not after "the" or another capitalised word, nor
    before a place's noun ("Holly Heights neighborhood")."""
    # Imported here: eventwire.casing imports this package.
    from ..casing import load_table

    lower = load_table().lower
    for m in _TWO_NAMES.finditer(text):
        first, last = m.group(1), m.group(2)
        if _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue                    # inside a longer name ("New York Paul Marengo")
        if (_given_then_surname((first, last), gaz) and first.lower() not in lower
                and not _PLACE_NOUN_AFTER.match(text, m.end())
                and not strong(gaz, gaz.lookup(first), first)
                and not strong(gaz, gaz.lookup(last), last)):
            yield normalize(m.group())
            yield normalize(last)


def titled(text: str, start: int) -> bool:
    """A title or a role stands before the name at ``start`` ("reporter Jane Holland")."""
    return bool(_ROLE_BEFORE.search(text[max(0, start - 60):start]))


# "at" after a verb of aiming marks what the act was aimed at, not where it was: "fired at
# Marengo", "fired two shots at Carter", "pointed a gun at Lincoln" (a person the text names).
_AIMED_AT = re.compile(
    r"\b(?:fired|fires|fire|firing|shot|shoots|shooting|aimed|aiming|lunged|swung|swinging|"
    r"jabbed|swiped|shouted|yelled|screamed|stared|glanced|looked|waved|smiled|laughed|"
    r"pointed|lashed[ ]out|took[ ]aim|opened[ ]fire|threw|hurled)(?:\s+[\w-]+){0,3}\s+at\s+$",
    re.IGNORECASE)


def aimed_at(text: str, start: int) -> bool:
    """The name at ``start`` follows a verb of aiming and "at": what was aimed at."""
    return bool(_AIMED_AT.search(text[max(0, start - 60):start]))


def role_follows(text: str, end: int) -> bool:
    """An appositive whose head is a role follows ("Milton, the retired county judge")."""
    return bool(_ROLE_APPOSITIVE.match(text, end))


def described_as_person(text: str, start: int, end: int) -> bool:
    """A role in apposition or a verb of speaking follows the name at ``start:end``, which
    stands where no address does (not after a preposition or a house number: "of 227 Elm
    Drive, and Mr. Roe", "a GP in Cowley Road added")."""
    return bool(_DESCRIBED_AFTER.match(text, end)) and not _ADDRESS_BEFORE.search(
        text, max(0, start - 30), start)


def after_title(text: str, start: int) -> bool:
    """A short title stands right before ("Mr. ", "Gen. ")."""
    return bool(_TITLES.search(text[max(0, start - 12):start]))
