"""Peaceful protests and arrests in other languages: read at a lower confidence where the
sentence tells them in its language's own words.

The detector's model scores a foreign sentence from its encoder vector alone (no English rule
reads it), and its scores of peaceful protests and arrests are low: it learnt them from the
English rules' words as much as from the vector. On the dev split of
``tests/data/languages_events`` (``python benchmarks/languages.py --split dev``), 9 of the 14
uncut sentences of a real peaceful protest that the typer and the model both read as one
scored under :data:`eventwire.foreign.reader.MIN_CONFIDENCE` (0.09 to 0.52), and so did
every agreed arrest but one (0.13 to 0.68), while the non-events so read scored 0.001 to 0.49
(a motion of censure, a trial, results). A sentence that the typer and the model both read
with one of :data:`WORDS`' labels, and that holds one of the label's words in its language,
is read at the label's :data:`FLOOR`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .arabic import fold
from .judge import Verdict
from .umlauts import spelled_either

# Calibrated confidence from which an agreed reading told in the label's words is read.
# Chosen on the dev split (see the module docstring; `python benchmarks/languages.py --split
# dev`): every real protest or arrest of the dev split so read scored 0.08 or more; the one
# non-event so read with a protest word, under 0.02 (a call to a march, which the realis
# check now cuts); none with an arrest word (a minister defending a law, 0.35, has none).
FLOOR = {"PEACE_PROTEST": 0.08, "ARREST": 0.08}
# The confidence such a reading is reported with (the model's score is no probability for
# it): every one of the 11 protests and 8 arrests so read on the dev split was in a document
# of a real protest or arrest; the reader's own threshold (reader.MIN_CONFIDENCE), so that output at the default
# --min-confidence keeps them.
READ_CONFIDENCE = 0.7
# The words of each label, matched on the lower-cased sentence (Arabic folded: ة as ه, أ as
# ا), between word edges. Protests: a crowd that demonstrated, marched, gathered, struck or
# sat in, and the nouns (singular verbs that also mean "to express", "manifestó su
# preocupación", are left out). Arrests: the past verbs and passives of arresting (not the
# nouns: "no hubo detenidos" tells no arrest).
WORDS = {
    "PEACE_PROTEST": {
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
        "de": (r"demonstr\w+|protest\w+|kundgebung\w*|blockiert\w*|streik\w*|mahnwache\w*|"
               r"(?:ging|gingen|gehen) (?:\w+ ){0,10}auf die straße|auf die straße gegangen",),
        "ar": (r"\w{0,2}(?:تظاهر|متظاهر|مظاهر|احتج|محتج|مسير|اعتصا?م|معتصم|اضراب|مضرب)\w*",
               r"وقفه احتجاجيه"),
    },
    "ARREST": {
        "es": (r"detuv(?:o|ieron)|arrest(?:ó|aron)|captur(?:ó|aron)|aprehendi(?:ó|eron)|"
               r"(?:fue|fueron|han sido|ha sido) (?:detenid|arrestad|capturad|aprehendid)\w*",),
        "fr": (r"(?:a|ont|avait|avaient) (?:interpellé|arrêté|appréhendé)|"
               r"(?:a|ont) été (?:interpellé|arrêté|appréhendé)\w*|placée?s? en garde à vue",),
        "pt": (r"prend(?:eu|eram)|det(?:eve|iveram)|captur(?:ou|aram)|"
               r"(?:foi|foram) (?:pres|detid|capturad)\w*",),
        "de": (r"festgenommen|verhaftet|nahm\w* [^.,;]* fest|in gewahrsam genommen|"
               r"nahm\w* [^.,;]* in gewahrsam|ließ\w* [^.,;]*(?:festnehmen|verhaften)",),
        "ar": (r"[وف]?(?:اعتقل|اوقف|احتجز)(?:ت|وا)?|[وف]?(?:القت|القي|القوا)(?: \w+){0,2} القبض",),
    },
}


@lru_cache(maxsize=64)
def words_pattern(label: str, language: str) -> re.Pattern[str] | None:
    """The pattern of ``label``'s :data:`WORDS` in ``language`` (none when it has none)."""
    words = WORDS.get(label, {}).get(language)
    return re.compile("|".join(rf"(?<!\w)(?:{spelled_either(w, language)})\b" for w in words)) \
        if words else None


def told_in_words(label: str, text: str, language: str) -> bool:
    """Whether ``text`` holds one of ``label``'s words in ``language``."""
    pattern = words_pattern(label, language)
    found = fold(text) if language == "ar" else text.lower()
    return pattern is not None and bool(pattern.search(found))


def agreed_in_words(verdict: Verdict, text: str, language: str) -> bool:
    """Whether a sentence is read below the usual confidence: the typer and the model give
    it one label of :data:`WORDS`, at the label's :data:`FLOOR` or more, and it holds one of
    the label's words."""
    label = verdict.judgement.label
    return (label in FLOOR and (verdict.model_label or label) == label
            and verdict.confidence >= FLOOR[label] and told_in_words(label, text, language))
