"""The numbers stage: casualty counts (killed, injured, arrested) read from an event's sentence.

A figure counts only when a casualty word governs it ("killed at least 12 people", "12 people
were killed", "the death toll rose to 12"); populations, distances, money, ages, years,
percentages, votes and troop numbers have no such word and are never counted. Vague words map
low, as ACLED codes them ("dozens" = 12, "hundreds" = 100), and when figures disagree the lowest
is the best estimate and the highest the upper bound.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .counts_apart import told_apart
from .increments import added, animals
from .records import Count, Counts, Sentence

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SMALL_NUMBERS = {w: i for i, w in enumerate(_SMALL)}
TENS_NUMBERS = {w: 20 + 10 * i for i, w in enumerate(_TENS)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# A dozen multiplies the number before it ("two dozen" = 24, "half a dozen" = 6): as a scale it
# joins no larger one ("two dozen thousand" is not English).
DOZEN = 12
# ACLED's conservative reading of vague amounts (taxonomy.md): "dozens" = 12, "tens" = 10,
# "hundreds" = 100; "scores" (score = 20) and "thousands" follow the same rule.
VAGUE_NUMBERS = {"dozens": 12, "tens": 10, "scores": 20, "hundreds": 100, "thousands": 1000,
                 "a dozen": 12, "dozen": 12, "a score": 20, "a hundred": 100,
                 "a thousand": 1000, "a couple": 2, "a couple of": 2, "a pair of": 2,
                 "half a dozen": 6}

_WORD = "|".join(sorted(list(SMALL_NUMBERS) + list(TENS_NUMBERS), key=len, reverse=True))
# Number words: "twenty-three", "one hundred", "a dozen", "two dozen" (digits are matched
# separately).
NUMBER_WORDS_RE = (rf"(?:(?:(?:{'|'.join(TENS_NUMBERS)})(?:[-\s](?:{'|'.join(_SMALL[1:10])}))?"
                   rf"|{_WORD})(?:\s+dozen)?"
                   rf"|half\s+a\s+dozen|a\s+dozen|a\s+hundred|a\s+thousand)(?![a-z])")
# Longer runs of digits are not quantities (ids, hashes, hostile input); Python refuses to
# convert runs over 4,300 digits, and converting costs time quadratic in the length.
MAX_NUMBER_DIGITS = 1000


def parse_number(text: str) -> int | None:
    """The integer a number phrase names: "1,200", "3.5 million", "twenty-three", "a dozen"."""
    words = " ".join(text.lower().replace("-", " ").split())
    if not words:
        return None
    if words in VAGUE_NUMBERS:
        return VAGUE_NUMBERS[words]
    digits = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million))?",
                          words)
    if digits:        # integer arithmetic, exact at any length (a float overflows at 309 digits)
        whole, _, fraction = digits.group(1).replace(",", "").partition(".")
        if len(whole) + len(fraction) > MAX_NUMBER_DIGITS:
            return None
        value, rest = divmod(int(whole + fraction) * SCALES.get(digits.group(2) or "", 1),
                             10 ** len(fraction))
        return value if rest == 0 else None
    total = current = 0
    for word in words.split():
        if word in ("a", "an", "and") and total + current == 0 or word == "and":
            current = current or (1 if word in ("a", "an") else 0)
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word in TENS_NUMBERS:
            current += TENS_NUMBERS[word]
        elif word == "dozen" and current:
            current *= DOZEN
        elif word in SCALES:
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


# --------------------------------------------------------------------------- figures

DIGITS_RE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:hundred|thousand|million))?"
_DIGITS = DIGITS_RE
_WORDS = (rf"{NUMBER_WORDS_RE}(?:\s+(?:hundred|thousand|million)"
          rf"(?:\s+(?:and\s+)?{NUMBER_WORDS_RE})?)?")
_VAGUE = (r"(?:(?:tens|hundreds|thousands)\s+of\s+thousands|dozens|scores|hundreds|thousands"
          r"|tens(?=\s+of))")
_ONE = rf"(?:{_DIGITS}|{_WORDS})"
_QUALIFIERS = {
    # (low, best, high) from the stated figure N: "at least N" is N or more, and so on.
    "at least": "floor", "no fewer than": "floor", "not less than": "floor",
    "a minimum of": "floor", "more than": "floor", "over": "floor", "upwards of": "floor",
    "in excess of": "floor",
    "up to": "ceiling", "as many as": "ceiling", "no more than": "ceiling",
    "at most": "ceiling", "fewer than": "ceiling", "less than": "ceiling", "nearly": "ceiling",
    "almost": "ceiling", "close to": "ceiling",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "a total of": "exact",
}
_QUAL = "|".join(q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
FIGURE_RE = re.compile(
    rf"(?<![\w$£€.,-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:between\s+(?P<lo>{_ONE})\s+and\s+(?P<hi>{_ONE})"
    rf"|(?P<lo2>{_ONE})\s+(?:to|or)\s+(?P<hi2>{_ONE})"
    rf"|(?P<lo3>{_DIGITS})\s*[-–]\s*(?P<hi3>{_DIGITS})"
    rf"|(?P<vague>{_VAGUE})|(?P<one>{_ONE}))(?![\w%-]|\.\d|,\d)", re.I)

# Traps: a figure followed by these is a distance, a sum, an age, a share or a time.
_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|miles?\b|km\b|kilomet\w+|met(?:er|re)s?\b|feet\b|foot\b"
    r"|yards?\b|acres?\b|hectares?\b|kg\b|kilograms?\b|tons?\b|tonnes?\b|pounds?\b|dollars?\b"
    r"|euros?\b|billion\b|years?\b|-year|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b"
    r"|a\.m\.|p\.m\.|am\b|pm\b|o'clock|votes?\b|seats?\b|times\b|points?\b|degrees?\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|st\b|nd\b|rd\b|th\b)", re.I)
_BEFORE_TRAP = re.compile(
    r"(?:\b(?:aged?|ages|age\s+of|No\.|no|not|number|route|highway|room|page|article|resolution"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December))\s*|[$£€#])$", re.I)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")


@dataclass(frozen=True, slots=True)
class _Figure:
    """One stated figure: its bounds and where it is in the sentence."""

    low: int | None
    best: int
    high: int | None
    start: int
    end: int


def _figure(m: re.Match[str]) -> _Figure | None:
    """The (low, best, high) a figure states, or None when it is not a number of people."""
    qual = _QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split()), "exact")
    if m.group("vague"):
        vague = " ".join(m.group("vague").lower().split())
        best = {"tens of thousands": 10_000, "hundreds of thousands": 100_000,
                "thousands of thousands": 1_000_000}.get(vague) or VAGUE_NUMBERS[vague]
        return _Figure(best, best, None, m.start(), m.end())
    lo = m.group("lo") or m.group("lo2") or m.group("lo3")
    hi = m.group("hi") or m.group("hi2") or m.group("hi3")
    if lo and hi:
        low, high = parse_number(lo), parse_number(hi)
        if low is None or high is None or low >= high:
            return None
        return _Figure(low, low, high, m.start(), m.end())
    text = m.group("one")
    n = parse_number(text)
    if n is None or _YEAR.match(text):
        return None
    bounds = {"exact": (n, n, n), "floor": (n, n, None), "ceiling": (None, n, n),
              "about": (None, n, None)}[qual]
    return _Figure(*bounds, m.start(), m.end())


# --------------------------------------------------------------------------- casualty words

CATEGORIES = ("fatalities", "injured", "arrested")
# How far before a figure its casualty word, trap word or subset word is looked for
# (characters): "the death toll from Saturday's attacks has risen to" fits with room to spare.
CONTEXT_CHARS = 80
# No count of people can be larger than the number of people alive (8.1 billion in 2024): a
# larger figure is a typo, an id or hostile input. The bound also keeps every count inside the
# store's 64-bit columns and exact in a JSON reader's doubles (below 2**53).
MAX_COUNT = 10_000_000_000
# A death told by the act's manner: "officers fatally shot a man", "a man was fatally stabbed".
_FATALLY = r"fatally\s+(?:shot|stabbed|wounded|injured|struck)"
# Words after a figure (and its noun) that make it a count: "12 people were killed".
_AFTER_CUES = {
    "fatalities": r"killed|dead|died|die|slain|murdered|executed|massacred|perished"
                  r"|lost\s+their\s+lives|deaths|fatalities|bodies|corpses|beheaded"
                  r"|shot\s+dead|burned\s+to\s+death|" + _FATALLY,
    "injured": r"wounded|injured|hurt|injuries|maimed",
    "arrested": r"arrested|detained|arrests|detentions|rounded\s+up|taken\s+into\s+custody"
                r"|apprehended|in\s+custody",
}
# Words before a figure that make it a count: "killed at least 12", "the death toll rose to 12".
_BEFORE_CUES = {
    "fatalities": r"killed|killing|kills|kill|executed|executing|massacred|shot\s+dead|"
                  + _FATALLY +
                  r"|claimed\s+the\s+lives\s+of|bodies\s+of|deaths\s+of"
                  r"|(?:(?:death|dead|casualty)\s+)?toll(?:\s+\S+){0,6}?\s+(?:to|at|of"
                  r"|reached|hit|passed|topped|is|was|stands|stood)|toll\s+(?:rose|climbed|"
                  r"jumped|increased)\s+to|toll\s+(?:at|of)|number\s+of\s+(?:dead|deaths|people"
                  r"\s+killed)(?:\s+\S+){0,8}?\s+(?:to|at|rose\s+to)",
    "injured": r"wounded|wounding|injured|injuring|hurt|hurting|maimed",
    "arrested": r"arrested|arresting|detained|detaining|rounded\s+up|apprehended",
}
# Between a figure's noun and an after-cue: "were", "have reportedly been", "are feared".
_AUX = (r"(?:(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|all|later|now"
        r"|confirmed|feared|believed|thought|to|since|already|found|suffered|sustained"
        r"|received)\s+){0,5}")
# A noun window of up to four words with no verb or preposition in it ("Syrian soldiers").
_BREAK = frozenset("""in on at by from to after before during when while as that which who whom
and or but were was is are have has had been said says say told with into near than for
across over under since per because if they he she it we also recently reportedly later then
suffered sustained received""".split())
_NOUN = re.compile(r"(?:\s+of\s+(?:them|whom|those|the)\b)?((?:\s+[A-Za-z][\w'-]*){0,4})")
# The count names part of a number told before it: "12 people, including 5 children", and a
# later item of the list ("14 people, among them a pastor and two children").
_SUBSET_BEFORE = re.compile(
    r"(?:\bincluding|\bamong\s+them|\bamong\s+whom|\bamong\s+those|\bamong)\s+"
    r"(?:[^.;:()\d]{1,60}?(?:,|\band)\s+)?$|\(\s*$", re.I)
_SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)
# After a bare past participle, words that show it is passive ("12 killed in ..."), not the
# active verb of a subject ("5,000 troops killed 12 rebels").
_PASSIVE_NEXT = re.compile(
    r"(?:\s*(?:[.,;:!?)\"'”]|$)|\s+(?:in|on|at|by|when|while|after|before|during|and|or|as"
    r"|near|since|over|across|overnight|yesterday|today|last|this|amid|within|inside|outside"
    r"|so|so far|following|including|from|among|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b)")
_TRANSITIVE = frozenset({"killed", "murdered", "executed", "massacred", "wounded", "injured",
                         "hurt", "maimed", "arrested", "detained", "apprehended", "slain"})
# Casualty words of several words that are verbs with an object too ("a guard shot dead four
# people", "an officer fatally shot two men").
_TRANSITIVE_PHRASE = re.compile(r"(?:shot\s+dead|fatally\s+\w+)", re.I)


def _transitive(cue: str) -> bool:
    """A casualty word that may be the active verb of the figure's noun."""
    return cue in _TRANSITIVE or _TRANSITIVE_PHRASE.fullmatch(cue) is not None

