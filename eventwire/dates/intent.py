"""A time told inside what someone vowed, threatened or called for: when that act is to be.

"Protesters vowed to return on Friday", "the group threatened to blockade the port on Monday",
"the union called a strike for Tuesday": the verb is past, but the day is the intended act's,
which is still to come. Two shapes are read: a verb of intention with the time inside its
infinitive ("vowed to ... on Friday"), and "for" a time after a noun of a planned happening that
a verb of calling or setting has for its object ("called a general strike for Tuesday"; not the
participle, "the strike called for Tuesday brought the country to a halt", which the tense of
the main verb tells). Neither when the intention is told as earlier still ("had vowed to return on
Friday"), the day is said in the possessive ("vowed to avenge Monday's attack"), or the
infinitive answers a happening already past ("vowed to avenge the attack on Monday").
"""

from __future__ import annotations

import re

__all__ = ["complement_start"]

# Verbs of intention, every form: their infinitive tells what is to come.
_INTENT = (r"vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)"
           r"|threaten(?:s|ed|ing)?|plann?(?:s|ed|ing)?|intend(?:s|ed|ing)?"
           r"|swore|sworn|swear(?:s|ing)?|vowing")
# Infinitives that answer a happening already past: the day after them is that happening's
# ("vowed to avenge the attack on Monday", "pledged to rebuild the homes burned on Sunday").
_ANSWERING = ("avenge", "retaliate", "punish", "investigate", "probe", "condemn", "mourn",
              "commemorate", "honour", "honor", "remember", "prosecute", "respond", "answer",
              "compensate", "rebuild", "repair", "hunt", "track", "find", "catch", "identify",
              "bring", "arrest", "try", "charge", "reverse", "overturn", "appeal", "review")
# Nouns of a happening planned for a day ("a strike for Tuesday", "the vote for Friday").
_PLANNED = ("strike", "walkout", "walk-out", "stoppage", "shutdown", "march", "rally", "protest",
            "demonstration", "sit-in", "vigil", "boycott", "blockade", "picket", "hartal",
            "bandh", "meeting", "vote", "ballot", "referendum", "election", "poll", "hearing",
            "summit", "talks", "session", "funeral", "ceremony", "parade", "congress",
            "convention", "gathering", "mobilisation", "mobilization", "action", "rage",
            "mourning")
# Verbs that call or set a planned happening for a day.
_CALLING = (r"call(?:s|ed|ing)?|announc(?:e|es|ed|ing)|set(?:s|ting)?|fix(?:es|ed|ing)?"
            r"|schedul(?:e|es|ed|ing)|plann?(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)"
            r"|declar(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|urg(?:e|es|ed|ing)"
            r"|mobili[sz](?:e|es|ed|ing)|convok(?:e|es|ed|ing)|convene[sd]?")
# What may stand between an infinitive and the time: a few words, no clause break.
_WORDS = r"(?:[\w'’-]+\s+){0,7}?"
_NOT_EARLIER = r"(?<!\bhad\s)(?<!\bhad\snot\s)(?<!\bhad\snever\s)(?<!\bwho\shad\s)"
_TO_VERB = re.compile(
    rf"{_NOT_EARLIER}\b(?:{_INTENT})\s+(?:not\s+|never\s+)?to\s+(?!(?:{'|'.join(_ANSWERING)})\b)"
    # a verb's base form, not a listener ("pledged to the crowd", "vowed to voters")
    rf"(?P<verb>(?-i:(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|all"
    rf"|both|each|every|some|him|them|us|me)\b)(?![a-z]*[^s\W]s\b)[a-z]+))\s+{_WORDS}(?:on\s+|by\s+|from\s+|next\s+|this\s+|as\s+early\s+as\s+)?$",
    re.I)
_NOUN = rf"(?:{'|'.join(_PLANNED)})(?:e?s)?"
_FOR_NOUN = re.compile(
    rf"{_NOT_EARLIER}\b(?:{_CALLING})\s+(?:[\w'’-]+\s+){{0,4}}?{_NOUN}\s+for\s+$", re.I)
# How far before a time the words of intention are looked for (characters).
WINDOW = 120
_POSSESSIVE = re.compile(r"['’]s\b")


def complement_start(sentence: str, position: int, after: int) -> int | None:
    """Where the words of intention before the time at ``position:after`` end ("vowed to
    return" of "vowed to return on Friday"), if the time is inside what was intended; the
    caller checks that no verb of another clause stands between. None otherwise."""
    if _POSSESSIVE.match(sentence, after):
        return None
    lo = max(0, position - WINDOW)
    for regex in (_FOR_NOUN, _TO_VERB):
        m = regex.search(sentence, lo, position)
        if m is not None:
            return m.end("verb") if m.re is _TO_VERB else m.end()
    return None
