"""The prefilter of the word lists (lexicon.needs_of, text_keys): a regex is skipped on a text
only when it could not match there, so a prefiltered scan finds what the plain scan finds.

Checked on texts generated to match each row of the tables (hypothesis), on random regexes
and texts, on sentences written here and on the training corpus's sentences.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.lexicon import (
    _ASCII_FOLDS,
    Needs,
    NeedsIndex,
    actor_categories,
    cue_index,
    cue_scanners,
    fold,
    needs_of,
    read_table,
    text_keys,
    word_regex,
)

CORPUS = Path(__file__).resolve().parents[1] / "training" / "data" / "corpus"


def _scanners() -> list[re.Pattern[str]]:
    return [c.pattern for c in cue_scanners()] + [t.pattern for t in actor_categories()]


@lru_cache(maxsize=None)
def _needs(pattern: re.Pattern[str]) -> Needs:
    """The tables' own prefilter for their regexes, else derived here."""
    own = {c.pattern: c.needs for c in cue_scanners()}
    own.update((t.pattern, t.needs) for t in actor_categories())
    return own.get(pattern) or needs_of(pattern)


def _same_scan(pattern: re.Pattern[str], text: str) -> bool:
    """The prefiltered scan of ``text`` finds what the plain scan finds: the regex is skipped
    only on a text it finds nothing in."""
    return _needs(pattern).may_match(text_keys(text)) or pattern.search(text) is None


def _rows() -> list[str]:
    return ([row[2] for row in read_table("events_cues.tsv")]
            + [row[0] for row in read_table("actors_categories.tsv")])


# Around a generated match: what a sentence puts before and after a cue word.
_AROUND = st.sampled_from(["", " ", "The ", "said ", "(", "\"", "-", "x", "on Monday, ", "\n"])


def _shuffle_case(draw, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(c.swapcase() if f else c for c, f in zip(text, flips))


@pytest.mark.parametrize("row", range(len(_rows())))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_rows_matches_are_never_skipped(row: int, data: st.DataObject) -> None:
    pattern = _rows()[row]
    core = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    text = data.draw(_AROUND) + _shuffle_case(data.draw, core) + data.draw(_AROUND)
    regex = word_regex(pattern)
    assert _same_scan(regex, text)
    for scanner in _scanners():
        assert _same_scan(scanner, text)


# Small regexes of literals, classes, groups, alternatives, repeats and lookarounds.
_ATOM = st.sampled_from(["a", "b", "ab", "ba", "K", "s", "i", "-", " ", "\\d", "\\w", ".",
                         "[ab]", "[a-c]", "[^a]", "(?-i:A)", "(?=a)", "(?<!b)", "(?!a)", "\\b"])


@st.composite
def _regex(draw, depth: int = 0) -> str:
    parts = draw(st.lists(_ATOM if depth > 1 else st.one_of(_ATOM, _regex(depth + 1)),
                          min_size=1, max_size=4))
    body = "".join(parts)
    kind = draw(st.sampled_from(["", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "|", "atomic"]))
    if kind == "|":
        body = body + "|" + "".join(draw(st.lists(_ATOM, min_size=1, max_size=3)))
    elif kind == "atomic":
        body = f"(?>{body})"
    elif kind:
        body = f"(?:{body}){kind}"
    return f"(?:{body})"


_TEXT = st.text(alphabet="abABsSiIkK -1\u0130\u0131\u017f\u212a\u00e9", max_size=12)


@settings(max_examples=3000, deadline=None)
@given(pattern=_regex(), text=_TEXT, ignore_case=st.booleans())
def test_random_regexes_skip_only_what_cannot_match(pattern: str, text: str,
                                                    ignore_case: bool) -> None:
    regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    assert needs_of(regex).may_match(text_keys(text)) or regex.search(text) is None


def test_ascii_folds_cover_every_letter_alike() -> None:
    """Every non-ASCII character an IGNORECASE regex matches to an ASCII letter is folded."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    alike = {c for c in map(chr, range(0x80, 0x110000)) if letter.fullmatch(c)}
    assert alike == {chr(c) for c in _ASCII_FOLDS}
    for c in alike:
        assert letter.fullmatch(c.translate(_ASCII_FOLDS))


SENTENCES = [
    "Warplanes struck the town of Idlib on Monday.",
    "AIRSTRIKES hit the district overnight, the ministry said.",
    "Gunmen on motorbikes killed three villagers and torched their homes.",
    "The İNSURGENTS shelled the base; ſoldiers returned fire.",
    "A \u212aatyusha rocket landed near the airport.",
    "Police fired tear gas at protesters in the capital.",
    "The talks ended without an agreement.",
    "Nothing happened here at all.",
    "",
    "F-16s and drones were seen over the border.",
    "The UN and the EU welcomed the truce.",
    "Self-defence groups clashed with herdsmen near the river.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_own_sentences(text: str) -> None:
    for scanner in _scanners():
        assert _same_scan(scanner, text)


def test_prefilter_skips_most_scans_of_a_plain_sentence() -> None:
    keys = text_keys("The committee will meet again next week to discuss the budget.")
    skipped = [c.name for c in cue_scanners() if not c.needs.may_match(keys)]
    assert len(skipped) > len(cue_scanners()) // 2


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the training corpus is not here")
def test_corpus_sentences() -> None:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl"))[::3]:
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.extend(s["text"] for s in json.loads(line)["sentences"])
    assert len(texts) > 1000
    for text in texts:
        for scanner in _scanners():
            assert _same_scan(scanner, text)


@pytest.mark.parametrize("text", [*SENTENCES, "", "x", "THE ARMY SHELLED THE TOWN",
                                  "Police in \u212aabul said"])
def test_may_match_folded_answers_as_may_match(text: str) -> None:
    for pattern in _scanners():
        needs = _needs(pattern)
        assert needs.may_match_folded(fold(text)) == needs.may_match(text_keys(text))


def _index_agrees(text: str) -> bool:
    """The index of many regexes' needs answers as each regex's own needs do."""
    keys = text_keys(text)
    categories = tuple(t.needs for t in actor_categories())
    return (cue_index().may_match(keys)
            == {i for i, c in enumerate(cue_scanners()) if c.needs.may_match(keys)}
            and NeedsIndex.of(categories).may_match(keys)
            == {i for i, n in enumerate(categories) if n.may_match(keys)})


@pytest.mark.parametrize("text", [*SENTENCES, "", "x", "Gunmen killed 12 people in Kabul.",
                                  "THE ARMY SHELLED THE TOWN", "No one was hurt, police said."])
def test_index_answers_as_each_needs(text: str) -> None:
    assert _index_agrees(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_rows()), min_size=1, max_size=4), _AROUND)
def test_index_on_generated_texts(rows: list[str], around: str) -> None:
    text = around + " ".join(re.sub(r"[^\w ]|\\[bwsd]", " ", r) for r in rows)
    assert _index_agrees(text)


def test_index_needs_nothing_of_a_regex_that_needs_nothing() -> None:
    index = NeedsIndex.of((Needs(), needs_of(re.compile("shell(?:ed|ing)"))))
    assert index.may_match(text_keys("a calm day")) == {0}
    assert index.may_match(text_keys("they shelled it")) == {0, 1}
