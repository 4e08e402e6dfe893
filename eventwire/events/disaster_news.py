"""Whether a sentence tells a disaster as news (see :mod:`.disasters`): not hazards in general
or their anniversaries ("floods kill hundreds every year"), not the news long after ("two years
after the quake") or the past before it ("before the storm hit", "had killed"), not a hazard
told by its year ("the 2004 tsunami"), not a disaster inside a noun of something else about
it ("an inquiry into a crash", "a drill simulating an earthquake"). Also read by
:mod:`.devices`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns of what a sentence tells about a disaster other than the disaster: its inquiry, a
# drill, a concert for its victims.
_FRAME = frozenset({
    "investigation", "investigations", "inquiry", "probe", "report", "trial", "lawsuit", "case",
    "hearing", "drill", "simulation", "exercise", "concert", "study", "documentary", "film",
    "book", "lessons", "silence", "compensation", "fund", "appeal", "exhibition", "story",
    "stories", "novel", "play", "museum", "song", "poem"})
# Words that tell the past before the news: "before the storm hit", "had killed", "closed
# since it was damaged".
_BACKGROUND_MARKS = frozenset({"before", "had", "since"})
# Time nouns before "after" or "since" that put the news long after the disaster.
_LONG_AFTER = frozenset({"year", "years", "months", "decade", "decades", "weeks"})
# Words that make a sentence about the past or about hazards in general.
_HABIT = frozenset({"every", "each", "annually", "often", "usually", "typically", "regularly",
                    "frequently", "routinely", "sometimes", "repeatedly", "prone", "vulnerable",
                    "per",
                    "anniversary", "commemorate", "commemorated", "commemorating",
                    "commemoration", "memorial", "remember", "remembered", "remembering",
                    "ago"})


def past_or_habit(sent: Doc) -> bool:
    """Hazards in general ("every year"), anniversaries, the news long after ("two years after
    the quake")."""
    for tok in sent:
        if tok.lower_ in _HABIT:
            return True
        if (tok.lower_ in _LONG_AFTER and tok.i + 1 < len(tok.doc)
                and tok.nbor(1).lower_ in ("after", "since")):
            return True
        if tok.lower_ == "year" and tok.i > 0 and tok.nbor(-1).lower_ in ("last", "this"):
            return True                     # a year's sum: "39 killed in fires last year"
        if (tok.lower_ == "year" and tok.i > 1 and tok.nbor(-1).lower_ == "a"
                and tok.nbor(-2).lower_ not in ("in", "than", "within", "nearly", "almost")):
            return True                     # "hit by 20 typhoons a year"
        if (_year(tok) and tok.ent_type_ == "DATE" and tok.i > 0
                and tok.nbor(-1).lower_ not in ("since", "of")):
            return True                     # "on May 13, 1985"; not "the worst since 1998"
    return False


def told_as_news(verb: Token) -> bool:
    """Past, perfect, progressive or a participle, not before the news ("before the storm
    hit", "had killed"); not the present of habits ("floods kill hundreds")."""
    if any(c.lower_ in _BACKGROUND_MARKS and c.dep_ in ("aux", "mark") for c in verb.children):
        return False
    if verb.tag_ == "VBP":
        return any(c.dep_ == "aux" and c.lower_ in ("have", "are") for c in verb.children)
    return verb.tag_ in ("VBD", "VBN", "VBG", "VBZ", "JJ")


def framed(verb: Token) -> bool:
    """The verb tells the disaster inside a noun of something else about it: "an inquiry into
    a crash that killed 17", "a drill simulating an earthquake"."""
    node = verb
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lower_ in _FRAME:
            return True
    return False


def dated(noun: Token, verb: Token) -> bool:
    """A hazard told by its year: "the 2004 tsunami", "the floods of 1998", "killed 170 people
    in 2020"."""
    words = [t for t in noun.subtree if t.i != noun.i]
    words += [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
              for o in p.children if o.dep_ == "pobj" for t in o.subtree]
    return any(_year(t) for t in words)


def _year(tok: Token) -> bool:
    """A year of the last centuries ("1985", "2004")."""
    return tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("18", "19", "20")