# "Twelve people, including five children, were killed": the aside is skipped.
_ASIDE = r"(?:,\s*(?:including|among\s+them|among\s+whom)\b[^,]{0,60},)?"
# "15 soldiers and an unknown number of militants were killed": the vague part adds nothing to
# the count (ACLED codes the known figure), but must not hide the casualty word.
_VAGUE_CONJUNCT = (r"(?:\s+and\s+(?:(?:an?\s+)?(?:unknown|undisclosed|unspecified|undetermined"
                   r"|unconfirmed)\s+number|several|some|many|a\s+few|a\s+number|other|others"
                   r"|more)(?:\s+of)?(?:\s+[A-Za-z][\w'-]*){0,2}?)?")
_OPEN_ENDED = re.compile(_VAGUE_CONJUNCT, re.I)
_AFTER_RE = {c: re.compile(rf"{_ASIDE}{_VAGUE_CONJUNCT}\s*,?\s*{_AUX}(?P<cue>{p})\b", re.I)
             for c, p in _AFTER_CUES.items()}
_BEFORE_RE = {c: re.compile(rf"(?:\b(?:{p}))\s+$", re.I) for c, p in _BEFORE_CUES.items()}


def _noun_end(sentence: str, end: int) -> int:
    """End of the noun words after a figure ("129 [Syrian soldiers]"), stopping at a break."""
    m = _NOUN.match(sentence, end)
    stop = m.start(1)
    for word in re.finditer(r"\s+([A-Za-z][\w'-]*)", m.group(1)):
        if word.group(1).lower() in _BREAK or word.group(1).lower() in _ALL_CUE_WORDS:
            break
        stop = m.start(1) + word.end()
    return stop


