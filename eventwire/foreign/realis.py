"""Whether a sentence in another language tells something that happened (issue 14).

The model reads "the minister will visit Algiers on Monday" as a visit, "rebels threatened to
attack the town" as an attack, "police denied firing on the crowd" as force used. English text
has its parse and rule features to tell them apart; here a sentence is cut into clauses (at
punctuation and the words that start one, :mod:`.realis_words` ``boundary``), and a clause
holding a cue of an unreal event (a future, a plan, a threat, a denial, a negated verb, an
event told as history: an anniversary, "ten years ago"; the lists, per language, in
:mod:`.realis_words`) is unreal. What the other clauses tell is
:func:`real_part`: the reader judges it again (the reading is kept when what is left of the
sentence is still an event: "the attack, which killed 12, will be investigated") and drops
the reading when nothing is left.

A negation beside an outcome word denies the outcome, not the event ("no one was hurt in the
blast"); a word of a time to come ("next week") makes a clause unreal only when no past verb
form is in it ("killed on the eve of next week's vote"). A capitalised word inside the
sentence is a name, never a cue ("Irán", "Durán"), except in German, which capitalises its
nouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

from .arabic import ARTICLE, fold
from .realis_words import CAPITALISED_NOUNS, CUES, LanguageCues
from .umlauts import spelled_either

# Marks that end a clause.
_PUNCTUATION = re.compile(r"[,;:()«»\"“”—–]|\s-\s|،|؛")
# The kinds of cue a name cannot be ("Irán", "Durán" are no futures); an outcome or a past
# verb may be written with a capital (German nouns: "keine Opfer").
_UNNAMED_KINDS = frozenset({"future", "plan", "threat", "denial", "history", "negation",
                            "weak"})
# Punctuation and space taken off a clause's ends.
_STRIPPED = " ,;:،؛"
# The kinds of cue that make a clause unreal on their own.
STRONG_KINDS = ("future", "plan", "threat", "denial", "history")


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue of an unreal event in a sentence: its kind and span, and its clause's span."""

    kind: str
    span: tuple[int, int]
    clause: tuple[int, int]


@lru_cache(maxsize=16)
def _compiled(language: str) -> dict[str, re.Pattern[str] | None]:
    """One pattern per kind of the language's cues (None for a kind it has none of)."""
    cues = CUES.get(language, LanguageCues())
    out: dict[str, re.Pattern[str] | None] = {}
    for kind in (f.name for f in fields(LanguageCues)):
        expressions = getattr(cues, kind)
        if isinstance(expressions, tuple):          # not min_real_words
            out[kind] = re.compile("|".join(rf"(?<!\w)(?:{spelled_either(e, language)})\b"
                                            for e in expressions)) if expressions else None
    return out


def _matchable(text: str, language: str) -> str:
    """The text the cues are matched on: lower case, Arabic folded (same length)."""
    return fold(text) if language == "ar" else text.lower()


