"""Claims of hacks: a claim of a cyberattack, by hackers or on a network, tells no violence
(:func:`cyber_claim`, :func:`hack_claimed`), whatever "attack" or "claimed responsibility"
the sentence says."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text_of

if TYPE_CHECKING:  # spaCy is imported lazily: importing eventwire must stay cheap
    from spacy.tokens import Doc, Token

# Words of hacking: a claim of a cyberattack tells no violence.
_CYBER = re.compile(r"cyber\S*|hack\w*|ransomware|malware|spyware|phishing|ddos|"
                    r"denial-of-service|hacktivists?|leak\w*")
# Words of a hack's spoils and tools anywhere in a claim's sentence: "on its leak site",
# "threatened to publish stolen data".
_CYBER_TOLD = re.compile(r"\b(?:leak\s+sites?|stolen\s+data|data\s+(?:breach|leak|theft)\w*|"
                         r"encrypt\w*|ransomware|malware|hack\w*|cyber\S*)\b", re.IGNORECASE)


def cyber_claim(sent: Doc) -> bool:
    """True when the sentence tells a claim of a hack: its claim verb's words are a hack's
    (:func:`hack_claimed`), or the sentence names a hack's spoils or tools ("claimed
    responsibility for the attack on its leak site and threatened to publish stolen data")."""
    claims = [t for t in sent if t.lower_ in ("claimed", "claiming", "claims", "claim")]
    return bool(claims) and (any(hack_claimed(c) for c in claims)
                             or bool(_CYBER_TOLD.search(text_of(sent))))


def hack_claimed(verb: Token) -> bool:
    """The claim is of a hack, by hackers or of a cyberattack: no act of violence ("a
    ransomware gang claimed the attack on the hospital's network", "hackers claimed
    responsibility for breaching ..."). Read in the claimant's and the act's own words, not in
    the places or people they name ("the attack on a cyber cafe", "a blogger who exposed
    hackers")."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    heads += [o for h in (verb, *heads) for p in h.children if p.dep_ == "prep"
              and p.lower_ == "for" for o in p.children if o.dep_ in ("pobj", "pcomp")]
    heads += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]        # "a group of hacktivists"
    return any(_CYBER.fullmatch(t.lower_) for h in heads for t in (h, *h.children)
               if t.dep_ not in ("prep", "relcl", "acl"))