_ALL_CUE_WORDS = frozenset(w.lower() for p in _AFTER_CUES.values()
                           for w in re.findall(r"[A-Za-z]+", p) if len(w) > 3)


def _category(sentence: str, m: re.Match[str], noun_end: int) -> str | None:
    """Which count a figure is, from the casualty word governing it (None: not a count)."""
    before = sentence[max(0, m.start() - CONTEXT_CHARS):m.start()]
    if _KILLED_AND_WOUNDED_BEFORE.search(before):
        return None         # "killed and wounded 30": dead and hurt together, neither count
    for cat, regex in _BEFORE_RE.items():
        if regex.search(before):
            return cat
    for cat, regex in _AFTER_RE.items():
        after = regex.match(sentence, noun_end)
        if after is None:
            continue
        cue = after.group("cue").lower()
        bare = not re.search(r"[a-z]", sentence[after.start():after.start("cue")], re.I)
        if bare and _transitive(cue) and (not _PASSIVE_NEXT.match(sentence, after.end())
                                            or FIGURE_RE.match(sentence, after.end() + 1)):
            continue        # "troops killed 12 rebels": the figure is the killers
        if _AND_WOUNDED_AFTER.match(sentence, after.end()):
            return None     # "30 were killed and wounded": casualties, not deaths
        return cat
    return None


