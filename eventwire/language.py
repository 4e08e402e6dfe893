"""Which language a document is written in, told offline.

The identifier is ``py3langid`` (BSD-3-Clause; langid.py's naive Bayes model over byte n-grams,
97 languages, the model inside the package). It is loaded lazily, once per process, or passed in
(tests pass a fake). eventwire reads English fully, and the encoder's languages turned on
(:data:`FOREIGN_LANGUAGES`, or those :data:`FOREIGN_ENV` names) lightly
(:mod:`eventwire.foreign`: events, places and dates, no actors); :func:`language_failure` is the
message a document in another language is recorded with, instead of a silent zero.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from .errors import ResourceError

# The languages whose documents eventwire reads fully (its NLP, lexicons and rules are English).
READABLE = frozenset({"en"})
# The languages of the sentence encoder (multilingual Universal Sentence Encoder v3, see
# eventwire/events/encoder.py), the only ones eventwire.foreign can read.
ENCODER_LANGUAGES = frozenset({"ar", "de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt",
                               "ru", "th", "tr", "zh"})
# The encoder's languages read by default: those whose events and types hold on the project's
# own examples held back from tuning (tests/data/languages_events, aside and fresh splits;
# `python benchmarks/languages.py`, numbers in the README, "Other languages"): document-level
# event precision 1.000 in each language, and the ACLED event type (what the end-to-end scorer
# and an analyst filter by; eventwire.foreign.typer) right on 0.8 or more of the documents
# read: Arabic 1.000, Portuguese 1.000, Spanish 0.900, French 0.818 when the rule was set;
# German since session 23 (event precision 0.938, type 0.844 on 32 events read, 76 held
# documents). The rule: both 0.8 or more, on 20 events read at least. The encoder's languages
# with no examples stay recorded failures unless turned on with FOREIGN_ENV
# ("EVENTWIRE_LANGUAGES=it").
FOREIGN_LANGUAGES = frozenset({"ar", "de", "es", "fr", "pt"})
# Comma-separated codes of the encoder's languages to read (replacing FOREIGN_LANGUAGES), or
# "none": for experiments with the languages not measured good enough.
FOREIGN_ENV = "EVENTWIRE_LANGUAGES"
# The identifier reads this many characters from the start of a document: a news article's
# language shows in its first paragraph, and the cost stays flat for long documents.
SAMPLE_CHARS = 2000
# Texts with fewer letters than this are too short to tell (a headline, a list of names); they
# are read as English, as before language detection existed.
MIN_LETTERS = 20
# A document is called non-English only when the identifier's first guess is another language
# and it gives English less than this probability. The guesses' own probabilities are spread
# over neighbours on short texts (Arabic 0.75-0.88 against Persian and Urdu), English's is not:
# on tests/data/languages.tsv it is below 0.001 for every foreign text and 0.19 or more for every
# English one (`python benchmarks/language.py` prints both).
MAX_ENGLISH_PROBABILITY = 0.01
# The identifier (py3langid 0.4.0, 142 classes) tells some varieties apart from the language the
# encoder was trained on as a whole; news in them is read as that language (and named for it in
# a failure), not refused as a language of its own: Moroccan and Egyptian Arabic, Cantonese
# and Wu Chinese.
VARIETY_OF = {"ary": "ar", "arz": "ar", "yue": "zh", "wuu": "zh"}
# ISO 639's qualifiers of a name, left out of messages: "Swahili (macrolanguage)", "Modern
# Greek (1453-)".
_NAME_QUALIFIER = re.compile(r"\s*\([^)]*\)$")


class Identifier(Protocol):
    def rank(self, text: str) -> list[tuple[str, float]]: ...


@dataclass(frozen=True, slots=True)
class Language:
    """A document's language: ISO 639-1 code, English name, and the identifier's probability
    for it (``None`` when English was assumed: a text too short to tell, or another guess that
    leaves English likely)."""

    code: str
    name: str
    probability: float | None

    @property
    def readable(self) -> bool:
        """Whether eventwire reads documents in this language (fully or lightly)."""
        return self.code in READABLE or self.code in foreign_languages()


ASSUMED_ENGLISH = Language("en", "English", None)


@lru_cache(maxsize=1)
def load_identifier() -> Identifier:
    """py3langid's identifier with normalised probabilities, loaded once (about 1 s)."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError as exc:
        raise ResourceError("the language identifier is missing: run `pip install "
                            "py3langid==0.4.0` (a dependency of eventwire)") from exc
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, identifier: Identifier | None = None) -> Language:
    """The language of ``text``; English when the text is too short or English is likely."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return ASSUMED_ENGLISH
    # Lower-cased, so that ALL-CAPS wire copy is read through the same n-grams as ordinary
    # text (benchmarks/language.py checks upper- and lower-cased samples).
    ranked = (identifier or load_identifier()).rank(sample.lower())
    code, probability = ranked[0]
    code = VARIETY_OF.get(code, code)
    if code in READABLE:
        return Language(code, language_name(code), float(probability))
    if dict(ranked).get("en", 0.0) >= MAX_ENGLISH_PROBABILITY:
        return ASSUMED_ENGLISH
    return Language(code, language_name(code), float(probability))


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 or 639-3 code ("es" -> "Spanish", "pcm" -> "Nigerian
    Pidgin"), or the code itself."""
    import pycountry

    key = "alpha_2" if len(code) == 2 else "alpha_3"
    found: Any = pycountry.languages.get(**{key: code})
    return _NAME_QUALIFIER.sub("", found.name) if found is not None else code


def foreign_languages() -> frozenset[str]:
    """The languages other than English read now: :data:`FOREIGN_LANGUAGES`, or those
    :data:`FOREIGN_ENV` names (read at each call; codes the encoder does not cover are left
    out)."""
    named = os.environ.get(FOREIGN_ENV)
    if named is None:
        return FOREIGN_LANGUAGES
    return frozenset(c.strip().lower() for c in named.split(",")) & ENCODER_LANGUAGES


def language_failure(language: Language) -> str:
    """The one-line message a document in a language eventwire cannot read is recorded with:
    what it reads, and whether this language could be turned on."""
    read = ", ".join(["English", *(f"{language_name(c)} ({c})"
                                   for c in sorted(foreign_languages()))])
    if language.code in ENCODER_LANGUAGES:
        why = (f"{language.name} is not measured good enough to be on by default "
               f"({FOREIGN_ENV}={language.code} reads it, for experiments)")
    else:
        why = "translate it first, or pass documents in those languages"
    return f"document in {language.name} ({language.code}): eventwire reads {read}; {why}"