def clauses(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence: cut at punctuation and before a boundary word."""
    found = _matchable(text, language)
    patterns = _compiled(language)
    cuts = {0, len(text)}
    for m in _PUNCTUATION.finditer(found):
        cuts.update((m.start(), m.end()))
    for kind in ("boundary", "complement"):
        if (p := patterns[kind]) is not None:
            cuts.update(m.start() for m in p.finditer(found))
    edges = sorted(cuts)
    return [(a, b) for a, b in zip(edges, edges[1:]) if text[a:b].strip(_STRIPPED)]


def cues(text: str, language: str) -> tuple[Cue, ...]:
    """The cues of unreal events in a sentence (see the module docstring): a clause that
    completes an unreal one ("negó que ...") holds its cue too, and so does a clause of
    saying that an unreal one completes ("anunció | que reforzará ..."); a first clause of
    history makes every clause history."""
    found = _matchable(text, language)
    spans = clauses(text, language)
    own = [_clause_cues(text, found, span, language) for span in spans]
    _outcomes_denied(found, spans, own, language)
    history = [c for c in own[0] if c.kind == "history"] if spans else []
    if history:         # a sentence opening with history tells it whole ("Il y a vingt ans, ")
        own = [cs or [Cue(c.kind, c.span, span) for c in history]
               for cs, span in zip(own, spans)]
    for n in range(1, len(spans)):
        if not own[n] and own[n - 1] and _completes(found[slice(*spans[n])], language):
            own[n] = [Cue(c.kind, c.span, spans[n]) for c in own[n - 1]]
    for n in range(len(spans) - 2, -1, -1):
        if not own[n] and own[n + 1] and _said(found, spans, n, language):
            own[n] = [Cue(c.kind, c.span, spans[n]) for c in own[n + 1]]
    return tuple(sorted((c for cs in own for c in cs), key=lambda c: (c.clause, c.span)))


def _outcomes_denied(found: str, spans: list[tuple[int, int]], own: list[list[Cue]],
                     language: str) -> None:
    """Denials of an outcome are no cue ("negaron que hubiera heridos", "ont démenti toute
    victime", "نفت وقوع إصابات"): they deny the toll, not the event, as a negation beside an
    outcome does. The outcome follows the denial in its clause or opens the next one,
    completing it, with only existentials and short words before it (not "negó que sus
    agentes golpearan a los detenidos")."""
    for n, cs in enumerate(own):
        denials = [c for c in cs if c.kind == "denial"]
        if not denials:
            continue
        after = found[denials[-1].span[1]:spans[n][1]]
        if n + 1 < len(spans) and _completes(found[slice(*spans[n + 1])], language):
            after += " " + found[slice(*spans[n + 1])]
        if _toll(after, language):
            own[n] = [c for c in cs if c.kind != "denial"]


# Words of at most this many letters may stand between a denial and the outcome it denies
# (articles and particles: "des", "os", "il y", "es").
_SHORT_WORD = 3


def _toll(text: str, language: str) -> bool:
    """Whether ``text`` (after a denial) opens with an outcome said to be or not: its words
    before the outcome are existentials (one at least: not "negó que el detenido hubiera
    sido torturado"), complementisers or short words."""
    patterns = _compiled(language)
    outcome = patterns["outcome"]
    m = outcome.search(text) if outcome is not None else None
    if m is None:
        return False
    existential, opener = patterns["existential"], patterns["complement"]
    before = re.findall(r"\w+", text[:m.start()])
    if CUES.get(language, LanguageCues()).verb_first:
        while before[:1] and before[0].startswith(ARTICLE) and len(before) > 1:
            before = before[1:]         # the subject after the verb: "السلطات"
    said = existential is not None and any(existential.fullmatch(w) for w in before)
    return said and all(len(w) <= _SHORT_WORD or any(
        p is not None and p.fullmatch(w) for p in (existential, opener)) for w in before)


# A clause this short opening with a complementiser only introduces the next one ("أن
# الشرطة | ستحقق": a verb of the future starts a clause in Arabic).
_OPENER_WORDS = 2


def _said(found: str, spans: list[tuple[int, int]], n: int, language: str) -> bool:
    """Whether clause ``n`` only introduces the clause after it: a complementiser and its
    subject ("أنها", "أن الشرطة" before "ستعزز الأمن"), or a verb of saying completed by
    that clause."""
    patterns = _compiled(language)
    clause = found[slice(*spans[n])].strip(_STRIPPED)
    opener, saying = patterns["complement"], patterns["saying"]
    if opener is not None and opener.match(clause) and len(clause.split()) <= _OPENER_WORDS:
        return True
    return saying is not None and bool(saying.search(clause)) \
        and _completes(found[slice(*spans[n + 1])], language)


def _completes(clause: str, language: str) -> bool:
    """Whether a clause completes the one before it: it opens with a complementiser or holds
    a continuation (:mod:`.realis_words`)."""
    patterns = _compiled(language)
    opener, going_on = patterns["complement"], patterns["continuation"]
    return bool(opener is not None and opener.match(clause.lstrip(_STRIPPED))
                or going_on is not None and going_on.search(clause))


def _clause_cues(text: str, found: str, clause: tuple[int, int], language: str
                 ) -> list[Cue]:
    """The cues of one clause of ``text`` (``found``, its matchable form)."""
    patterns = _compiled(language)
    a, b = clause

    def hits(kind: str) -> list[re.Match[str]]:
        p = patterns[kind]
        if p is None:
            return []
        named = kind in _UNNAMED_KINDS and language not in CAPITALISED_NOUNS
        return [m for m in p.finditer(found, a, b) if not (named and _named(text, m.start()))]

    kinds = [(k, m) for k in STRONG_KINDS for m in hits(k)]
    if not hits("outcome"):
        kinds += [("negation", m) for m in hits("negation")]
    if not hits("past"):
        kinds += [("weak", m) for m in hits("weak")]
    return [Cue(k, m.span(), clause) for k, m in kinds]


def _named(text: str, at: int) -> bool:
    """Whether the word at ``at`` is a name: capitalised and not the sentence's first."""
    return text[at:at + 1].isupper() and bool(text[:at].strip(" \"'«“¿¡"))


def min_real_words(language: str) -> int:
    """The words a part of a sentence needs to be judged on its own (``min_real_words``)."""
    return CUES.get(language, LanguageCues()).min_real_words


def real_part(text: str, language: str) -> str | None:
    """What a sentence tells outside its unreal clauses: ``text`` itself when it has no cue,
    None when too little is left (``min_real_words``) to tell anything."""
    unreal = {c.clause for c in cues(text, language)}
    if not unreal:
        return text
    kept = [text[a:b].strip(_STRIPPED) for a, b in clauses(text, language) if (a, b) not in unreal]
    rest = " ".join(k for k in kept if k)
    return rest if len(rest.split()) >= min_real_words(language) else None