_KILLED_AND_WOUNDED_BEFORE = re.compile(
    r"\b(?:killed|killing)\s+(?:and|or)\s+(?:wounded|injured|wounding|injuring)\s+$",
    re.IGNORECASE)
_AND_WOUNDED_AFTER = re.compile(r"\s+(?:and|or)\s+(?:wounded|injured|hurt)\b", re.IGNORECASE)


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True, slots=True)
class _Found:
    """A figure read as a count of one category, in sentence offsets."""

    category: str
    figure: _Figure
    noun_end: int
    animal: bool = False            # the figure counts animals (:func:`.increments.animals`)


def find_counts(text: str, sentence: Sentence,
                trigger_span: tuple[int, int] | None = None, parse: Any = None) -> Counts:
    """Fatalities, injured and arrested read from ``sentence`` (a sentence of ``text``).

    Figures joined by "and" under one casualty word add up ("3 soldiers and 2 civilians");
    a subset ("including 5 children") is not added again; figures that disagree give
    low = best = the lowest and high = the highest. A death toll told in the next sentences
    of the same paragraph ("activists put the toll at 20") widens the range. With the
    sentence's ``parse``, figures of another happening told at another time are not the
    event's (:func:`.counts_apart.told_apart`: "regained the town, after rebels killed 22").
    """
    found = _found(sentence.text)
    if trigger_span is not None and parse is not None:
        trigger = (trigger_span[0] - sentence.start, trigger_span[1] - sentence.start)
        found = [f for f in found if not told_apart(
            parse, sentence.text, trigger, (f.figure.start, f.figure.end))]
    counts: dict[str, Count | None] = {}
    for cat in CATEGORIES:
        groups = _groups(_totals([f for f in found if f.category == cat], sentence.text),
                         sentence.text)
        count = _combine(_own_groups(groups, sentence, trigger_span), sentence)
        if cat == "fatalities" and count is not None:
            count = _widen(count, _later_tolls(text, sentence))
        counts[cat] = _bounded(count)
    return Counts(**counts)


def _totals(found: list[_Found], s: str) -> list[_Found]:
    """``found`` (one category) without the figures told as increments to a total the
    sentence also states ("the toll rose to 12 when three more bodies were found": 12, not
    three; "rose to eight when a woman died": eight; :func:`.increments.added`); an increment
    alone stays (it is all the sentence says)."""
    totals = [f for f in found if not added(s, f.figure.start, f.figure.end)]
    return totals or found


