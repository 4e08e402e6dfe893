"""An arrest of named people told again in one article is the one arrest (issue 13, item 4).

"Gendarmes arrested opposition lawmaker X at his home in A on Tuesday ... X, a critic of the
government who represents B, was detained on charges of ...": the second telling, placed at B
by the words around it or at the article's main place, retells the first; ACLED codes one
arrest. An arrest is a strategic development, which the fold otherwise keeps apart by type,
place and day (:mod:`.fold`); here the named people arrested (and who arrested them, when
named) are what tells it, wherever and whenever the retelling places it, unless it says it is
another ("was arrested again"), or it is history beside news, or words date the two more than
:data:`ARREST_RETOLD_DAYS` apart.
"""

from __future__ import annotations

import re

from ..records import Event
from .evidence import ARREST, named_actors
from .windows import worded_date

# Words of a second arrest of the same people.
_ANOTHER_ARREST = re.compile(r"\b(?:again|re-?arrested|re-?detained|once\s+more|rearrest)\b",
                             re.IGNORECASE)
# Days between an arrest and a retelling dated in words of its own beyond which the retelling
# is another arrest (one recalled from years before, a later one): a week's news tells one
# arrest on its day or the next ("held since Tuesday"); set by reasoning, not tuned.
ARREST_RETOLD_DAYS = 3


def arrested_key(e: Event) -> frozenset[str] | None:
    """The named actors of an arrest (whom, and by whom when named), by which its retellings
    in the article are known; None for another event, or an arrest of no one named."""
    if e.type.label != ARREST:
        return None
    return named_actors(e) or None


def one_arrest(lead: Event, e: Event) -> bool:
    """``e``, an arrest of the people ``lead`` arrested, may retell it: it does not say it is
    another, both are news or both history, and their days, where words date both, are no
    more than :data:`ARREST_RETOLD_DAYS` apart."""
    if _ANOTHER_ARREST.search(e.evidence.sentence) or lead.background != e.background:
        return False
    a, b = worded_date(lead), worded_date(e)
    return a is None or b is None or abs((b.start - a.start).days) <= ARREST_RETOLD_DAYS
