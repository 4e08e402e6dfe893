"""The "before" baseline of the event-typing report: one keyword list per label, first hit wins.

    python training/keyword_baseline.py ../shared/eval/case2021-task2/dev.tsv

A deliberately simple reference point (no reasoning, no actor categories), so the gain of
eventwire.events.classify can be stated against it. Nothing here is used at run time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from eventwire.evaluate.events import evaluate_events

KEYWORDS = {
    "SUIC_BOMB": "suicide", "CHEM_WEAP": "chemical|chlorine|sarin|poison gas|toxic gas",
    "AIR_STRIKE": "airstrike|air strike|warplane|drone|helicopter|air raid",
    "GRENADE": "grenade", "REM_EXPLOS": "ied|landmine|roadside bomb|car bomb|explosive device",
    "ART_MISS_ATTACK": "shelling|artillery|mortar|rocket|missile",
    "SEX_VIOL": "rape|sexual", "ABDUCT_DISSAP": "kidnap|abduct|hostage",
    "PEACE_PROTEST": "protest|demonstrat|rally|march", "VIOL_DEMONSTR": "riot",
    "MOB_VIOL": "mob|vigilante", "ARREST": "arrest|detain", "AGREEMENT": "agree|ceasefire|truce",
    "DISR_WEAP": "seized|defused|cache", "HQ_ESTABLISHED": "base|headquarters",
    "PROPERTY_DISTRUCT": "loot|vandal|torched", "CHANGE_TO_GROUP_ACT": "deploy|defect|mobiliz",
    "GOV_REGAINS_TERIT": "recaptur|regain|liberat",
    "NON_STATE_ACTOR_OVERTAKES_TER": "seized control|captured",
    "NON_VIOL_TERRIT_TRANSFER": "withdr|handed over", "ARMED_CLASH": "clash|fighting|battle",
    "ATTACK": "attack|killed|shot|gunmen", "ORG_CRIME": "drug|robbery|smuggl|traffick|gang",
    "NATURAL_DISASTER": "earthquake|flood|storm|volcan|wildfire|cyclone",
    "MAN_MADE_DISASTER": "crash|accident|fire|explosion|spill|leak",
    "DIPLO": "diplomat|sanction|ambassador|embassy",
    "ATTRIB": "claimed responsibility|accused|blamed|denied",
}
PATTERNS = {k: re.compile(v, re.IGNORECASE) for k, v in KEYWORDS.items()}


class KeywordBaseline:
    """Duck-types Detector.classify_snippet: the earliest keyword in the text wins."""

    def classify_snippet(self, doc) -> str:
        found = [(m.start(), k) for k, p in PATTERNS.items() if (m := p.search(doc.text))]
        return min(found)[1] if found else "OTHER"


if __name__ == "__main__":
    print(evaluate_events(Path(sys.argv[1]), fmt="case2021", detector=KeywordBaseline())
          .format_table())