def _bounded(count: Count | None) -> Count | None:
    """The count without the figures too large to count people (:data:`MAX_COUNT`), with a
    note saying which were dropped; the words that stated them stay as its evidence."""
    if count is None:
        return None
    values = {"low": count.low, "best": count.best, "high": count.high}
    over = {k: v for k, v in values.items() if v is not None and v > MAX_COUNT}
    if not over:
        return count
    figure = max(over.values())
    shown = str(figure) if len(str(figure)) <= 30 else f"a {len(str(figure))}-digit number"
    note = (f"{shown} is more than {MAX_COUNT:,} people, more than are alive: not a count, "
            f"dropped from {', '.join(over)}")
    return replace(count, **{k: None for k in over}, note=note)


# How far a later death toll may be and still be the same event's: the rest of the paragraph,
# at most this many sentences (the usual "X said ...; Y put the toll at ..." pattern).
LATER_TOLL_SENTENCES = 2
_TOLL = re.compile(r"\btoll\b", re.I)
_TOLL_LETTERS = re.compile("toll", re.IGNORECASE)


def _later_tolls(text: str, sentence: Sentence) -> list[_Figure]:
    """Death tolls stated in the next sentences of the sentence's paragraph."""
    from .nlp import MAX_SENTENCE_CHARS
    end = text.find("\n", sentence.end, sentence.end + LATER_TOLL_SENTENCES * MAX_SENTENCE_CHARS)
    end = end if end >= 0 else sentence.end + LATER_TOLL_SENTENCES * MAX_SENTENCE_CHARS
    # A toll is stated only where the word is: most sentences have none after them, and they
    # need not split the rest of their paragraph, once per event (an event-dense paragraph
    # cost its events times its length).
    words = _toll_words(text)
    first = bisect_left(words, sentence.end)
    if first == len(words) or words[first] + len("toll") > end:
        return []
    return list(_tolls_in(text[sentence.end:end]))


@lru_cache(maxsize=2)   # the document being read (and one more): its events come in a row
def _toll_words(text: str) -> tuple[int, ...]:
    """Where a document holds the letters of "toll" (any case, in a word or not): a superset
    of where :data:`_TOLL` matches in any slice of it, found once per document."""
    return tuple(m.start() for m in _TOLL_LETTERS.finditer(text))


@lru_cache(maxsize=8)   # a sentence's events read the same rest of the paragraph
def _tolls_in(rest: str) -> tuple[_Figure, ...]:
    """The death tolls of the first :data:`LATER_TOLL_SENTENCES` sentences of ``rest``."""
    from .nlp import split_sentences
    return tuple(f.figure for later in split_sentences(rest)[:LATER_TOLL_SENTENCES]
                 for f in _found(later.text)
                 if f.category == "fatalities"
                 and _TOLL.search(later.text[max(0, f.figure.start - CONTEXT_CHARS):
                                             f.figure.start]))


def _widen(count: Count, others: list[_Figure]) -> Count:
    """Conflicting reports: the lowest figure is coded, the highest kept as the upper bound."""
    if not others or count.best is None:
        return count
    best = min([count.best] + [f.best for f in others])
    low = min([count.low if count.low is not None else count.best]
              + [f.low if f.low is not None else f.best for f in others])
    highs = [count.high] + [f.high for f in others]
    # an open-ended figure ("15 and an unknown number") leaves the upper bound unknown
    high = None if count.high is None else max(h if h is not None else count.best
                                                for h in highs)
    return Count(low, best, high, count.text, count.span)


# One person named with "a"/"an": "a soldier was killed" is one death.
_PERSON = ("person|man|woman|boy|girl|child|baby|infant|teenager|civilian|soldier|policeman"
           "|policewoman|officer|journalist|reporter|protester|demonstrator|fighter|militant"
           "|rebel|student|worker|farmer|teacher|doctor|nurse|resident|villager|guard|driver"
           "|pilot|member|official|employee|tourist|worshipper|passenger|pedestrian|bystander"
           "|activist|suspect|commander|prisoner|detainee|refugee|migrant|shepherd|fisherman")
SINGLE_RE = re.compile(rf"(?<![\w-])(?:a|an)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_PERSON})\b(?!-)"
                       r"(?:,?\s+aged\s+\d+,?)?", re.IGNORECASE)


# Sentences whose figures are kept: a sentence's events read its figures each, and each event
# reads the next sentences of its paragraph for tolls; a digest repeats whole sentences.
FOUND_CACHE = 256


