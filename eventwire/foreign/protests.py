"""Peaceful protests in other languages: read at a lower confidence where the sentence says
so in its own words.

The detector's model scores a foreign sentence from its encoder vector alone (no English rule
reads it), and its score of a peaceful protest is low: it learnt protests from the English
rules' protest words as much as from the vector. On the dev split of
``tests/data/languages_events`` (``python benchmarks/languages.py --split dev``), 9 of the 14
uncut sentences of a real peaceful protest that the typer and the model both read as one
scored under :data:`eventwire.foreign.reader.MIN_CONFIDENCE` (0.09 to 0.52), while the
non-events both read so scored 0.001 to 0.49 (a motion of censure, a trial, results). A
sentence the typer and the model both read as a peaceful protest, that holds a word of
protest of its language (:data:`PROTEST_WORDS`), is a protest at :data:`PROTEST_CONFIDENCE`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .arabic import fold
from .judge import Verdict

# The label read at the lower confidence, when the typer and the model both give it.
PROTEST_LABEL = "PEACE_PROTEST"
# Calibrated confidence at which an agreed protest with a protest word is read. Chosen on the
# dev split (see the module docstring; `python benchmarks/languages.py --split dev`): every
# real protest of the dev split so read scored 0.08 or more, every non-event so read with a
# protest word under 0.02 (a call to a march to come, which the realis check cuts).
PROTEST_CONFIDENCE = 0.08
# The confidence such a protest is reported with (the model's score is no probability for
# it): every one of the 11 sentences so read on the dev split was in a document of a real
# protest; the reader's own threshold (reader.MIN_CONFIDENCE), so that output at the default
# --min-confidence keeps them.
PROTEST_READ = 0.7
# Words of protest: a crowd that demonstrated, marched, gathered, struck or sat in (past and
# present forms, and the nouns). Matched on the lower-cased sentence (Arabic folded: ة as ه),
# between word edges. Singular forms of verbs that also mean "to express" ("manifestó su
# preocupación") are left out.
PROTEST_WORDS = {
    "es": (r"se manifesta\w+|se manifiestan|manifestantes?|manifestaci[oó]n\w*|protest\w+|"
           r"march(?:aron|an|aban|a|as)|concentr(?:aron|an|aban|aci[oó]n\w*)|"
           r"se movilizaron|huelga\w*|plant[oó]n\w*|cacerolazo\w*|sentada\w*|"
           r"salieron a las calles|bloquearon|cortaron",),
    "fr": (r"manifest(?:é|ent|aient|ants?|ation\w*)|défil(?:é|ent|aient)|protest\w+|"
           r"rassembl(?:é|és|ées|ement\w*)|mobilis(?:é|és|ées|ation\w*)|sit-in|grève\w*|"
           r"marche|cortège|bloqué|bloquent|bloquaient",),
    "pt": (r"manifest(?:aram|am|avam|antes?|a[çc][ãa]o|a[çc][õo]es)|protest\w+|"
           r"march(?:aram|am|avam|a|as)|concentr(?:aram|am|a[çc][ãa]o)|bloquearam|greve\w*|"
           r"passeata\w*|vigília\w*",),
    "de": (r"demonstr\w+|protest\w+|kundgebung\w*|blockiert\w*|streik\w*|mahnwache\w*",),
    "ar": (r"\w{0,2}(?:تظاهر|متظاهر|مظاهر|احتج|محتج|مسير|اعتصا?م|معتصم|اضراب|مضرب)\w*",
           r"وقفه احتجاجيه"),
}


@lru_cache(maxsize=16)
def _pattern(language: str) -> re.Pattern[str] | None:
    words = PROTEST_WORDS.get(language)
    return re.compile("|".join(rf"(?<!\w)(?:{w})\b" for w in words)) if words else None


def protest_words(text: str, language: str) -> bool:
    """Whether ``text`` holds a word of protest of ``language``."""
    pattern = _pattern(language)
    found = fold(text) if language == "ar" else text.lower()
    return pattern is not None and bool(pattern.search(found))


def agreed_protest(verdict: Verdict, text: str, language: str,
                   threshold: float = PROTEST_CONFIDENCE) -> bool:
    """Whether a sentence is read as a peaceful protest below the usual confidence: the typer
    and the model both say so, at ``threshold`` or more, and it holds a word of protest."""
    return (verdict.judgement.label == PROTEST_LABEL
            and (verdict.model_label or PROTEST_LABEL) == PROTEST_LABEL
            and verdict.confidence >= threshold and protest_words(text, language))