@lru_cache(maxsize=FOUND_CACHE)
def _found(s: str) -> tuple[_Found, ...]:
    """Every figure of a sentence that a casualty word governs, with its category."""
    out: list[_Found] = []
    for m in sorted([*FIGURE_RE.finditer(s), *SINGLE_RE.finditer(s)], key=lambda m: m.start()):
        single = m.re is SINGLE_RE
        fig = _Figure(1, 1, 1, m.start(), m.end()) if single else _figure(m)
        if fig is None or any(f.figure.start <= m.start() < f.noun_end for f in out[-1:]):
            continue
        before = s[max(0, m.start() - CONTEXT_CHARS):m.start()]   # not the whole sentence
        if not single and (_UNIT_AFTER.match(s, m.end()) or _BEFORE_TRAP.search(before)):
            continue
        if _SUBSET_BEFORE.search(before) or _SUBSET_AFTER.match(s, m.end()):
            continue        # "12 people, including 5 children": the 5 are among the 12
        noun_end = m.end() if single else _noun_end(s, m.end())
        cat = _category(s, m, noun_end)
        if cat and _OPEN_ENDED.match(s, noun_end).group(0):
            fig = replace(fig, low=fig.best, high=None)   # "15 and an unknown number": >= 15
        # "killing a dozen cows": no people, though its casualty word may be a count's
        # coordinated with it ("30 head of cattle and two herders")
        out.append(_Found(cat or "", fig, noun_end, animals(s, m.end(), noun_end)))
    return tuple(f for f in _coordinate(out, s) if not f.animal)


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _coordinate(found: list[_Found], s: str) -> tuple[_Found, ...]:
    """Give "3 soldiers and 2 civilians" one category from the casualty word of either end."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if not _COORDINATION.match(s[a.noun_end:b.figure.start]):
            continue
        if a.category and not b.category:
            out[i] = replace(b, category=a.category)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if b.category and not a.category and _COORDINATION.match(s[a.noun_end:b.figure.start]):
            out[i] = replace(a, category=b.category)
    return tuple(f for f in out if f.category)


def _groups(found: list[_Found], s: str) -> list[list[_Found]]:
    """Coordinated figures form one group (their sum); separate ones are separate reports."""
    groups: list[list[_Found]] = []
    for f in found:
        if groups and _COORDINATION.match(s[groups[-1][-1].noun_end:f.figure.start]):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


_REPORTED = re.compile(r"\b(?:said|says|say|told|according\s+to|reported|claimed|claims"
                       r"|estimated|put\s+the|puts\s+the|toll)\b", re.IGNORECASE)


def _own_groups(groups: list[list[_Found]], sentence: Sentence,
                trigger_span: tuple[int, int] | None) -> list[list[_Found]]:
    """The figures of the trigger's own event when a sentence tells several events.

    Figures each introduced by their own source ("officials said 12 ..., rebels said 40 ...")
    are reports of one event that disagree, and all are kept; otherwise ("a bombing killed 12,
    a day after an attack killed 30") the group nearest the trigger is the event's.
    """
    if len(groups) < 2 or trigger_span is None:
        return groups
    s = sentence.text
    starts = [0] + [g[-1].noun_end for g in groups[:-1]]
    if all(_REPORTED.search(s[a:g[0].figure.start]) for a, g in zip(starts, groups, strict=True)):
        return groups
    centre = (trigger_span[0] + trigger_span[1]) // 2 - sentence.start
    return [min(groups, key=lambda g: min(abs(centre - g[0].figure.start),
                                          abs(centre - g[-1].noun_end)))]


def _sum(group: list[_Found]) -> tuple[int | None, int, int | None]:
    figs = [f.figure for f in group]
    best = sum(f.best for f in figs)
    low = sum(f.low if f.low is not None else f.best for f in figs) if any(
        f.low is not None for f in figs) else None
    high = sum(f.high for f in figs) if all(f.high is not None for f in figs) else None
    return low, best, high


def _combine(groups: list[list[_Found]], sentence: Sentence) -> Count | None:
    """One Count from the sentence's reports: alone as stated, or by ACLED's lowest figure."""
    if not groups:
        return None
    values = [_sum(g) for g in groups]
    first = groups[0][0].figure
    last = groups[0][-1]
    if len(values) == 1:
        low, best, high = values[0]
    else:
        best = min(v[1] for v in values)
        low = min(v[0] if v[0] is not None else v[1] for v in values)
        high = max(v[2] if v[2] is not None else v[1] for v in values)
        chosen = min(range(len(values)), key=lambda i: values[i][1])
        first, last = groups[chosen][0].figure, groups[chosen][-1]
    start, end = first.start, max(last.noun_end, last.figure.end)
    return Count(low, best, high, sentence.text[start:end],
                 (sentence.start + start, sentence.start + end))
